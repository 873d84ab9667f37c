// Cold start: how long until the first findings. Measured two ways: in fresh processes (what a
// newly injected engine pays; JIT cold) and by building the tries from the patterns in this
// process (what `npm run build:tries` does ahead of time, every pattern of both languages, JIT
// warm). compileRules() reads the packed tries and unpacks nodes as checks reach them, so
// compile + first check is reported beside the compile.
import { compileRuleSet } from '../../rules/engine/compile';
import type { WordSets } from '../../rules/engine/pattern';
import sets from '../../rules/builtin/phrases/sets.json' with { type: 'json' };
import { BUILTIN_RULES } from '../../rules/registry';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runChild } from './child';
import { benchDrafts } from './drafts';
import { summarize, type Summary } from './stats';

export interface ColdStart {
  /** First compile in a fresh process: the packed tries read (rules/builtin/tries.json). */
  freshCompile: Summary;
  /** Compile + first check in a fresh process: the time until the first findings. */
  firstResult: Summary;
  /** First check (3,000 chars, en) right after that compile, and the one after it. */
  firstCheck: Summary;
  secondCheck: Summary;
  /** The tries built from the patterns, again and again in this process (JIT warm). */
  recompile: Summary;
  failures: string[];
}

interface ChildLine {
  compileMs: number;
  firstCheckMs: number;
  secondCheckMs: number;
}

export function measureColdStart(processes: number, recompileBudgetMs: number): ColdStart {
  const lines: ChildLine[] = [];
  const failures: string[] = [];
  const sample = benchDrafts(1).find((d) => d.lang === 'en' && d.bucket === 3000)!;
  const dir = mkdtempSync(join(tmpdir(), 'klartext-cold-'));
  const file = join(dir, 'draft.json');
  writeFileSync(file, JSON.stringify({ draft: sample.draft, customer: sample.customer }));
  for (let i = 0; i < processes; i++) {
    const run = runChild<ChildLine>('cold-start.child.ts', [file], 60_000);
    if (run.lines[0]) lines.push(run.lines[0]);
    else failures.push(run.timedOut ? 'timed out after 60 s' : run.stderr.split('\n')[0] || '?');
  }
  rmSync(dir, { recursive: true, force: true });
  const recompile: number[] = [];
  const until = performance.now() + recompileBudgetMs;
  while (recompile.length < 3 || (recompile.length < 30 && performance.now() < until)) {
    const t = performance.now();
    compileRuleSet(BUILTIN_RULES, sets as WordSets);
    recompile.push(performance.now() - t);
  }
  return {
    freshCompile: summarize(lines.map((l) => l.compileMs)),
    firstResult: summarize(lines.map((l) => l.compileMs + l.firstCheckMs)),
    firstCheck: summarize(lines.map((l) => l.firstCheckMs)),
    secondCheck: summarize(lines.map((l) => l.secondCheckMs)),
    recompile: summarize(recompile),
    failures,
  };
}

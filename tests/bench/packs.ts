// Rule packs at scale, as a function the bench scripts call: importing and compiling a
// generated pack of 5,000 rules, and checking 3,000-character drafts with it, beside baselines
// from the same run (JSON.parse of the same file; the built-in check of the same drafts).
import {
  check,
  createChecker,
  loadPack,
  problemMessage,
  serializePack,
  type Checker,
  type Pack,
} from '../../rules/index';
import { benchDrafts } from './drafts';
import { generatedPack } from './generated-pack';
import { ms, summarize, type Summary } from './stats';
import type { Verdict } from './targets';

export const PACK_RULES = 5_000;
const TARGET_IMPORT_MS = 200;
const TARGET_CHECK_MS = 2;

export interface PackBench {
  rules: number;
  packBytes: number;
  rounds: number;
  import: { parse: Summary; load: Summary; compose: Summary; total: Summary };
  /** loadPack with all of the pack's examples run (reported, not a target). */
  withExamples: Summary;
  examples: number;
  check: { builtin: Summary; pack: Summary; hitting: Summary; hittingFindings: number };
}

function time<T>(fn: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t0 };
}

interface Loaded {
  pack: Pack;
  validPatterns: ReadonlySet<string>;
}

function loadOrThrow(text: string, examples: boolean): Loaded {
  const result = loadPack(text, { examples });
  if (!result.ok)
    throw new Error(`generated pack refused: ${problemMessage(result.errors[0]!, 'en')}`);
  return result;
}

function composeOrThrow({ pack, validPatterns }: Loaded): Checker {
  const result = createChecker({ packs: [pack], validPatterns: [validPatterns] });
  if (!result.ok)
    throw new Error(`generated pack not composed: ${problemMessage(result.errors[0]!, 'en')}`);
  return result;
}

/** A draft of about `length` characters made of the pack's own invalid examples. */
function hittingDraft(pack: Pack, length: number): string {
  const parts: string[] = [];
  let size = 0;
  for (const rule of pack.rules) {
    const example = rule.kind === 'phrases' ? rule.examples.en?.invalid[0] : undefined;
    if (!example || size + example.draft.length > length) continue;
    parts.push(example.draft);
    size += example.draft.length + 1;
  }
  return parts.join(' ');
}

/** Throws if loading, composing or a check fails (the bench then reports a failure). */
export function measurePacks(rounds: number): PackBench {
  const text = serializePack(generatedPack(PACK_RULES));
  // Warm the code paths once, then measure fresh imports: each round a new pack object, so
  // nothing parsed in one round helps the next.
  composeOrThrow(loadOrThrow(text, false));
  const parse: number[] = [];
  const load: number[] = [];
  const compose: number[] = [];
  const total: number[] = [];
  let checker = composeOrThrow(loadOrThrow(text, false));
  let pack: Pack | undefined;
  for (let r = 0; r < rounds; r++) {
    parse.push(time(() => JSON.parse(text)).ms);
    const loaded = time(() => loadOrThrow(text, false));
    const composed = time(() => composeOrThrow(loaded.value));
    load.push(loaded.ms);
    compose.push(composed.ms);
    total.push(loaded.ms + composed.ms);
    checker = composed.value;
    pack = loaded.value.pack;
  }
  const withExamples: number[] = [];
  for (let r = 0; r < Math.min(rounds, 3); r++)
    withExamples.push(time(() => loadOrThrow(text, true)).ms);
  const examples = pack!.rules.reduce(
    (n, r) =>
      n + Object.values(r.examples).reduce((k, e) => k + e!.valid.length + e!.invalid.length, 0),
    0,
  );

  // The same real drafts with the built-ins alone and with the pack, interleaved so both see
  // the same machine; plus a draft that fires many pack rules.
  const drafts = benchDrafts(3).filter((d) => d.bucket === 3000);
  const hitting = hittingDraft(pack!, 3000);
  const builtin: number[] = [];
  const withPack: number[] = [];
  const hits: number[] = [];
  for (let i = 0; i < 20; i++) for (const d of drafts) checker.check(d);
  for (let r = 0; r < 40; r++) {
    for (const d of drafts) {
      builtin.push(time(() => check(d)).ms);
      withPack.push(time(() => checker.check(d)).ms);
    }
    hits.push(time(() => checker.check({ draft: hitting, lang: 'en' })).ms);
  }
  return {
    rules: PACK_RULES,
    packBytes: text.length,
    rounds,
    import: {
      parse: summarize(parse),
      load: summarize(load),
      compose: summarize(compose),
      total: summarize(total),
    },
    withExamples: summarize(withExamples),
    examples,
    check: {
      builtin: summarize(builtin),
      pack: summarize(withPack),
      hitting: summarize(hits),
      hittingFindings: checker.check({ draft: hitting, lang: 'en' }).findings.length,
    },
  };
}

export function packVerdicts(b: PackBench): Verdict[] {
  return [
    {
      target: `pack of ${b.rules} rules: import + compile ≤ ${TARGET_IMPORT_MS} ms median`,
      measured: `${ms(b.import.total.median)} ms`,
      met: b.import.total.median <= TARGET_IMPORT_MS,
    },
    {
      target: `3,000 chars with that pack ≤ ${TARGET_CHECK_MS} ms median`,
      measured: `${ms(b.check.pack.median)} ms`,
      met: b.check.pack.median <= TARGET_CHECK_MS,
    },
  ];
}

export function packTable(b: PackBench): string {
  const row = (label: string, s: Summary, note = '') =>
    `  ${label.padEnd(44)} ${ms(s.median).padStart(7)} ${ms(s.p95).padStart(7)}${note}`;
  const ratio = (a: Summary, base: Summary) =>
    `  (${(a.median / base.median).toFixed(1)}x baseline)`;
  return [
    `Pack of ${b.rules} rules, ${(b.packBytes / 1024 / 1024).toFixed(1)} MB as written by serializePack`,
    `  ${'import'.padEnd(44)} ${'median'.padStart(7)} ${'p95'.padStart(7)}   (ms, ${b.rounds} rounds)`,
    row('JSON.parse of the same file (baseline)', b.import.parse),
    row('loadPack: parse, schema, limits, patterns', b.import.load),
    row('createChecker: compile', b.import.compose),
    row('import + compile', b.import.total, ratio(b.import.total, b.import.parse)),
    row(`loadPack running all ${b.examples} examples`, b.withExamples, '  (reported, no target)'),
    `  ${'check, ~3,000 characters'.padEnd(44)} ${'median'.padStart(7)} ${'p95'.padStart(7)}`,
    row('built-in rules only (baseline)', b.check.builtin),
    row('built-ins + the pack', b.check.pack, ratio(b.check.pack, b.check.builtin)),
    row(`a draft of pack phrases (${b.check.hittingFindings} findings)`, b.check.hitting),
  ].join('\n');
}

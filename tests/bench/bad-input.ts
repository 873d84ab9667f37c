// Hostile drafts a content script will eventually see. They run in a child process under a
// watchdog, so a hang shows up as a named failure instead of a bench that never ends.
import { runChild } from './child';
import { concatDrafts, corpusByLang } from './drafts';
import type { Summary } from './stats';

export const BAD_INPUTS = [
  'empty',
  '1 MB, de+en corpus',
  'emoji only',
  'endless line of words',
  'endless token, no spaces',
  'mixed de/en paragraphs',
  'lone surrogates, controls',
] as const;
export type BadInputName = (typeof BAD_INPUTS)[number];

export function buildBadInput(name: BadInputName): { draft: string; customer: string } {
  const { de, en } = corpusByLang();
  const both = [...de, ...en].map((e) => e.draft).join('\n\n');
  switch (name) {
    case 'empty':
      return { draft: '', customer: '' };
    case '1 MB, de+en corpus':
      return { draft: both.repeat(Math.ceil(1e6 / both.length)).slice(0, 1e6), customer: 'x' };
    case 'emoji only':
      return { draft: '😡😡 👍🏽❤️‍🔥 👨‍👩‍👧‍👦🇩🇪 '.repeat(150), customer: '😡' };
    case 'endless line of words':
      return {
        draft: both
          .replace(/[.!?:;\n]+/g, ' ')
          .repeat(2)
          .slice(0, 100_000),
        customer: '',
      };
    case 'endless token, no spaces':
      return { draft: 'ab😊x'.repeat(25_000), customer: '' };
    case 'mixed de/en paragraphs': {
      const paragraphs = [0, 1, 2, 3, 4, 5].map((i) => (i % 2 ? en : de)[i * 11]!.draft);
      return { draft: paragraphs.join('\n\n'), customer: en[0]!.customer };
    }
    case 'lone surrogates, controls':
      return { draft: concatDrafts(de, 5, 1200).replace(/e/g, '\uD800\u0000'), customer: '' };
  }
}

export interface BadInputResult {
  name: BadInputName;
  chars: number;
  /** Timing of repeated checks after the first. */
  time?: Summary;
  firstMs?: number;
  findings?: number;
  lang?: string;
  /** Set when the check threw, the child crashed, or the watchdog fired. */
  failure?: string;
  /** Rules the engine caught throwing on this input (it skips them and goes on). */
  ruleFailures?: Record<string, number>;
}

/** Runs every bad input in one child; cases it never reported are named as hang or crash. */
export function runBadInputs(timeoutMs: number): BadInputResult[] {
  const run = runChild<BadInputResult>('bad-input.child.ts', [], timeoutMs);
  return BAD_INPUTS.map((name) => {
    const done = run.lines.find((l) => l.name === name);
    if (done) return done;
    const why = run.timedOut
      ? `no result within ${timeoutMs / 1000} s (hang?)`
      : `child exited ${run.status}: ${run.stderr.split('\n')[0] ?? ''}`;
    return { name, chars: 0, failure: why };
  });
}

// How far a second, independent labeller agrees with the original labels on a fixed sample of
// held-out drafts (tests/corpus/agreement/README.md). If two careful labellers agree less than
// the engine's targets (metrics.ts TARGETS), the targets ask more than the labels can support.
// npx tsx tests/quality/agreement.ts [-- --disagreements]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATEGORIES, LANGS, type Category, type Lang } from '../../rules/index';
import { loadCorpus, type CorpusEntry } from './corpus';
import { TARGETS } from './metrics';

/** One entry of tests/corpus/agreement/<lang>.json. */
export interface SecondLabel {
  id: string;
  flag: Category[];
  clean: Category[];
  good: boolean;
  note: string;
}

/** A label for one category: flagged, clean, or left open as ambiguous. */
export type Judgement = 'flag' | 'clean' | 'open';

export const judgement = (e: { flag: Category[]; clean: Category[] }, c: Category): Judgement =>
  e.flag.includes(c) ? 'flag' : e.clean.includes(c) ? 'clean' : 'open';

export interface AgreementStats {
  /** Pairs where both labellers said flag or clean. */
  both: number;
  /** Of those: both flag, both clean, original flag / second clean, original clean / second flag. */
  flagFlag: number;
  cleanClean: number;
  flagClean: number;
  cleanFlag: number;
  rawAgreement: number | null;
  /** Cohen's kappa on the 2x2 table; null when chance agreement is 1 (one class only). */
  kappa: number | null;
  /**
   * The second labeller scored as if it were a system against the original labels: flagged
   * means "in its flag list" (left open counts as not flagged, as a system has no third
   * answer); only pairs where the original says flag or clean count.
   */
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
}

const ratio = (num: number, den: number): number | null => (den === 0 ? null : num / den);

/** Cohen's kappa for two raters and two classes; a = both flag, d = both clean. */
export function cohensKappa(a: number, b: number, c: number, d: number): number | null {
  const n = a + b + c + d;
  if (n === 0) return null;
  const observed = (a + d) / n;
  // Chance agreement from each rater's own share of flags and cleans.
  const chance = ((a + b) * (a + c) + (c + d) * (b + d)) / (n * n);
  if (chance === 1) return null;
  return (observed - chance) / (1 - chance);
}

/** Agreement between the original (first) and the second judgement over many pairs. */
export function agreementStats(pairs: ReadonlyArray<[Judgement, Judgement]>): AgreementStats {
  let flagFlag = 0;
  let cleanClean = 0;
  let flagClean = 0;
  let cleanFlag = 0;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [first, second] of pairs) {
    if (first === 'flag' && second === 'flag') flagFlag++;
    else if (first === 'clean' && second === 'clean') cleanClean++;
    else if (first === 'flag' && second === 'clean') flagClean++;
    else if (first === 'clean' && second === 'flag') cleanFlag++;
    if (first === 'flag') {
      if (second === 'flag') tp++;
      else fn++;
    } else if (first === 'clean' && second === 'flag') fp++;
  }
  const both = flagFlag + cleanClean + flagClean + cleanFlag;
  return {
    both,
    flagFlag,
    cleanClean,
    flagClean,
    cleanFlag,
    rawAgreement: ratio(flagFlag + cleanClean, both),
    kappa: cohensKappa(flagFlag, flagClean, cleanFlag, cleanClean),
    tp,
    fp,
    fn,
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
  };
}

/** Reads tests/corpus/agreement/<lang>.json; a missing file is an empty list. */
export function readSecondLabels(root: string, lang: Lang, errors: string[]): SecondLabel[] {
  const file = join(root, 'agreement', `${lang}.json`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    errors.push(`tests/corpus/agreement/${lang}.json: ${(e as Error).message}`);
    return [];
  }
  if (!Array.isArray(raw)) {
    errors.push(`tests/corpus/agreement/${lang}.json: top level must be an array`);
    return [];
  }
  const isCategory = (v: unknown): v is Category =>
    typeof v === 'string' && (CATEGORIES as readonly string[]).includes(v);
  const labels: SecondLabel[] = [];
  raw.forEach((r: unknown, i) => {
    const o = (typeof r === 'object' && r !== null ? r : {}) as Record<string, unknown>;
    const flag = Array.isArray(o.flag) ? o.flag.filter(isCategory) : null;
    const clean = Array.isArray(o.clean) ? o.clean.filter(isCategory) : null;
    if (typeof o.id !== 'string' || !flag || !clean || flag.some((c) => clean.includes(c))) {
      errors.push(
        `tests/corpus/agreement/${lang}.json [${i}]: needs id, flag and clean (disjoint)`,
      );
      return;
    }
    labels.push({
      id: o.id,
      flag,
      clean,
      good: o.good === true,
      note: typeof o.note === 'string' ? o.note : '',
    });
  });
  return labels;
}

const fmt = (v: number | null): string => (v === null ? '   –' : v.toFixed(2));
const pad = (s: string | number, n: number): string => String(s).padEnd(n);
const padL = (s: string | number, n: number): string => String(s).padStart(n);

function row(name: string, s: AgreementStats): string {
  // Marks where even a second careful labeller misses the engine's targets.
  const p = `${fmt(s.precision)}${s.precision !== null && s.precision < TARGETS.precision ? '*' : ' '}`;
  const r = `${fmt(s.recall)}${s.recall !== null && s.recall < TARGETS.recall ? '*' : ' '}`;
  const table = `${s.flagFlag}/${s.flagClean}/${s.cleanFlag}/${s.cleanClean}`;
  return [
    `  ${pad(name, 14)}`,
    padL(s.both, 4),
    padL(fmt(s.rawAgreement), 6),
    padL(fmt(s.kappa), 6),
    padL(`${s.tp}/${s.fp}/${s.fn}`, 9),
    padL(p, 7),
    padL(r, 7),
    `  ${table}`,
  ].join(' ');
}

/**
 * Lines to print: per language and category, how many drafts both labelled, raw agreement,
 * Cohen's kappa, and the second labeller's precision and recall against the original labels;
 * then all six categories pooled, and agreement on `good`. `root` is tests/corpus.
 */
export function agreementReport(root: string, options: { disagreements?: boolean } = {}): string[] {
  const { entries, errors: corpusErrors } = loadCorpus(root);
  const byId = new Map<string, CorpusEntry>(entries.map((e) => [e.id, e]));
  const errors: string[] = [];
  const lines: string[] = [
    'Agreement of a second labeller with the original labels (held-out sample)',
    `  n = drafts both labelled flag or clean; kappa = Cohen's; P/R = second labeller scored`,
    `  against the original as if a system (left open = not flagged); * = below the engine's`,
    `  targets (P ${TARGETS.precision}, R ${TARGETS.recall}); table = orig/second ff/fc/cf/cc`,
  ];
  const disagreements: string[] = [];

  for (const lang of LANGS) {
    const pairs = readSecondLabels(root, lang, errors).flatMap((second) => {
      const first = byId.get(second.id);
      if (!first) {
        errors.push(`${lang}: ${second.id} is not in the corpus (or its file is invalid)`);
        return [];
      }
      if (!first.heldOut) errors.push(`${lang}: ${second.id} is not a held-out draft`);
      return [{ first, second }];
    });
    lines.push('');
    lines.push(`${lang}: ${pairs.length} drafts labelled twice`);
    if (pairs.length === 0) continue;
    lines.push(
      `  ${pad('category', 14)} ${padL('n', 4)} ${padL('agree', 6)} ${padL('kappa', 6)} ${padL('TP/FP/FN', 9)} ${padL('P', 6)}  ${padL('R', 6)}   table`,
    );
    const pooled: Array<[Judgement, Judgement]> = [];
    for (const category of CATEGORIES) {
      const cat = pairs.map(
        ({ first, second }) =>
          [judgement(first, category), judgement(second, category)] as [Judgement, Judgement],
      );
      pooled.push(...cat);
      lines.push(row(category, agreementStats(cat)));
      pairs.forEach(({ first }, i) => {
        const [a, b] = cat[i]!;
        if (a !== b)
          disagreements.push(
            `  ${lang} ${pad(category, 13)} orig ${pad(a, 5)} second ${pad(b, 5)} ${first.id}`,
          );
      });
    }
    lines.push(row('all six', agreementStats(pooled)));
    // A draft that is not `good` has some problem: the engine should say something about it.
    const notGood = pairs.map(
      ({ first, second }) =>
        [first.good ? 'clean' : 'flag', second.good ? 'clean' : 'flag'] as [Judgement, Judgement],
    );
    lines.push(row('not good', agreementStats(notGood)));
    const openCount = (pick: (p: (typeof pairs)[number]) => CorpusEntry | SecondLabel) =>
      pairs.reduce(
        (n, p) => n + CATEGORIES.filter((c) => judgement(pick(p), c) === 'open').length,
        0,
      );
    lines.push(
      `  left open as ambiguous: original ${openCount((p) => p.first)}, second ${openCount((p) => p.second)} (of ${pairs.length * CATEGORIES.length} labels)`,
    );
  }

  if (options.disagreements && disagreements.length > 0) {
    lines.push('', `Disagreements (${disagreements.length}):`, ...disagreements);
  }
  if (corpusErrors.length > 0)
    lines.push(
      '',
      `(corpus validation reported ${corpusErrors.length} problems; drafts that failed are not compared)`,
    );
  if (errors.length > 0) lines.push('', 'Problems:', ...errors.map((e) => `  ${e}`));
  return lines;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'corpus');
  const lines = agreementReport(root, { disagreements: process.argv.includes('--disagreements') });
  console.log(lines.join('\n'));
}

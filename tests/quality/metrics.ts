// Precision, recall and false alarms on good replies, per category and language.
// A draft counts as flagged for a category when any finding carries that category.
import { CATEGORIES, LANGS, type Category, type Lang } from '../../rules/index';
import type { CorpusEntry } from './corpus';

export const TARGETS = { precision: 0.9, recall: 0.85, goodFalseAlarmRate: 0.05 } as const;

/** What the engine said about one corpus entry. */
export interface Outcome {
  entry: CorpusEntry;
  /** Rule ids that fired, grouped by category. */
  fired: Map<Category, string[]>;
}

export interface Miss {
  kind: 'FN' | 'FP';
  id: string;
  lang: Lang;
  category: Category;
  ruleIds: string[];
  draftStart: string;
}

export interface CellMetrics {
  lang: Lang;
  category: Category;
  tp: number;
  fn: number;
  fp: number;
  tn: number;
  /** null when nothing was flagged (precision undefined) or nothing was labelled flag. */
  precision: number | null;
  recall: number | null;
  f1: number | null;
  goodReplies: number;
  goodWithFalseAlarm: number;
  goodFalseAlarmRate: number | null;
}

export interface Metrics {
  cells: CellMetrics[];
  misses: Miss[];
}

const ratio = (num: number, den: number): number | null => (den === 0 ? null : num / den);

export function computeMetrics(outcomes: Outcome[]): Metrics {
  const cells: CellMetrics[] = [];
  const misses: Miss[] = [];

  for (const lang of LANGS) {
    const inLang = outcomes.filter((o) => o.entry.lang === lang);
    for (const category of CATEGORIES) {
      let tp = 0;
      let fn = 0;
      let fp = 0;
      let tn = 0;
      let goodReplies = 0;
      let goodWithFalseAlarm = 0;
      for (const { entry, fired } of inLang) {
        const ruleIds = fired.get(category) ?? [];
        const flagged = ruleIds.length > 0;
        const miss = (kind: Miss['kind']) =>
          misses.push({
            kind,
            id: entry.id,
            lang,
            category,
            ruleIds,
            draftStart: entry.draft.slice(0, 100),
          });
        if (entry.flag.includes(category)) {
          if (flagged) tp++;
          else {
            fn++;
            miss('FN');
          }
        } else if (entry.clean.includes(category)) {
          if (flagged) {
            fp++;
            miss('FP');
          } else tn++;
        }
        if (entry.good) {
          goodReplies++;
          if (flagged) goodWithFalseAlarm++;
        }
      }
      const precision = ratio(tp, tp + fp);
      const recall = ratio(tp, tp + fn);
      const f1 =
        precision === null || recall === null || precision + recall === 0
          ? null
          : (2 * precision * recall) / (precision + recall);
      cells.push({
        lang,
        category,
        tp,
        fn,
        fp,
        tn,
        precision,
        recall,
        f1,
        goodReplies,
        goodWithFalseAlarm,
        goodFalseAlarmRate: ratio(goodWithFalseAlarm, goodReplies),
      });
    }
  }
  return { cells, misses };
}

/** Which targets a cell misses. Precision is undefined when nothing was flagged; that
 * counts as a miss when there was something to find, so a silent engine cannot pass. */
export function missedTargets(cell: CellMetrics): Array<keyof typeof TARGETS> {
  const missed: Array<keyof typeof TARGETS> = [];
  const somethingToFind = cell.tp + cell.fn > 0;
  if (cell.precision === null ? somethingToFind : cell.precision < TARGETS.precision)
    missed.push('precision');
  if (cell.recall !== null && cell.recall < TARGETS.recall) missed.push('recall');
  if (cell.goodFalseAlarmRate !== null && cell.goodFalseAlarmRate > TARGETS.goodFalseAlarmRate)
    missed.push('goodFalseAlarmRate');
  return missed;
}

// The draft model: one logistic regression per category over the whole draft and the customer's
// message it answers (features.draftFeatureSet), trained on the development drafts. A category
// such as "no next step" or "no acknowledgement" is about what a reply as a whole leaves out,
// which no single sentence shows; judged per sentence, the held-out recall stayed near the phrase
// lists'. It also reads each sentence on its own (features.SENTENCE_POOL): what one sentence does
// (a blaming line) would drown in a long reply's bag of words. Its settings and thresholds are
// chosen by cross-validation on the development drafts alone, each writer in one fold, so
// nothing held out is read.
import { CATEGORIES, type Category, type Lang } from '../engine/types';
import type { LabelledText } from './data';
import { draftFeatureSet } from './features';
import type { TrainOptions } from './logistic';

export interface DraftSample {
  features: Uint32Array;
  labels: Uint8Array;
  known: Uint8Array;
  /** The value of each feature: longer texts have more features, each counts for less. */
  scale: number;
  /** Each sentence's own features (features.DraftFeatures.sentences). */
  sentences: { features: Uint32Array; scale: number }[];
}

export interface LabelledDraft {
  id: string;
  lang: Lang;
  draft: string;
  customer: string;
  flag: readonly Category[];
  clean: readonly Category[];
  good: boolean;
  /** Who wrote it (tests/corpus/WRITING.md): cross-validation keeps a writer in one fold. */
  writer?: string;
}

/** A draft as the model learns it: each category flagged (1), clean (0) or left open. */
export function draftSample(draft: LabelledDraft): DraftSample {
  return {
    ...draftFeatureSet(draft.draft, draft.customer),
    labels: Uint8Array.from(CATEGORIES, (c) => (draft.flag.includes(c) ? 1 : 0)),
    known: Uint8Array.from(CATEGORIES, (c) =>
      draft.flag.includes(c) || draft.clean.includes(c) ? 1 : 0,
    ),
  };
}

/** Categories a sentence shows on its own, whatever the rest of a reply says. */
const SHOWN_BY_ONE_SENTENCE: readonly Category[] = ['tone', 'ownership', 'clarity'];

/**
 * A labelled sentence as a tiny draft: its problems are flagged; a sentence without a problem
 * says a draft made of it is clean only where one sentence can show the category (a lone "Thank
 * you." still lacks a next step).
 */
export function sentenceSample(sentence: LabelledText): DraftSample {
  return {
    ...draftFeatureSet(sentence.text, ''),
    labels: Uint8Array.from(CATEGORIES, (c) => (sentence.labels.includes(c) ? 1 : 0)),
    known: Uint8Array.from(CATEGORIES, (c) =>
      sentence.labels.includes(c) || SHOWN_BY_ONE_SENTENCE.includes(c) ? 1 : 0,
    ),
  };
}

export interface DraftSettings {
  epochs: number;
  l2: number;
  /** Whether the labelled sentences join the drafts as tiny drafts. */
  withSentences: boolean;
}

/** The settings cross-validation chooses from. */
export const DRAFT_GRID: readonly DraftSettings[] = [
  { epochs: 3, l2: 0.01, withSentences: false },
  { epochs: 6, l2: 0.01, withSentences: false },
  { epochs: 6, l2: 0.001, withSentences: false },
  { epochs: 12, l2: 0.001, withSentences: false },
  { epochs: 6, l2: 0.001, withSentences: true },
];

/** Area under the ROC curve: how well `scores` put the positives above the negatives. */
export function rocArea(scores: readonly number[], positive: readonly boolean[]): number {
  const order = scores.map((_, i) => i).sort((a, b) => scores[a]! - scores[b]!);
  let rankSum = 0;
  let positives = 0;
  // Ties share their mean rank.
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && scores[order[j + 1]!] === scores[order[i]!]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) {
      if (positive[order[k]!]) {
        rankSum += rank;
        positives++;
      }
    }
    i = j + 1;
  }
  const negatives = order.length - positives;
  if (positives === 0 || negatives === 0) return 0.5;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

export interface Trainer {
  train(samples: readonly DraftSample[], options: TrainOptions, seed: number): unknown;
  predict(model: unknown, sample: DraftSample): Float64Array;
}

export const FOLDS = 5;

/**
 * The fold of each draft: all drafts of one writer in one fold, so cross-validation asks what
 * the held-out part asks (replies by writers the model never read; split.json holds out whole
 * writers). Writers go round the folds in name order; drafts without a writer, by position.
 */
export function writerFolds(drafts: readonly { writer?: string }[]): number[] {
  const writers = [...new Set(drafts.flatMap((d) => (d.writer ? [d.writer] : [])))].sort();
  if (writers.length < 2) return drafts.map((_, i) => i % FOLDS);
  return drafts.map((d, i) => (d.writer ? writers.indexOf(d.writer) % FOLDS : i % FOLDS));
}

/**
 * The fold of each labelled sentence used beside the drafts: a sentence by a writer of the drafts
 * sits in that writer's fold (left out while the writer's drafts are scored), any other in none
 * (-1: always trained on).
 */
export function sentenceFolds(
  drafts: readonly { writer?: string }[],
  sentences: readonly { writer: string }[],
): number[] {
  const folds = writerFolds(drafts);
  const byWriter = new Map<string, number>();
  drafts.forEach((d, i) => {
    if (d.writer) byWriter.set(d.writer, folds[i]!);
  });
  return sentences.map((s) => byWriter.get(s.writer) ?? -1);
}

/**
 * Out-of-fold probabilities for every draft under `settings`: each fold's drafts are scored by
 * a model trained on the other folds (and, with the setting, on the sentences).
 */
export function outOfFold(
  drafts: readonly DraftSample[],
  folds: readonly number[],
  sentences: readonly DraftSample[],
  /** Per sentence, its fold (sentenceFolds). */
  sentenceFold: readonly number[],
  settings: DraftSettings,
  options: TrainOptions,
  trainer: Trainer,
): Float64Array[] {
  const out: Float64Array[] = new Array(drafts.length);
  const tuned = { ...options, epochs: settings.epochs, l2: settings.l2 };
  for (let fold = 0; fold < FOLDS; fold++) {
    if (!folds.includes(fold)) continue;
    const extra = settings.withSentences
      ? sentences.filter((_, i) => sentenceFold[i] !== fold)
      : [];
    const model = trainer.train(
      [...drafts.filter((_, i) => folds[i] !== fold), ...extra],
      tuned,
      41 + fold,
    );
    drafts.forEach((d, i) => {
      if (folds[i] === fold) out[i] = trainer.predict(model, d);
    });
  }
  return out;
}

/** Mean ROC area over the categories, on the drafts labelled in each. */
export function meanRocArea(drafts: readonly DraftSample[], predicted: Float64Array[]): number {
  let sum = 0;
  CATEGORIES.forEach((_, l) => {
    const known = drafts.flatMap((d, i) => (d.known[l] ? [i] : []));
    sum += rocArea(
      known.map((i) => predicted[i]![l]!),
      known.map((i) => drafts[i]!.labels[l] === 1),
    );
  });
  return sum / CATEGORIES.length;
}

/**
 * At most this share of good replies may be alarmed in a category (the target), or, where
 * the phrase rules alone alarm more, at most ADDED_GOOD_ALARMS more.
 */
export const MAX_GOOD_ALARMS = 0.05;
export const ADDED_GOOD_ALARMS = 0.01;

export interface ThresholdChoice {
  /** From this probability the model reports the category (learned-<category>). */
  threshold: number;
  /** Below this probability the rules that yield to the model stand down (0: never). */
  fine: number;
  /** F1 of the category on the development folds: the rules alone, and with the model. */
  before: number;
  after: number;
}

/** What the rules report in one category on one draft, with the draft model silent. */
export interface Reported {
  /** A rule that does not yield to the model flagged the category. */
  firm: boolean;
  /** Only rules that yield to the model (RuleMeta.yieldsToJudgement) flagged it. */
  yielding: boolean;
}

/**
 * From the most cautious down, so that of two equally good thresholds the higher wins. A model
 * over whole drafts is sure of itself (its probabilities crowd near 0 and 1), so the cautious
 * end is finely graded.
 */
const CANDIDATES = [
  0.9999,
  0.9998,
  0.9995,
  0.999,
  0.998,
  0.995,
  ...Array.from({ length: 50 }, (_, i) => Math.round((0.99 - i * 0.01) * 100) / 100),
];
/** Where the model vouches for a category, from the most cautious up. */
const FINE_CANDIDATES = [
  0, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.03, 0.05, 0.07, 0.1, 0.15, 0.2, 0.3,
];

/**
 * The thresholds for one category. The model speaks where the rules said nothing, and the rules
 * that guess from what a reply lacks stand down where the model is sure the category is fine;
 * the category's F1 over both on the development folds is what counts. The most F1 wins, as
 * long as good replies stay quiet (MAX_GOOD_ALARMS), the rule authors' examples stay true
 * (`bounds`), and the model changes something at all; otherwise it stays out of the category.
 */
export function chooseThreshold(
  drafts: readonly LabelledDraft[],
  reported: readonly Reported[],
  probability: readonly number[],
  category: Category,
  bounds: { above: number; atMost: number; fineBelow: number },
  off: number,
): ThresholdChoice {
  const goods = drafts.filter((d) => d.good).length;
  const f1At = (t: number, fine: number) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let good = 0;
    drafts.forEach((d, i) => {
      const p = probability[i]!;
      const said = reported[i]!.firm || (reported[i]!.yielding && p >= fine) || p >= t;
      if (d.flag.includes(category)) {
        if (said) tp++;
        else fn++;
      } else if (said && d.clean.includes(category)) fp++;
      if (said && d.good) good++;
    });
    return { f1: tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn), good };
  };
  const base = f1At(off, 0);
  const allowed = Math.max(goods * MAX_GOOD_ALARMS, base.good + goods * ADDED_GOOD_ALARMS);
  let best: ThresholdChoice = { threshold: off, fine: 0, before: base.f1, after: base.f1 };
  for (const t of [off, ...CANDIDATES]) {
    if (t !== off && (t <= bounds.above || t > bounds.atMost)) continue;
    for (const fine of FINE_CANDIDATES) {
      if (fine > 0 && fine >= bounds.fineBelow) continue;
      const { f1, good } = f1At(t, fine);
      if (good > allowed) continue;
      if (f1 > best.after + 0.005) best = { threshold: t, fine, before: base.f1, after: f1 };
    }
  }
  return best;
}

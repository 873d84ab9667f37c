// Logistic regression per label, the learner of every learned model (sentence, customer, draft):
// hashed binary features, AdaGrad, class-balanced, seeded shuffles, so the same data gives the
// same weights twice. The draft model adds its sentences, each scored on its own and pooled by
// a soft maximum (features.SENTENCE_POOL), a multiple-instance reading of "this reply blames".
import { SENTENCE_POOL } from './features';

export interface TrainOptions {
  epochs: number;
  rate: number;
  /** L2 penalty per update: keeps weights small, so probabilities stay honest. */
  l2: number;
  /** A feature must occur in this many training texts to be learned at all. */
  minCount: number;
  /** Features kept per label in the shipped file (the strongest by weight). */
  keepPerLabel: number;
  /**
   * The draft model keeps every feature that occurs in at least this many development drafts
   * (or sentences of them), and nothing else: a draft has thousands of features, each weighing a
   * little. Writer-out cross-validation on the German development drafts (2026-12-08), mean ROC
   * area: 0.886 with every feature seen twice (about 120,000), 0.885 from 10 drafts (27,000),
   * 0.883 from 20 (15,000), 0.878 from 40 (8,000); the earlier way, the 3,000 strongest per label
   * retrained alone, 0.843 (it fits the writers it was trained on). 20 keeps both languages'
   * weights within the 300 KB gzipped budget.
   */
  draftMinCount: number;
  /** Problem labels: the lowest threshold whose held-in precision reaches this. */
  targetPrecision: number;
  /** What a sentence does well: the least precision at which it may silence a rule. */
  minSupportPrecision: number;
  folds: number;
}

export const DEFAULT_OPTIONS: TrainOptions = {
  epochs: 12,
  rate: 0.3,
  l2: 0.01,
  minCount: 2,
  keepPerLabel: 1500,
  draftMinCount: 40,
  targetPrecision: 0.9,
  minSupportPrecision: 0.75,
  folds: 5,
};

export interface Sample {
  features: Uint32Array;
  labels: Uint8Array;
  /** Which labels this sample says anything about (1); absent: all of them. */
  known?: Uint8Array;
  /** The value of each of its features (features.draftScale); absent: 1. */
  scale?: number;
  /**
   * The draft model: each sentence's own features and their value, pooled by a soft maximum
   * (features.SENTENCE_POOL) and added to the whole text's sum.
   */
  sentences?: readonly { features: Uint32Array; scale: number }[];
}

/** A seeded generator (mulberry32): the same shuffles on every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Trained {
  /** feature hash -> weights per label */
  weights: Map<number, Float64Array>;
  bias: Float64Array;
}

/** Logistic regression per label, trained together (AdaGrad, class-balanced). */
export function trainLogistic(
  samples: readonly Sample[],
  width: number,
  options: TrainOptions,
  seed: number,
  /** Only these features are learned (a model retrained on the features it will ship). */
  only?: ReadonlySet<number>,
): Trained {
  const counts = new Map<number, number>();
  // In how many texts a feature occurs (a draft's features may repeat, draft-model.ts).
  const count = (features: Uint32Array) => {
    for (let i = 0; i < features.length; i++) {
      const f = features[i]!;
      if (i === 0 || features[i - 1] !== f) counts.set(f, (counts.get(f) ?? 0) + 1);
    }
  };
  for (const s of samples) {
    count(s.features);
    for (const sentence of s.sentences ?? []) count(sentence.features);
  }
  const index = new Map<number, number>();
  for (const [f, n] of [...counts].sort((a, b) => a[0] - b[0])) {
    if (n >= options.minCount && (!only || only.has(f))) index.set(f, index.size);
  }
  const rowOf = (features: Uint32Array) =>
    Int32Array.from([...features].filter((f) => index.has(f)).map((f) => index.get(f)!));
  const rows = samples.map((s) => rowOf(s.features));
  const sentenceRows = samples.map((s) => (s.sentences ?? []).map((x) => rowOf(x.features)));
  const w = new Float64Array(index.size * width);
  const g2 = new Float64Array(index.size * width).fill(1e-6);
  const bias = new Float64Array(width);
  const biasG2 = new Float64Array(width).fill(1e-6);
  // Rare labels weigh more, up to 5 times, so a model does not learn to say "never".
  const positives = new Float64Array(width);
  for (const s of samples) for (let l = 0; l < width; l++) positives[l]! += s.labels[l]!;
  const positiveWeight = Float64Array.from(positives, (p) =>
    p === 0 ? 1 : Math.min(5, Math.max(1, (samples.length - p) / p)),
  );
  const step = (row: Int32Array, l: number, g: number) => {
    for (const f of row) {
      const k = f * width + l;
      const change = g + options.l2 * w[k]!;
      g2[k]! += change * change;
      w[k]! -= (options.rate * change) / Math.sqrt(g2[k]!);
    }
  };
  const next = random(seed);
  const order = samples.map((_, i) => i);
  const logits = new Float64Array(width);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      const row = rows[i]!;
      const sample = samples[i]!;
      const labels = sample.labels;
      const v = sample.scale ?? 1;
      logits.fill(0);
      for (const f of row) for (let l = 0; l < width; l++) logits[l]! += w[f * width + l]!;
      for (let l = 0; l < width; l++) logits[l] = bias[l]! + logits[l]! * v;
      const pooled = pool(w, width, sentenceRows[i]!, sample.sentences ?? []);
      for (let l = 0; l < width; l++) logits[l]! += pooled.logits[l]!;
      const known = sample.known;
      for (let l = 0; l < width; l++) {
        if (known && !known[l]) continue;
        const p = 1 / (1 + Math.exp(-logits[l]!));
        const y = labels[l]!;
        const g = (p - y) * (y ? positiveWeight[l]! : 1);
        biasG2[l]! += g * g;
        bias[l]! -= (options.rate * g) / Math.sqrt(biasG2[l]!);
        step(row, l, g * v);
        sentenceRows[i]!.forEach((sentence, j) =>
          step(sentence, l, g * pooled.share[j * width + l]! * sample.sentences![j]!.scale),
        );
      }
    }
  }
  const weights = new Map<number, Float64Array>();
  for (const [hash, k] of index) weights.set(hash, w.slice(k * width, (k + 1) * width));
  return { weights, bias };
}

/**
 * The sentences' part of a draft's logits: per label, the soft maximum (SENTENCE_POOL) of the
 * sentences' sums, and each sentence's share of it (what training updates it by).
 */
function pool(
  w: Float64Array,
  width: number,
  rows: readonly Int32Array[],
  sentences: readonly { scale: number }[],
): { logits: Float64Array; share: Float64Array } {
  const logits = new Float64Array(width);
  const share = new Float64Array(rows.length * width);
  if (rows.length === 0) return { logits, share };
  rows.forEach((row, j) => {
    for (const f of row) for (let l = 0; l < width; l++) share[j * width + l]! += w[f * width + l]!;
    for (let l = 0; l < width; l++) share[j * width + l]! *= sentences[j]!.scale;
  });
  for (let l = 0; l < width; l++) {
    logits[l] = poolSums(share, width, l, rows.length, true);
  }
  return { logits, share };
}

/**
 * The soft maximum over `count` sentence sums of label `l` in `sums` (sentence-major):
 * max + log(sum(exp(r (z - max)))) / r. With `shares`, each sum is replaced by its share of
 * the pool (a softmax), which is the pool's gradient.
 */
export function poolSums(
  sums: Float64Array,
  width: number,
  l: number,
  count: number,
  shares = false,
): number {
  let max = -Infinity;
  for (let j = 0; j < count; j++) max = Math.max(max, sums[j * width + l]!);
  let total = 0;
  for (let j = 0; j < count; j++) total += Math.exp(SENTENCE_POOL * (sums[j * width + l]! - max));
  if (shares) {
    for (let j = 0; j < count; j++) {
      sums[j * width + l] = Math.exp(SENTENCE_POOL * (sums[j * width + l]! - max)) / total;
    }
  }
  return max + Math.log(total) / SENTENCE_POOL;
}

export function predict(
  model: Trained,
  features: Uint32Array,
  width: number,
  scale = 1,
  sentences: readonly { features: Uint32Array; scale: number }[] = [],
): Float64Array {
  const z = new Float64Array(width);
  for (const f of features) {
    const row = model.weights.get(f);
    if (row) for (let l = 0; l < width; l++) z[l]! += row[l]!;
  }
  const sums = new Float64Array(sentences.length * width);
  sentences.forEach((sentence, j) => {
    for (const f of sentence.features) {
      const row = model.weights.get(f);
      if (row) for (let l = 0; l < width; l++) sums[j * width + l]! += row[l]! * sentence.scale;
    }
  });
  return z.map((v, l) => {
    const pooled = sentences.length > 0 ? poolSums(sums, width, l, sentences.length) : 0;
    return 1 / (1 + Math.exp(-(model.bias[l]! + v * scale + pooled)));
  });
}

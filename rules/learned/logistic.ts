// Logistic regression per label, the learner of every learned model (sentence, customer, draft):
// hashed binary features, AdaGrad, class-balanced, seeded shuffles, so the same data gives the
// same weights twice.

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
   * The same for the draft model, which reads many more features per text (a whole reply and the
   * customer's message). Cross-validated ROC area on the German development drafts (2026-12-07):
   * 0.904 with every feature, 0.886 with 1,500 per label, 0.899 with 3,000, 0.903 with 6,000;
   * 3,000 keeps both languages' weights near 200 KB gzipped.
   */
  draftKeepPerLabel: number;
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
  draftKeepPerLabel: 3000,
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
  for (const s of samples) for (const f of s.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<number, number>();
  for (const [f, n] of [...counts].sort((a, b) => a[0] - b[0])) {
    if (n >= options.minCount && (!only || only.has(f))) index.set(f, index.size);
  }
  const rows = samples.map((s) =>
    Int32Array.from([...s.features].filter((f) => index.has(f)).map((f) => index.get(f)!)),
  );
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
      const labels = samples[i]!.labels;
      const v = samples[i]!.scale ?? 1;
      logits.fill(0);
      for (const f of row) for (let l = 0; l < width; l++) logits[l]! += w[f * width + l]!;
      for (let l = 0; l < width; l++) logits[l] = bias[l]! + logits[l]! * v;
      const known = samples[i]!.known;
      for (let l = 0; l < width; l++) {
        if (known && !known[l]) continue;
        const p = 1 / (1 + Math.exp(-logits[l]!));
        const y = labels[l]!;
        const g = (p - y) * (y ? positiveWeight[l]! : 1);
        biasG2[l]! += g * g;
        bias[l]! -= (options.rate * g) / Math.sqrt(biasG2[l]!);
        for (const f of row) {
          const k = f * width + l;
          const step = g * v + options.l2 * w[k]!;
          g2[k]! += step * step;
          w[k]! -= (options.rate * step) / Math.sqrt(g2[k]!);
        }
      }
    }
  }
  const weights = new Map<number, Float64Array>();
  for (const [hash, k] of index) weights.set(hash, w.slice(k * width, (k + 1) * width));
  return { weights, bias };
}

export function predict(
  model: Trained,
  features: Uint32Array,
  width: number,
  scale = 1,
): Float64Array {
  const z = new Float64Array(width);
  for (const f of features) {
    const row = model.weights.get(f);
    if (row) for (let l = 0; l < width; l++) z[l]! += row[l]!;
  }
  return z.map((v, l) => 1 / (1 + Math.exp(-(model.bias[l]! + v * scale))));
}

// Trains the learned judgement from the development part of the labelled data and writes the
// weights the engine ships (rules/learned/weights/<lang>.json). Deterministic: the same data
// gives the same file, byte for byte (fixed order, seeded shuffles, no time or randomness).
// Held-out writers (tests/corpus/split.json) are never read for training or tuning.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGS, type Lang } from '../engine/types';
import { CATEGORIES } from '../engine/types';
import { CUSTOMER_LABELS, readLabelled, SENTENCE_LABELS, type LabelledText } from './data';
import { FNV_OFFSET, featureSet, hashString } from './features';
import { tokenize } from '../engine/tokenizer';
import { decodeKeys, fromBase64, type PackedModel } from './model';
import { OFF } from './thresholds';
import { calibrateOnDrafts, type DevDraft } from './calibrate';
import type { LangWeights as ShippedWeights } from './judgement';
import { loadCorpus } from '../../tests/quality/corpus';

const here = dirname(fileURLToPath(import.meta.url));
export const CORPUS_ROOT = join(here, '..', '..', 'tests', 'corpus');
export const WEIGHTS_DIR = join(here, 'weights');

export interface TrainOptions {
  epochs: number;
  rate: number;
  /** L2 penalty per update: keeps weights small, so probabilities stay honest. */
  l2: number;
  /** A feature must occur in this many training texts to be learned at all. */
  minCount: number;
  /** Features kept per label in the shipped file (the strongest by weight). */
  keepPerLabel: number;
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
  targetPrecision: 0.9,
  minSupportPrecision: 0.75,
  folds: 5,
};

/**
 * Labels whose presence makes Klartext speak up, with the share of texts without the label it
 * may be wrong about: a problem is judged per sentence, so a draft has many chances to be wrong
 * (1%); an emotion is judged once per customer message (5%).
 */
const PRECISION_FIRST = new Map<string, number>([
  ...CATEGORIES.map((category) => [category, 0.01] as const),
  ...CUSTOMER_LABELS.map((label) => [label, 0.05] as const),
]);

interface Sample {
  features: Uint32Array;
  labels: Uint8Array;
  /** Which labels this sample says anything about (1); absent: all of them. */
  known?: Uint8Array;
}

function fnv(text: string): number {
  return hashString(FNV_OFFSET, text);
}

/** A seeded generator (mulberry32): the same shuffles on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function toSamples(items: readonly LabelledText[], labels: readonly string[]): Sample[] {
  return items.map((item) => ({
    features: featureSet(item.text),
    labels: Uint8Array.from(labels, (label) => (item.labels.includes(label) ? 1 : 0)),
  }));
}

interface Trained {
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
): Trained {
  const counts = new Map<number, number>();
  for (const s of samples) for (const f of s.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<number, number>();
  for (const [f, n] of [...counts].sort((a, b) => a[0] - b[0])) {
    if (n >= options.minCount) index.set(f, index.size);
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
      logits.set(bias);
      for (const f of row) for (let l = 0; l < width; l++) logits[l]! += w[f * width + l]!;
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
          const step = g + options.l2 * w[k]!;
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

export function predict(model: Trained, features: Uint32Array, width: number): Float64Array {
  const z = Float64Array.from(model.bias);
  for (const f of features) {
    const row = model.weights.get(f);
    if (row) for (let l = 0; l < width; l++) z[l]! += row[l]!;
  }
  return z.map((v) => 1 / (1 + Math.exp(-v)));
}

/** The threshold per label, from out-of-fold predictions on the development data. */
function tuneThresholds(
  samples: readonly Sample[],
  labels: readonly string[],
  options: TrainOptions,
  seed: number,
): number[] {
  const width = labels.length;
  const outOfFold: Float64Array[] = new Array(samples.length);
  for (let fold = 0; fold < options.folds; fold++) {
    const train = samples.filter((_, i) => i % options.folds !== fold);
    const model = trainLogistic(train, width, options, seed + fold);
    samples.forEach((s, i) => {
      if (i % options.folds === fold) outOfFold[i] = predict(model, s.features, width);
    });
  }
  return labels.map((label, l) => {
    const negatives = samples.filter((s) => !s.labels[l]).length;
    let best = { t: OFF, score: -1 };
    for (let t = 0.3; t <= 0.99; t += 0.01) {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      samples.forEach((s, i) => {
        const said = outOfFold[i]![l]! >= t;
        if (said && s.labels[l]) tp++;
        else if (said) fp++;
        else if (s.labels[l]) fn++;
      });
      const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
      const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
      const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
      let score = f1;
      const maxFalseRate = PRECISION_FIRST.get(label);
      if (maxFalseRate !== undefined) {
        // Both limits must hold; among the thresholds where they do, the most recall.
        const ok =
          precision >= options.targetPrecision && fp <= negatives * maxFalseRate && tp >= 5;
        score = ok ? recall : -1;
      } else if (precision < options.minSupportPrecision) {
        // What a sentence does well silences a "missing ..." rule: a wrong yes loses a finding.
        score = -1;
      }
      if (score > best.score + 1e-9) best = { t: Math.round(t * 100) / 100, score };
    }
    return best.score < 0 ? OFF : best.t;
  });
}

function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}

function encodeKeys(keys: readonly number[]): string {
  const bytes: number[] = [];
  let last = 0;
  for (const key of keys) {
    let delta = key - last;
    last = key;
    do {
      const low = delta % 128;
      delta = Math.floor(delta / 128);
      bytes.push(delta > 0 ? low | 0x80 : low);
    } while (delta > 0);
  }
  return toBase64(Uint8Array.from(bytes));
}

/**
 * The model as shipped once its thresholds are set: only the features that weigh on a label
 * that is on, and zeros for the labels that are off (they compress to nearly nothing).
 */
export function keepActive(packed: PackedModel): PackedModel {
  const width = packed.labels.length;
  const keys = decodeKeys(packed.keys);
  const weights = new Int8Array(fromBase64(packed.weights).buffer);
  const active = packed.labels.flatMap((_, l) => (packed.thresholds[l]! <= 1 ? [l] : []));
  // Every feature that weighs on a label that is on, so the shipped model scores exactly as
  // the one calibrated; the labels that are off are left out.
  const rows = [...keys.keys()].filter((k) => active.some((l) => weights[k * width + l] !== 0));
  return {
    labels: active.map((l) => packed.labels[l]!),
    thresholds: active.map((l) => packed.thresholds[l]!),
    bias: active.map((l) => packed.bias[l]!),
    scale: active.map((l) => packed.scale[l]!),
    keys: encodeKeys(rows.map((k) => keys[k]!)),
    weights: toBase64(
      new Uint8Array(
        Int8Array.from(rows.flatMap((k) => active.map((l) => weights[k * width + l]!))).buffer,
      ),
    ),
  };
}

/** The strongest features per label, int8 weights with a scale per label. */
export function pack(
  model: Trained,
  labels: readonly string[],
  thresholds: number[],
  keepPerLabel: number,
): PackedModel {
  const width = labels.length;
  const entries = [...model.weights];
  const kept = new Set<number>();
  for (let l = 0; l < width; l++) {
    entries
      .filter(([, row]) => Math.abs(row[l]!) > 0.02)
      .sort((a, b) => Math.abs(b[1][l]!) - Math.abs(a[1][l]!) || a[0] - b[0])
      .slice(0, keepPerLabel)
      .forEach(([hash]) => kept.add(hash));
  }
  const keys = [...kept].sort((a, b) => a - b);
  const scale = labels.map((_, l) => {
    let max = 0;
    for (const key of keys) max = Math.max(max, Math.abs(model.weights.get(key)![l]!));
    return max === 0 ? 1 : max / 127;
  });
  const weights = new Int8Array(keys.length * width);
  keys.forEach((key, k) => {
    const row = model.weights.get(key)!;
    for (let l = 0; l < width; l++) weights[k * width + l] = Math.round(row[l]! / scale[l]!);
  });
  return {
    labels: [...labels],
    thresholds,
    bias: [...model.bias].map((b) => Math.round(b * 1e4) / 1e4),
    scale: scale.map((s) => Number(s.toPrecision(6))),
    keys: encodeKeys(keys),
    weights: toBase64(new Uint8Array(weights.buffer)),
  };
}

export interface LangWeights {
  lang: Lang;
  sentence: PackedModel;
  customer: PackedModel;
  trainedOn: { sentences: number; customers: number };
}

/** Trains one language's two models on `sentences` and `customers` (development items). */
export function trainLanguage(
  lang: Lang,
  sentences: readonly LabelledText[],
  customers: readonly LabelledText[],
  options: TrainOptions = DEFAULT_OPTIONS,
  negatives: readonly Sample[] = [],
): LangWeights {
  // The sentence model's thresholds are set on whole drafts afterwards (calibrate.ts); until
  // then every label is off.
  const sentenceSamples = [...toSamples(sentences, SENTENCE_LABELS), ...negatives];
  const sentence = pack(
    trainLogistic(sentenceSamples, SENTENCE_LABELS.length, options, 17),
    SENTENCE_LABELS,
    SENTENCE_LABELS.map(() => OFF),
    options.keepPerLabel,
  );
  const customerSamples = toSamples(customers, CUSTOMER_LABELS);
  const customer = pack(
    trainLogistic(customerSamples, CUSTOMER_LABELS.length, options, 29),
    CUSTOMER_LABELS,
    tuneThresholds(customerSamples, CUSTOMER_LABELS, options, 29),
    options.keepPerLabel,
  );
  return {
    lang,
    sentence,
    customer,
    trainedOn: { sentences: sentences.length, customers: customers.length },
  };
}

/** Both languages trained on `data`'s development items and calibrated on `drafts`. */
/**
 * Sentences of drafts that are labelled clean in a category, as examples of that category's
 * absence: real replies in every voice, and the sentences the model must learn to leave alone.
 * Only the clean categories are known for them (a flagged draft does not say which sentence).
 */
export function cleanSentences(drafts: readonly DevDraft[]): Sample[] {
  const samples: Sample[] = [];
  for (const draft of drafts) {
    const doc = tokenize(draft.draft);
    const known = Uint8Array.from(SENTENCE_LABELS, (label) =>
      (draft.clean as readonly string[]).includes(label) ? 1 : 0,
    );
    if (!known.some(Boolean)) continue;
    for (const sentence of doc.sentences) {
      samples.push({
        features: featureSet(draft.draft.slice(sentence.start, sentence.end)),
        labels: new Uint8Array(SENTENCE_LABELS.length),
        known,
      });
    }
  }
  return samples;
}

/** Half of the development drafts teach (cleanSentences), the other half calibrate. */
function teaches(id: string): boolean {
  return fnv(id) % 2 === 0;
}

export function trainAll(
  sentences: readonly LabelledText[],
  customers: readonly LabelledText[],
  drafts: readonly (DevDraft & { lang: Lang; id: string })[],
  options: TrainOptions = DEFAULT_OPTIONS,
): Record<Lang, LangWeights> {
  const of = (items: readonly LabelledText[], lang: Lang) => items.filter((i) => i.lang === lang);
  const teach = (lang: Lang) =>
    cleanSentences(drafts.filter((d) => d.lang === lang && teaches(d.id)));
  const trained = {
    de: trainLanguage('de', of(sentences, 'de'), of(customers, 'de'), options, teach('de')),
    en: trainLanguage('en', of(sentences, 'en'), of(customers, 'en'), options, teach('en')),
  };
  const shipped: Record<Lang, ShippedWeights> = trained;
  for (const lang of LANGS) {
    const calibrated = calibrateOnDrafts(
      lang,
      shipped,
      drafts.filter((d) => d.lang === lang && !teaches(d.id)),
    );
    trained[lang].sentence.thresholds = calibrated.sentence;
    const customer = trained[lang].customer;
    customer.thresholds[customer.labels.indexOf('emotional')] = calibrated.emotional;
    customer.thresholds = customer.labels.map((label, i) =>
      label === 'emotional' ? customer.thresholds[i]! : OFF,
    );
    trained[lang].sentence = keepActive(trained[lang].sentence);
    trained[lang].customer = keepActive(customer);
  }
  return trained;
}

function main(): void {
  const started = performance.now();
  const { sentences, customers } = readLabelled(CORPUS_ROOT);
  const errors = [...sentences.errors, ...customers.errors];
  if (errors.length > 0) {
    console.error(`Invalid labelled data (${errors.length}):`);
    for (const error of errors.slice(0, 30)) console.error(`  ${error}`);
    process.exit(1);
  }
  const corpus = loadCorpus(CORPUS_ROOT);
  if (corpus.errors.length > 0) {
    // npm run bench:quality refuses an invalid corpus; training goes on with the valid drafts.
    console.warn(`${corpus.errors.length} invalid drafts left out, e.g. ${corpus.errors[0]}`);
  }
  const dev = (items: readonly LabelledText[]) => items.filter((item) => !item.heldOut);
  const drafts = corpus.entries.filter((entry) => !entry.heldOut);
  const all = trainAll(dev(sentences.items), dev(customers.items), drafts);
  mkdirSync(WEIGHTS_DIR, { recursive: true });
  for (const lang of LANGS) {
    const weights = all[lang];
    const json = `${JSON.stringify(weights)}\n`;
    writeFileSync(join(WEIGHTS_DIR, `${lang}.json`), json);
    console.log(
      `${lang}: ${weights.trainedOn.sentences} sentences, ${weights.trainedOn.customers} customer messages, ` +
        `${drafts.filter((d) => d.lang === lang).length} drafts (half teach, half calibrate) -> weights/${lang}.json ` +
        `(${(json.length / 1024).toFixed(0)} KB, fnv ${fnv(json).toString(16)})`,
    );
    const show = (model: PackedModel) =>
      model.labels
        .map((l, i) => `${l} ${model.thresholds[i]! > 1 ? 'off' : model.thresholds[i]}`)
        .join(', ');
    console.log(`  sentence: ${show(weights.sentence)}`);
    console.log(`  customer: ${show(weights.customer)}`);
  }
  console.log(`trained in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();

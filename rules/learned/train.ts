// Trains the learned judgement from the development part of the labelled data and writes the
// weights the engine ships (rules/learned/weights/<lang>.json). Deterministic: the same data
// gives the same file, byte for byte (fixed order, seeded shuffles, no time or randomness).
// Held-out writers (tests/corpus/split.json) are never read for training or tuning.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check } from '../index';
import { CATEGORIES, LANGS, type Category, type Lang } from '../engine/types';
import { tokenize } from '../engine/tokenizer';
import { CUSTOMER_LABELS, readLabelled, SENTENCE_LABELS, type LabelledText } from './data';
import {
  customerWords,
  docWords,
  featureSet,
  featureWords,
  FNV_OFFSET,
  hashString,
  MAX_DRAFT_WORDS,
} from './features';
import { decodeKeys, fromBase64, isActive, LearnedModel, type PackedModel } from './model';
import { OFF } from './thresholds';
import { calibrateOnDrafts } from './calibrate';
import {
  chooseThreshold,
  DRAFT_GRID,
  draftSample,
  meanRocArea,
  outOfFold,
  sentenceSample,
  type LabelledDraft,
  type Trainer,
} from './draft-model';
import { writtenExamples } from './draft-rule';
import { withWeights, type LangWeights as ShippedWeights } from './judgement';
import { BUILTIN_RULES } from '../registry';
import { BUILTIN_EXAMPLES } from '../examples';
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
  /** The value of each of its features (features.draftScale); absent: 1. */
  scale?: number;
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
  const active = packed.labels.flatMap((_, l) => (isActive(packed, l) ? [l] : []));
  // Every feature that weighs on a label that is on, so the shipped model scores exactly as
  // the one calibrated; the labels that are off are left out.
  const rows = [...keys.keys()].filter((k) => active.some((l) => weights[k * width + l] !== 0));
  return {
    labels: active.map((l) => packed.labels[l]!),
    thresholds: active.map((l) => packed.thresholds[l]!),
    ...(packed.fine ? { fine: active.map((l) => packed.fine![l]!) } : {}),
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
  /**
   * Lighter weights are left out. A sentence has few features, each must matter; a whole draft
   * has thousands, whose small weights add up (the draft model keeps them all: 0).
   */
  minWeight = 0.02,
): PackedModel {
  const width = labels.length;
  const entries = [...model.weights];
  const kept = new Set<number>();
  for (let l = 0; l < width; l++) {
    entries
      .filter(([, row]) => Math.abs(row[l]!) > minWeight)
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
  draft: PackedModel;
  trainedOn: { sentences: number; customers: number; drafts: number };
  /** The draft model's settings and what its thresholds do on the development folds. */
  draftReport: string[];
}

/** A model that reports nothing: the draft model's place until it is trained. */
export function silentModel(labels: readonly string[]): PackedModel {
  return {
    labels: [...labels],
    thresholds: labels.map(() => OFF),
    bias: labels.map(() => 0),
    scale: labels.map(() => 1),
    keys: '',
    weights: '',
  };
}

/** Trains one language's sentence and customer models on development items. */
export function trainLanguage(
  lang: Lang,
  sentences: readonly LabelledText[],
  customers: readonly LabelledText[],
  options: TrainOptions = DEFAULT_OPTIONS,
): Pick<LangWeights, 'sentence' | 'customer'> {
  // The sentence model's thresholds are set on whole drafts afterwards (calibrate.ts); until
  // then every label is off.
  const sentence = pack(
    trainLogistic(toSamples(sentences, SENTENCE_LABELS), SENTENCE_LABELS.length, options, 17),
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
  return { sentence, customer };
}

/**
 * The features the shipped file keeps: per label, the strongest by weight. A draft has thousands
 * of features, each weighing a little, so dropping the rest after training would shift every
 * sum; the draft model is therefore trained again on only the features it keeps.
 */
function strongest(model: Trained, width: number, keepPerLabel: number): Set<number> {
  const kept = new Set<number>();
  const entries = [...model.weights];
  for (let l = 0; l < width; l++) {
    entries
      .sort((a, b) => Math.abs(b[1][l]!) - Math.abs(a[1][l]!) || a[0] - b[0])
      .slice(0, keepPerLabel)
      .forEach(([hash]) => kept.add(hash));
  }
  return kept;
}

/** Draft model training in two steps: all features, then only the strongest (strongest). */
export function trainDraftLogistic(
  samples: readonly Sample[],
  options: TrainOptions,
  seed: number,
): Trained {
  const width = CATEGORIES.length;
  const first = trainLogistic(samples, width, options, seed);
  const kept = strongest(first, width, options.draftKeepPerLabel);
  return trainLogistic(samples, width, options, seed, kept);
}

const DRAFT_TRAINER: Trainer = {
  train: (samples, options, seed) => trainDraftLogistic(samples, options, seed),
  predict: (model, sample) =>
    predict(model as Trained, sample.features, CATEGORIES.length, sample.scale),
};

/** Room between a threshold and the probability of a rule author's example. */
const EXAMPLE_MARGIN = 0.02;

/**
 * Where a category's thresholds may lie so the rule authors' examples stay true: the learned
 * rule's (rules/builtin/learned-*.ts) above every valid example's probability and at or below
 * every invalid one's; and the rules that yield to the model must still fire on their invalid
 * examples, so the model may vouch for the category only well below their probabilities.
 */
function draftExampleBounds(
  lang: Lang,
  model: LearnedModel,
  category: Category,
): { above: number; atMost: number; fineBelow: number } {
  const l = model.labels.indexOf(category);
  const examples = writtenExamples(category)?.[lang];
  const p = (example: { draft: string; customer?: string }) =>
    model.scoreDraft(
      docWords(tokenize(example.draft)).slice(0, MAX_DRAFT_WORDS),
      customerWords(featureWords(example.customer ?? '')),
    ).probabilities[l]!;
  const yielding = BUILTIN_RULES.filter(
    (rule) => rule.yieldsToJudgement && rule.category === category,
  ).flatMap((rule) => BUILTIN_EXAMPLES[rule.id]?.[lang]?.invalid ?? []);
  return {
    above: Math.max(0, ...(examples?.valid ?? []).map((e) => p(e) + EXAMPLE_MARGIN)),
    atMost: Math.min(OFF, ...(examples?.invalid ?? []).map((e) => p(e) - EXAMPLE_MARGIN)),
    fineBelow: Math.min(1, ...yielding.map((e) => p(e) / 2)),
  };
}

/**
 * The draft model of one language: its settings chosen by cross-validation on the development
 * drafts (draft-model.ts), then trained on all of them; each category's threshold set on the
 * folds' predictions together with what the phrase rules (with `weights` as trained so far)
 * already report.
 */
export function trainDraftModel(
  lang: Lang,
  drafts: readonly LabelledDraft[],
  sentences: readonly LabelledText[],
  weights: Record<Lang, ShippedWeights>,
  options: TrainOptions = DEFAULT_OPTIONS,
): { draft: PackedModel; report: string[] } {
  const samples = drafts.map(draftSample);
  const extra = sentences.map(sentenceSample);
  let best = { settings: DRAFT_GRID[0]!, area: -1, predicted: [] as Float64Array[] };
  const report: string[] = [];
  for (const settings of DRAFT_GRID) {
    const predicted = outOfFold(samples, extra, settings, options, DRAFT_TRAINER);
    const area = meanRocArea(samples, predicted);
    report.push(
      `epochs ${settings.epochs}, l2 ${settings.l2}${settings.withSentences ? ', with sentences' : ''}: ` +
        `mean ROC area ${area.toFixed(3)}`,
    );
    if (area > best.area + 1e-9) best = { settings, area, predicted };
  }
  const { settings, predicted } = best;
  const tuned = { ...options, epochs: settings.epochs, l2: settings.l2 };
  const model = trainDraftLogistic(
    [...samples, ...(settings.withSentences ? extra : [])],
    tuned,
    41,
  );
  const packed = pack(
    model,
    CATEGORIES,
    CATEGORIES.map(() => OFF),
    options.draftKeepPerLabel,
    0,
  );
  // What the rules report without the draft model, on every development draft.
  const silent = { ...weights, [lang]: { ...weights[lang], draft: silentModel(CATEGORIES) } };
  const yielding = new Set(BUILTIN_RULES.filter((r) => r.yieldsToJudgement).map((r) => r.id));
  const findings = withWeights(silent, () =>
    drafts.map((d) => check({ draft: d.draft, customer: d.customer, lang }).findings),
  );
  const raw = new LearnedModel({ ...packed, thresholds: packed.thresholds.map(() => 0) });
  const fine: number[] = [];
  packed.thresholds = CATEGORIES.map((category, l) => {
    const reported = findings.map((found) => {
      const inCategory = found.filter((f) => f.category === category);
      const firm = inCategory.some((f) => !yielding.has(f.ruleId));
      return { firm, yielding: !firm && inCategory.length > 0 };
    });
    const choice = chooseThreshold(
      drafts,
      reported,
      predicted.map((p) => p[l]!),
      category,
      process.env.NO_BOUNDS
        ? { above: 0, atMost: OFF, fineBelow: 1 }
        : draftExampleBounds(lang, raw, category),
      OFF,
    );
    fine.push(choice.fine);
    report.push(
      `${category}: ${choice.threshold > 1 ? 'reports nothing' : `reports from ${choice.threshold}`}, ` +
        `${choice.fine > 0 ? `vouches below ${choice.fine}` : 'never vouches'}; development-fold F1 ` +
        `${choice.before.toFixed(2)} -> ${choice.after.toFixed(2)}`,
    );
    return choice.threshold;
  });
  packed.fine = fine;
  report.unshift(
    `chosen: epochs ${settings.epochs}, l2 ${settings.l2}${settings.withSentences ? ', with sentences' : ''}`,
  );
  return { draft: keepActive(packed), report };
}

/**
 * Both languages trained on `data`'s development items: the sentence and customer models, their
 * thresholds calibrated on the development drafts, then the draft model beside them.
 */
export function trainAll(
  sentences: readonly LabelledText[],
  customers: readonly LabelledText[],
  drafts: readonly LabelledDraft[],
  options: TrainOptions = DEFAULT_OPTIONS,
): Record<Lang, LangWeights> {
  const of = <T extends { lang: Lang }>(items: readonly T[], lang: Lang) =>
    items.filter((i) => i.lang === lang);
  const trained = {} as Record<Lang, LangWeights>;
  for (const lang of LANGS) {
    trained[lang] = {
      lang,
      ...trainLanguage(lang, of(sentences, lang), of(customers, lang), options),
      draft: silentModel(CATEGORIES),
      trainedOn: {
        sentences: of(sentences, lang).length,
        customers: of(customers, lang).length,
        drafts: of(drafts, lang).length,
      },
      draftReport: [],
    };
  }
  for (const lang of LANGS) {
    const calibrated = calibrateOnDrafts(lang, trained, of(drafts, lang));
    trained[lang].sentence.thresholds = calibrated.sentence;
    const customer = trained[lang].customer;
    customer.thresholds[customer.labels.indexOf('emotional')] = calibrated.emotional;
    customer.thresholds = customer.labels.map((label, i) =>
      label === 'emotional' ? customer.thresholds[i]! : OFF,
    );
    trained[lang].sentence = keepActive(trained[lang].sentence);
    trained[lang].customer = keepActive(customer);
  }
  for (const lang of LANGS) {
    const { draft, report } = trainDraftModel(
      lang,
      of(drafts, lang),
      of(sentences, lang),
      trained,
      options,
    );
    trained[lang].draft = draft;
    trained[lang].draftReport = report;
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
    const { draftReport, ...weights } = all[lang];
    const json = `${JSON.stringify(weights)}\n`;
    writeFileSync(join(WEIGHTS_DIR, `${lang}.json`), json);
    console.log(
      `${lang}: ${weights.trainedOn.sentences} sentences, ${weights.trainedOn.customers} customer messages, ` +
        `${weights.trainedOn.drafts} drafts -> weights/${lang}.json ` +
        `(${(json.length / 1024).toFixed(0)} KB, fnv ${fnv(json).toString(16)})`,
    );
    const show = (model: PackedModel) =>
      model.labels
        .map((l, i) => `${l} ${model.thresholds[i]! > 1 ? 'off' : model.thresholds[i]}`)
        .join(', ');
    console.log(`  sentence: ${show(weights.sentence)}`);
    console.log(`  customer: ${show(weights.customer)}`);
    console.log(`  draft: ${show(weights.draft)}`);
    for (const line of draftReport) console.log(`    ${line}`);
  }
  console.log(`trained in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();

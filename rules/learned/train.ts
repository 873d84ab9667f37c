// Trains the learned judgement from the development part of the labelled data and writes the
// weights the engine ships (rules/learned/weights/<lang>.json): the sentence and customer models
// (here), calibrated on whole drafts (calibrate.ts), then the draft model (train-draft.ts).
// Deterministic: the same data gives the same file, byte for byte (fixed order, seeded shuffles,
// no time or randomness). Held-out writers (tests/corpus/split.json) are never read for training
// or tuning.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATEGORIES, LANGS, type Lang } from '../engine/types';
import { CUSTOMER_LABELS, readLabelled, SENTENCE_LABELS, type LabelledText } from './data';
import { featureSet, FNV_OFFSET, hashString } from './features';
import { calibrateOnDrafts } from './calibrate';
import type { LabelledDraft } from './draft-model';
import {
  DEFAULT_OPTIONS,
  predict,
  trainLogistic,
  type Sample,
  type TrainOptions,
} from './logistic';
import type { PackedModel } from './model';
import { keepActive, pack, silentModel } from './pack';
import { OFF } from './thresholds';
import { trainDraftModel } from './train-draft';
import { loadCorpus } from '../../tests/quality/corpus';

const here = dirname(fileURLToPath(import.meta.url));
export const CORPUS_ROOT = join(here, '..', '..', 'tests', 'corpus');
export const WEIGHTS_DIR = join(here, 'weights');

/**
 * Labels whose presence makes Klartext speak up, with the share of texts without the label it
 * may be wrong about: a problem is judged per sentence, so a draft has many chances to be wrong
 * (1%); an emotion is judged once per customer message (5%).
 */
const PRECISION_FIRST = new Map<string, number>([
  ...CATEGORIES.map((category) => [category, 0.01] as const),
  ...CUSTOMER_LABELS.map((label) => [label, 0.05] as const),
]);

function fnv(text: string): number {
  return hashString(FNV_OFFSET, text);
}

function toSamples(items: readonly LabelledText[], labels: readonly string[]): Sample[] {
  return items.map((item) => ({
    features: featureSet(item.text),
    labels: Uint8Array.from(labels, (label) => (item.labels.includes(label) ? 1 : 0)),
  }));
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

export interface LangWeights {
  lang: Lang;
  sentence: PackedModel;
  customer: PackedModel;
  draft: PackedModel;
  trainedOn: { sentences: number; customers: number; drafts: number };
  /** The draft model's settings and what its thresholds do on the development folds. */
  draftReport: string[];
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

// The learned judgement on its own: the shipped draft model on the held-out drafts, the sentence
// and customer models on the held-out sentences and customer messages, and learning curves
// (models trained on a quarter, half and all of the development data, each measured on the same
// held-out items), which say whether more data would still help.
import { CATEGORIES, LANGS, type Lang } from '../../rules/index';
import { draftSample, DRAFT_GRID, rocArea, sentenceSample } from '../../rules/learned/draft-model';
import { loadCorpus, type CorpusEntry } from './corpus';
import { readLabelled, type LabelledText } from '../../rules/learned/data';
import { featureWords, FNV_OFFSET, hashString } from '../../rules/learned/features';
import { LearnedModel, scoreText, type PackedModel } from '../../rules/learned/model';
import { DEFAULT_OPTIONS, predict } from '../../rules/learned/logistic';
import { CORPUS_ROOT, trainLanguage } from '../../rules/learned/train';
import { trainDraftLogistic } from '../../rules/learned/train-draft';
import deWeights from '../../rules/learned/weights/de.json' with { type: 'json' };
import enWeights from '../../rules/learned/weights/en.json' with { type: 'json' };

interface LabelScore {
  label: string;
  tp: number;
  fp: number;
  fn: number;
}

const SHIPPED: Record<Lang, { sentence: PackedModel; customer: PackedModel; draft: PackedModel }> =
  {
    de: deWeights,
    en: enWeights,
  };

/**
 * Each label of `packed` on `items`: as shipped (labels the training switched off are left out),
 * or, with `atHalf`, every label at probability 0.5, which measures the model itself.
 */
function measure(
  packed: PackedModel,
  items: readonly LabelledText[],
  atHalf = false,
): LabelScore[] {
  const model = new LearnedModel(
    atHalf ? { ...packed, thresholds: packed.thresholds.map(() => 0.5) } : packed,
  );
  const scores = model.labels.map((label) => ({ label, tp: 0, fp: 0, fn: 0 }));
  for (const item of items) {
    const { probabilities } = model.score(featureWords(item.text));
    model.labels.forEach((label, l) => {
      const said = model.present(l, probabilities[l]!);
      const truth = item.labels.includes(label);
      if (said && truth) scores[l]!.tp++;
      else if (said) scores[l]!.fp++;
      else if (truth) scores[l]!.fn++;
    });
  }
  return scores;
}

const fmt = (value: number | null) => (value === null ? '  -  ' : value.toFixed(2).padStart(5));
const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

function table(title: string, scores: LabelScore[]): string {
  const lines = [title, 'label               TP   FP   FN   prec  recall    F1'];
  for (const { label, tp, fp, fn } of scores) {
    const p = ratio(tp, tp + fp);
    const r = ratio(tp, tp + fn);
    const f1 = p === null || r === null || p + r === 0 ? null : (2 * p * r) / (p + r);
    lines.push(
      `${label.padEnd(18)} ${String(tp).padStart(4)} ${String(fp).padStart(4)} ${String(fn).padStart(4)}  ${fmt(p)}  ${fmt(r)}  ${fmt(f1)}`,
    );
  }
  return lines.join('\n');
}

function microF1(scores: LabelScore[]): number | null {
  const tp = scores.reduce((a, s) => a + s.tp, 0);
  const fp = scores.reduce((a, s) => a + s.fp, 0);
  const fn = scores.reduce((a, s) => a + s.fn, 0);
  const p = ratio(tp, tp + fp);
  const r = ratio(tp, tp + fn);
  return p === null || r === null || p + r === 0 ? null : (2 * p * r) / (p + r);
}

/** The shipped draft model alone (no phrase rule) on `drafts`, per category it reports. */
function measureDrafts(packed: PackedModel, drafts: readonly CorpusEntry[]): LabelScore[] {
  const model = new LearnedModel(packed);
  const scores = model.labels.flatMap((label, l) =>
    model.thresholds[l]! <= 1 ? [{ label, tp: 0, fp: 0, fn: 0 }] : [],
  );
  for (const d of drafts) {
    const { probabilities } = scoreText(model, d.draft, d.customer);
    for (const score of scores) {
      const l = model.labels.indexOf(score.label);
      const said = model.present(l, probabilities[l]!);
      const label = score.label as (typeof CATEGORIES)[number];
      if (said && d.flag.includes(label)) score.tp++;
      else if (said && d.clean.includes(label)) score.fp++;
      else if (!said && d.flag.includes(label)) score.fn++;
    }
  }
  return scores;
}

/**
 * Held-out mean ROC area of draft models trained on a quarter, half and all of the development
 * drafts (with the sentences where the chosen settings use them): rising means more drafts help.
 */
function draftCurve(
  dev: readonly CorpusEntry[],
  held: readonly CorpusEntry[],
  sentences: readonly LabelledText[],
): string[] {
  const settings = DRAFT_GRID.find((g) => g.withSentences) ?? DRAFT_GRID[0]!;
  const options = { ...DEFAULT_OPTIONS, epochs: settings.epochs, l2: settings.l2 };
  const heldSamples = held.map(draftSample);
  const lines = ['learning curve of the draft model (held-out mean ROC area over the categories)'];
  for (const share of [0.25, 0.5, 1]) {
    const part = dev.filter((d) => hashString(FNV_OFFSET, d.id) / 2 ** 32 < share);
    const extra = settings.withSentences ? sentences.map(sentenceSample) : [];
    const model = trainDraftLogistic([...part.map(draftSample), ...extra], options, 41);
    const p = heldSamples.map((s) =>
      predict(model, s.features, CATEGORIES.length, s.scale, s.sentences),
    );
    const areas = CATEGORIES.map((_, l) => {
      const known = heldSamples.flatMap((s, i) => (s.known[l] ? [i] : []));
      return rocArea(
        known.map((i) => p[i]![l]!),
        known.map((i) => heldSamples[i]!.labels[l] === 1),
      );
    });
    const mean = areas.reduce((a, b) => a + b, 0) / areas.length;
    lines.push(`  ${String(share * 100).padStart(3)}% (${part.length} drafts): ${fmt(mean)}`);
  }
  return lines;
}

/** A fixed subset: every item whose id hashes into the first `share` of the range. */
function subset(items: readonly LabelledText[], share: number): LabelledText[] {
  return items.filter((item) => {
    return hashString(FNV_OFFSET, item.id) / 2 ** 32 < share;
  });
}

export function learnedReport(options: { curve: boolean }): string {
  const { sentences, customers } = readLabelled(CORPUS_ROOT);
  const out: string[] = [];
  const corpus = loadCorpus(CORPUS_ROOT);
  const errors = [...sentences.errors, ...customers.errors];
  if (errors.length > 0) return `labelled data invalid: ${errors[0]} (${errors.length} problems)`;
  for (const lang of LANGS) {
    const part = (items: readonly LabelledText[], held: boolean) =>
      items.filter((i) => i.lang === lang && i.heldOut === held);
    const heldSentences = part(sentences.items, true);
    const heldCustomers = part(customers.items, true);
    out.push(
      `\n-- ${lang}: ${part(sentences.items, false).length} development / ${heldSentences.length} held-out sentences, ` +
        `${part(customers.items, false).length} / ${heldCustomers.length} customer messages --`,
    );
    const heldDrafts = corpus.entries.filter((d) => d.lang === lang && d.heldOut);
    out.push(
      table(
        `held-out drafts (${heldDrafts.length}), shipped draft model alone, without the phrase rules`,
        measureDrafts(SHIPPED[lang].draft, heldDrafts),
      ),
    );
    if (options.curve) {
      const devDrafts = corpus.entries.filter((d) => d.lang === lang && !d.heldOut);
      out.push(draftCurve(devDrafts, heldDrafts, part(sentences.items, false)).join('\n'));
    }
    if (heldSentences.length === 0) {
      out.push('(no held-out sentences yet)');
      continue;
    }
    out.push(
      table('held-out sentences, shipped model', measure(SHIPPED[lang].sentence, heldSentences)),
    );
    out.push(
      table(
        'held-out customer messages, shipped model',
        measure(SHIPPED[lang].customer, heldCustomers),
      ),
    );
    // The shipped customer model reports only what the calibration on whole drafts switched on
    // (often nothing): how well it tells each emotion is measured here, at probability 0.5 (no
    // threshold tuned on anything).
    const asTrained = trainLanguage(
      lang,
      part(sentences.items, false),
      part(customers.items, false),
    ).customer;
    out.push(
      table(
        'held-out customer messages, customer model as trained, at probability 0.5',
        measure(asTrained, heldCustomers, true),
      ),
    );
    if (!options.curve) continue;
    const curve: string[] = [
      'learning curve (held-out micro-F1 of all labels at probability 0.5: sentences, customer messages)',
    ];
    for (const share of [0.25, 0.5, 1]) {
      const devS = subset(part(sentences.items, false), share);
      const devC = subset(part(customers.items, false), share);
      const trained = trainLanguage(lang, devS, devC);
      curve.push(
        `  ${String(share * 100).padStart(3)}% (${devS.length} sentences, ${devC.length} messages): ` +
          `${fmt(microF1(measure(trained.sentence, heldSentences, true)))}  ${fmt(microF1(measure(trained.customer, heldCustomers, true)))}`,
      );
    }
    out.push(curve.join('\n'));
  }
  return out.join('\n\n');
}

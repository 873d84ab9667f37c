// Trains the draft model of one language (draft-model.ts says what it is): its settings by
// cross-validation on the development drafts, its two thresholds per category on the folds'
// predictions together with what the rules already report.
import { check } from '../index';
import { CATEGORIES, type Category, type Lang } from '../engine/types';
import { BUILTIN_RULES } from '../registry';
import { BUILTIN_EXAMPLES } from '../examples';
import type { LabelledText } from './data';
import {
  chooseThreshold,
  DRAFT_GRID,
  draftSample,
  meanRocArea,
  outOfFold,
  sentenceFolds,
  sentenceSample,
  writerFolds,
  type DraftSettings,
  type LabelledDraft,
  type Trainer,
} from './draft-model';
import { writtenExamples } from './draft-rule';
import { withWeights, type LangWeights } from './judgement';
import {
  DEFAULT_OPTIONS,
  predict,
  trainLogistic,
  type Sample,
  type Trained,
  type TrainOptions,
} from './logistic';
import { LearnedModel, scoreText, type PackedModel } from './model';
import { keepActive, pack, silentModel } from './pack';
import { OFF } from './thresholds';

/** The draft model: every feature seen in at least draftMinCount training texts (logistic.ts). */
export function trainDraftLogistic(
  samples: readonly Sample[],
  options: TrainOptions,
  seed: number,
): Trained {
  return trainLogistic(
    samples,
    CATEGORIES.length,
    { ...options, minCount: options.draftMinCount },
    seed,
  );
}

const DRAFT_TRAINER: Trainer = {
  train: (samples, options, seed) => trainDraftLogistic(samples, options, seed),
  predict: (model, sample) =>
    predict(model as Trained, sample.features, CATEGORIES.length, sample.scale, sample.sentences),
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
    scoreText(model, example.draft, example.customer ?? '').probabilities[l]!;
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
 * The draft model of one language: for each setting of the grid (draft-model.ts), the folds'
 * predictions (each writer in one fold) and a model trained on all development drafts, each
 * category's thresholds set on those predictions together with what the phrase rules (with
 * `weights` as trained so far) already report. The setting whose categories gain the most F1 on
 * the folds wins: a model that ranks drafts well but cannot keep the rule authors' examples true
 * in a category is of no use there.
 */
export function trainDraftModel(
  lang: Lang,
  drafts: readonly LabelledDraft[],
  sentences: readonly LabelledText[],
  weights: Record<Lang, LangWeights>,
  options: TrainOptions = DEFAULT_OPTIONS,
): { draft: PackedModel; report: string[] } {
  const samples = drafts.map(draftSample);
  const folds = writerFolds(drafts);
  const extra = sentences.map(sentenceSample);
  const extraFolds = sentenceFolds(drafts, sentences);
  // What the rules report without the draft model, on every development draft.
  const silent = { ...weights, [lang]: { ...weights[lang], draft: silentModel(CATEGORIES) } };
  const yielding = new Set(BUILTIN_RULES.filter((r) => r.yieldsToJudgement).map((r) => r.id));
  const findings = withWeights(silent, () =>
    drafts.map((d) => check({ draft: d.draft, customer: d.customer, lang }).findings),
  );
  const reported = CATEGORIES.map((category) =>
    findings.map((found) => {
      const inCategory = found.filter((f) => f.category === category);
      const firm = inCategory.some((f) => !yielding.has(f.ruleId));
      return { firm, yielding: !firm && inCategory.length > 0 };
    }),
  );
  const named = (settings: DraftSettings) =>
    `epochs ${settings.epochs}, l2 ${settings.l2}${settings.withSentences ? ', with sentences' : ''}`;
  const report: string[] = [];
  let best:
    { gain: number; packed: PackedModel; lines: string[]; settings: DraftSettings } | undefined;
  for (const settings of DRAFT_GRID) {
    const predicted = outOfFold(
      samples,
      folds,
      extra,
      extraFolds,
      settings,
      options,
      DRAFT_TRAINER,
    );
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
      Infinity,
      0,
    );
    packed.sentences = true;
    const raw = new LearnedModel({ ...packed, thresholds: packed.thresholds.map(() => 0) });
    const lines: string[] = [];
    let gain = 0;
    const fine: number[] = [];
    packed.thresholds = CATEGORIES.map((category, l) => {
      const choice = chooseThreshold(
        drafts,
        reported[l]!,
        predicted.map((p) => p[l]!),
        category,
        process.env.NO_BOUNDS
          ? { above: 0, atMost: OFF, fineBelow: 1 }
          : draftExampleBounds(lang, raw, category),
        OFF,
      );
      gain += choice.after - choice.before;
      fine.push(choice.fine);
      lines.push(
        `${category}: ${choice.threshold > 1 ? 'reports nothing' : `reports from ${choice.threshold}`}, ` +
          `${choice.fine > 0 ? `vouches below ${choice.fine}` : 'never vouches'}; development-fold F1 ` +
          `${choice.before.toFixed(2)} -> ${choice.after.toFixed(2)}`,
      );
      return choice.threshold;
    });
    packed.fine = fine;
    report.push(
      `${named(settings)}: mean ROC area ${meanRocArea(samples, predicted).toFixed(3)}, ` +
        `F1 gained over the categories ${gain.toFixed(2)}`,
    );
    if (!best || gain > best.gain + 1e-9) best = { gain, packed, lines, settings };
  }
  report.unshift(`chosen: ${named(best!.settings)}`);
  report.push(...best!.lines);
  return { draft: keepActive(best!.packed), report };
}

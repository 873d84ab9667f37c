// Sets the sentence model's and the customer model's thresholds on whole drafts: the
// development drafts (their labels say per category whether the draft must be flagged) are
// checked by the rules, and each "does" label is given the threshold that removes the most
// false alarms of the rule it silences while keeping its right findings; a label that cannot do
// that stays off. Sentence-level thresholds alone do not know that a draft has many sentences,
// each one a chance to be wrong. Only development drafts are read here.
import { check } from '../index';
import { OPENING_SENTENCES, openingEnd } from '../engine/doc-helpers';
import { tokenize } from '../engine/tokenizer';
import type { Category, Lang } from '../engine/types';
import { docWords, sentenceWords } from './features';
import { withWeights, type LangWeights } from './judgement';
import { LearnedModel } from './model';
import { OFF } from './thresholds';
import type { LabelledDraft } from './draft-model';
import { BUILTIN_EXAMPLES } from '../examples';

/** A development draft as calibration reads it (draft-model.ts LabelledDraft). */
type DevDraft = Pick<LabelledDraft, 'draft' | 'customer' | 'flag' | 'clean' | 'good'>;

/** Which rule a "does" label silences when a sentence does it, and where it must stand. */
const SILENCES: Record<string, { rule: string; category: Category; opening: boolean }> = {
  acknowledges: { rule: 'unacknowledged-emotion', category: 'empathy', opening: true },
  commits: { rule: 'missing-next-step', category: 'next-steps', opening: false },
  invites: { rule: 'missing-invitation', category: 'co-production', opening: false },
};

interface Observed {
  draft: DevDraft;
  /** Rule ids that fired per category with every learned sentence label off. */
  fired: Map<Category, Set<string>>;
  /** Per label, the highest probability of any sentence (any / opening sentences). */
  maxAny: Float64Array;
  maxOpening: Float64Array;
}

function observe(
  lang: Lang,
  weights: Record<Lang, LangWeights>,
  drafts: readonly DevDraft[],
): Observed[] {
  const packed = weights[lang].sentence;
  const off = { ...packed, thresholds: packed.thresholds.map(() => OFF) };
  const raw = new LearnedModel({ ...packed, thresholds: packed.thresholds.map(() => 0) });
  const width = packed.labels.length;
  return withWeights({ ...weights, [lang]: { ...weights[lang], sentence: off } }, () =>
    drafts.map((draft) => {
      const fired = new Map<Category, Set<string>>();
      for (const f of check({ draft: draft.draft, customer: draft.customer, lang }).findings) {
        const ids = fired.get(f.category) ?? new Set<string>();
        ids.add(f.ruleId);
        fired.set(f.category, ids);
      }
      const doc = tokenize(draft.draft);
      const maxAny = new Float64Array(width);
      const maxOpening = new Float64Array(width);
      const opening = openingEnd(doc, OPENING_SENTENCES);
      for (const { sentence, words } of sentenceWords(doc)) {
        const { probabilities } = raw.score(words);
        for (let l = 0; l < width; l++) {
          maxAny[l] = Math.max(maxAny[l]!, probabilities[l]!);
          if (sentence < opening) maxOpening[l] = Math.max(maxOpening[l]!, probabilities[l]!);
        }
      }
      return { draft, fired, maxAny, maxOpening };
    }),
  );
}

/**
 * The thresholds a "does" label may take without breaking the rule authors' own examples
 * (rules/builtin/*.ts, development data too): it must not silence the rule it feeds on that
 * rule's invalid examples. Returns the open range (above, below].
 */
function exampleBounds(
  lang: Lang,
  model: LearnedModel,
  l: number,
  label: string,
): { above: number; atMost: number } {
  const { rule, opening } = SILENCES[label]!;
  let above = 0;
  for (const example of BUILTIN_EXAMPLES[rule]?.[lang]?.invalid ?? []) {
    const doc = tokenize(example.draft);
    const end = opening ? openingEnd(doc, OPENING_SENTENCES) : Infinity;
    for (const { sentence, words } of sentenceWords(doc)) {
      if (sentence < end) above = Math.max(above, model.score(words).probabilities[l]!);
    }
  }
  return { above, atMost: OFF };
}

/** Examples stay true with room to spare: a draft close to an example is judged alike. */
const EXAMPLE_MARGIN = 0.02;

// From 0.5: below it the model itself thinks the label more likely absent than present.
const CANDIDATES = Array.from({ length: 50 }, (_, i) => Math.round((0.5 + i * 0.01) * 100) / 100);

/** The threshold for a "does" label: false alarms of its rule it removes, right ones it keeps. */
function supportThreshold(
  observed: readonly Observed[],
  label: string,
  l: number,
  bounds: { above: number; atMost: number },
): number {
  const { rule, category, opening } = SILENCES[label]!;
  let best = { t: OFF, gain: 0 };
  for (const t of CANDIDATES) {
    if (t <= bounds.above + EXAMPLE_MARGIN || t > bounds.atMost - EXAMPLE_MARGIN) continue;
    let removedFp = 0;
    let lostTp = 0;
    for (const o of observed) {
      const ids = o.fired.get(category);
      if (!ids?.has(rule) || ids.size > 1) continue; // only this rule flags the category
      if ((opening ? o.maxOpening : o.maxAny)[l]! < t) continue;
      if (o.draft.clean.includes(category)) removedFp++;
      else if (o.draft.flag.includes(category)) lostTp++;
    }
    const gain = removedFp - 2 * lostTp;
    if (gain > best.gain) best = { t, gain };
  }
  return best.t;
}

function empathyRules(lang: Lang, weights: Record<Lang, LangWeights>, drafts: readonly DevDraft[]) {
  return withWeights(weights, () =>
    drafts.map(
      (d) =>
        new Set(
          check({ draft: d.draft, customer: d.customer, lang })
            .findings.filter((f) => f.category === 'empathy')
            .map((f) => f.ruleId),
        ),
    ),
  );
}

/**
 * The customer model's "emotional" and the sentence model's "acknowledges" work together in
 * the empathy check (unacknowledged-emotion): an emotion noticed without an acknowledgement
 * noticed is a finding. Their two thresholds are set together on the drafts, for the most right
 * empathy findings (a wrong one weighing twice) without more alarms on good replies than the
 * phrase lists alone give, plus 1 in 100.
 */
function calibrateEmpathy(
  lang: Lang,
  weights: Record<Lang, LangWeights>,
  drafts: readonly DevDraft[],
  observed: readonly Observed[],
): { emotional: number; acknowledges: number } {
  const customer = weights[lang].customer;
  const sentence = weights[lang].sentence;
  const e = customer.labels.indexOf('emotional');
  const a = sentence.labels.indexOf('acknowledges');
  const quiet = { ...sentence, thresholds: sentence.thresholds.map(() => OFF) };
  const withEmotion = (t: number) => ({
    ...weights,
    [lang]: {
      ...weights[lang],
      sentence: quiet,
      customer: { ...customer, thresholds: customer.thresholds.map((x, i) => (i === e ? t : x)) },
    },
  });
  const off = empathyRules(lang, withEmotion(OFF), drafts);
  const on = empathyRules(lang, withEmotion(0), drafts);
  const raw = new LearnedModel({ ...customer, thresholds: customer.thresholds.map(() => 0) });
  const p = drafts.map((d) => raw.score(docWords(tokenize(d.customer))).probabilities[e]!);
  const goods = drafts.filter((d) => d.good).length;
  const judge = (te: number, ta: number) => {
    let tp = 0;
    let fp = 0;
    let good = 0;
    drafts.forEach((d, i) => {
      const ids = new Set(p[i]! >= te ? on[i] : off[i]);
      if (observed[i]!.maxOpening[a]! >= ta) ids.delete('unacknowledged-emotion');
      if (ids.size === 0) return;
      if (d.flag.includes('empathy')) tp++;
      else if (d.clean.includes('empathy')) fp++;
      if (d.good) good++;
    });
    return { tp, fp, good };
  };
  const base = judge(OFF, OFF);
  let best = { emotional: OFF, acknowledges: OFF, utility: base.tp - 2 * base.fp };
  const sentenceModel = new LearnedModel({
    ...sentence,
    thresholds: sentence.thresholds.map(() => 0),
  });
  const ackBounds = exampleBounds(lang, sentenceModel, a, 'acknowledges');
  for (const te of [...CANDIDATES, OFF]) {
    for (const ta of [...CANDIDATES, OFF]) {
      if (
        ta !== OFF &&
        (ta <= ackBounds.above + EXAMPLE_MARGIN || ta > ackBounds.atMost - EXAMPLE_MARGIN)
      ) {
        continue;
      }
      const { tp, fp, good } = judge(te, ta);
      if (good > base.good + goods * 0.01) continue;
      const utility = tp - 2 * fp;
      if (utility > best.utility) best = { emotional: te, acknowledges: ta, utility };
    }
  }
  return { emotional: best.emotional, acknowledges: best.acknowledges };
}

/**
 * Thresholds for `lang` from the development drafts: the sentence model's (per label) and the
 * customer model's "emotional".
 */
export function calibrateOnDrafts(
  lang: Lang,
  weights: Record<Lang, LangWeights>,
  drafts: readonly DevDraft[],
): { sentence: number[]; emotional: number } {
  // The customer model ships with only "emotional" on, at the threshold set here; the other
  // labels are judged with it as it will ship.
  const customer = weights[lang].customer;
  const onlyEmotion = (t: number) => ({
    ...weights,
    [lang]: {
      ...weights[lang],
      customer: {
        ...customer,
        thresholds: customer.labels.map((label) => (label === 'emotional' ? t : OFF)),
      },
    },
  });
  const first = observe(lang, onlyEmotion(OFF), drafts);
  const empathy = calibrateEmpathy(lang, onlyEmotion(OFF), drafts, first);
  const observed = observe(lang, onlyEmotion(empathy.emotional), drafts);
  const packed = weights[lang].sentence;
  const raw = new LearnedModel({ ...packed, thresholds: packed.thresholds.map(() => 0) });
  const sentence = packed.labels.map((label, l) =>
    label === 'acknowledges'
      ? empathy.acknowledges
      : label in SILENCES
        ? supportThreshold(observed, label, l, exampleBounds(lang, raw, l, label))
        : OFF,
  );
  return { sentence, emotional: empathy.emotional };
}

// The learned judgement's machinery: features that carry inflection, a shipped model that scores
// as the trained one did, training that gives the same weights twice, a label that stays off
// when its data cannot make it reliable, and how the draft model's findings meet the rules'.
import { describe, expect, it } from 'vitest';
import { check, CATEGORIES, type Category } from '../../../../rules/index';
import { tokenize } from '../../../../rules/engine/tokenizer';
import { type LabelledText } from '../../../../rules/learned/data';
import {
  draftSample,
  sentenceFolds,
  writerFolds,
  type LabelledDraft,
} from '../../../../rules/learned/draft-model';
import { featureSet, featureWords } from '../../../../rules/learned/features';
import { judgeDraft, withWeights, type LangWeights } from '../../../../rules/learned/judgement';
import { LearnedModel, scoreText, type PackedModel } from '../../../../rules/learned/model';
import { DEFAULT_OPTIONS, predict, trainLogistic } from '../../../../rules/learned/logistic';
import { pack, silentModel } from '../../../../rules/learned/pack';
import { trainLanguage } from '../../../../rules/learned/train';
import { trainDraftModel } from '../../../../rules/learned/train-draft';
import { OFF } from '../../../../rules/learned/thresholds';
import deWeights from '../../../../rules/learned/weights/de.json' with { type: 'json' };
import enWeights from '../../../../rules/learned/weights/en.json' with { type: 'json' };

const SHIPPED: Record<'de' | 'en', LangWeights> = { de: deWeights, en: enWeights };

const item = (id: number, text: string, labels: string[]): LabelledText => ({
  id: `en-x-w1-s${id}`,
  lang: 'en',
  setting: 'retail',
  writer: 'w1',
  heldOut: false,
  text,
  labels,
});

const BLAME = [
  'That is one for your bank, I am afraid.',
  'You will have to take that up with your landlord.',
  'Please contact the courier about this.',
  'Your bank is the right place for that question.',
  'That is a matter for your landlord, not for us.',
  'The courier is responsible, please ask them.',
];
const FINE = [
  'I have refunded the money to your card today.',
  'Your new router arrives on Friday.',
  'I will call you tomorrow before noon.',
  'Thank you for the photos of the damage.',
  'The engineer is booked for Tuesday morning.',
  'I have changed your address in our system.',
];
const data = [
  ...BLAME.map((text, i) => item(i, text, ['ownership'])),
  ...FINE.map((text, i) => item(100 + i, text, [])),
];

describe('features', () => {
  it('share character n-grams between inflected forms, so paraphrases meet', () => {
    const a = featureSet('zuständig');
    const b = featureSet('Zuständigkeit');
    const shared = [...a].filter((f) => b.includes(f));
    expect(shared.length).toBeGreaterThan(a.length / 2);
    expect(featureSet('Zuständig')).toEqual(a);
  });

  it('read words with their places in the text', () => {
    const words = featureWords('Hallo Frau Berg, 3 Tage.');
    expect(words.map((w) => w.norm)).toEqual(['hallo', 'frau', 'berg', '0', 'tage']);
    expect(words[2]).toMatchObject({ start: 11, end: 15 });
  });
});

describe('training', () => {
  it('gives the same weights twice in a row', () => {
    const once = JSON.stringify(trainLanguage('en', data, []));
    const twice = JSON.stringify(trainLanguage('en', data, []));
    expect(twice).toBe(once);
  });

  it('keeps a label the data does not support switched off, and an off label costs nothing', () => {
    const weights = trainLanguage('en', data, []);
    // Sentence thresholds wait for calibration on drafts; the customer model had no data.
    expect(weights.sentence.thresholds.every((t) => t === OFF)).toBe(true);
    expect(weights.customer.thresholds.every((t) => t === OFF)).toBe(true);
    const model = new LearnedModel(weights.sentence);
    expect(model.labels).toEqual([]);
    expect(model.score(featureWords('That is one for your bank.')).probabilities).toHaveLength(0);
  });
});

const draft = (
  id: number,
  text: string,
  customer: string,
  flag: Category[],
  good = false,
): LabelledDraft => ({
  id: `en-x-w1-d${id}`,
  lang: 'en',
  draft: text,
  customer,
  flag,
  clean: CATEGORIES.filter((c) => !flag.includes(c)),
  good,
});

const CALM = 'My parcel has not arrived yet, can you check?';
const UPSET = 'This is the third time I write. I am furious, my parcel is lost.';
const DRAFTS = [
  ...BLAME.map((text, i) =>
    draft(i, `Hello Ms Roe,\n\n${text}\n\nBest,\nAnn`, CALM, ['ownership']),
  ),
  ...FINE.map((text, i) =>
    draft(100 + i, `Hello Ms Roe,\n\n${text}\n\nBest,\nAnn`, CALM, [], true),
  ),
];

const scoreOf = (model: LearnedModel, label: string, text: string, customer = '') =>
  scoreText(model, text, customer).probabilities[model.labels.indexOf(label)]!;

describe('the draft model', () => {
  it('ships a model that scores like the trained one, within int8 rounding', () => {
    const samples = DRAFTS.map(draftSample);
    const width = CATEGORIES.length;
    const trained = trainLogistic(samples, width, { ...DEFAULT_OPTIONS, minCount: 1 }, 5);
    const shipped = new LearnedModel(
      pack(
        trained,
        CATEGORIES,
        CATEGORIES.map(() => 0.5),
        100_000,
        0,
      ),
    );
    for (const d of [DRAFTS[0]!, DRAFTS[7]!]) {
      const sample = draftSample(d);
      const expected = predict(trained, sample.features, width, sample.scale)[2]!;
      expect(scoreOf(shipped, 'ownership', d.draft, d.customer)).toBeCloseTo(expected, 1);
    }
    // It learnt something: a new deflection scores above a new plain fact.
    expect(
      scoreOf(shipped, 'ownership', 'Please take that up with your bank.', CALM),
    ).toBeGreaterThan(
      scoreOf(shipped, 'ownership', 'I have booked the engineer for Monday.', CALM),
    );
  });

  it('reads each sentence as well: one blaming sentence is not drowned by a long kind reply', () => {
    const samples = DRAFTS.map(draftSample);
    const width = CATEGORIES.length;
    const trained = trainLogistic(samples, width, { ...DEFAULT_OPTIONS, minCount: 1 }, 5);
    const packed = pack(
      trained,
      CATEGORIES,
      CATEGORIES.map(() => 0.5),
      100_000,
      0,
    );
    const pooled = new LearnedModel({ ...packed, sentences: true });
    const bagOnly = new LearnedModel(packed);
    const kind = FINE.join(' ');
    const long = `Hello Ms Roe,\n\n${kind} That one is for your bank to sort out. ${kind}\n\nBest,\nAnn`;
    // The shipped model scores as trained, sentences included (int8 rounding aside)...
    const sample = draftSample(draft(900, long, CALM, ['ownership']));
    const expected = predict(trained, sample.features, width, sample.scale, sample.sentences)[2]!;
    expect(scoreOf(pooled, 'ownership', long, CALM)).toBeCloseTo(expected, 1);
    // ...and the sentence part is what keeps the blame visible in a long reply.
    expect(scoreOf(pooled, 'ownership', long, CALM)).toBeGreaterThan(
      scoreOf(bagOnly, 'ownership', long, CALM),
    );
  });

  it("reads the customer's words apart from the reply's", () => {
    // The same reply is an empathy problem to an upset customer only.
    const reply = 'Hello Ms Roe,\n\nYour parcel is with the courier.\n\nBest,\nAnn';
    const samples = [0, 1, 2, 3, 4, 5].flatMap((i) => [
      draftSample(draft(200 + i, reply, UPSET.replace('third', `${i + 3}th`), ['empathy'])),
      draftSample(draft(300 + i, reply, CALM.replace('parcel', `parcel ${i}`), [], true)),
    ]);
    const trained = trainLogistic(
      samples,
      CATEGORIES.length,
      { ...DEFAULT_OPTIONS, minCount: 1 },
      5,
    );
    const model = new LearnedModel(
      pack(
        trained,
        CATEGORIES,
        CATEGORIES.map(() => 0.5),
        100_000,
        0,
      ),
    );
    expect(scoreOf(model, 'empathy', reply, UPSET)).toBeGreaterThan(0.5);
    expect(scoreOf(model, 'empathy', reply, CALM)).toBeLessThan(0.5);
    // The customer's words in the reply are not the customer's message.
    expect(scoreOf(model, 'empathy', `${reply} ${UPSET}`, CALM)).toBeLessThan(0.5);
  });

  it('gives the same weights twice in a row', () => {
    const once = JSON.stringify(trainDraftModel('en', DRAFTS, data, SHIPPED));
    const twice = JSON.stringify(trainDraftModel('en', DRAFTS, data, SHIPPED));
    expect(twice).toBe(once);
  });
});

/** A draft model that says `p` for every draft, whatever it reads. */
function constant(category: Category, p: number, fine = 0): Record<'de' | 'en', LangWeights> {
  const model: PackedModel = {
    ...silentModel([category]),
    thresholds: [0.5],
    fine: [fine],
    bias: [Math.log(p / (1 - p))],
  };
  return { ...SHIPPED, en: { ...SHIPPED.en, draft: model } };
}

describe('the draft model among the rules', () => {
  const ruleIds = (text: string, customer = CALM) =>
    check({ draft: text, customer, lang: 'en' }).findings.map((f) => f.ruleId);

  it('marks the sentence that weighed most and says why', () => {
    const samples = DRAFTS.map(draftSample);
    const trained = trainLogistic(
      samples,
      CATEGORIES.length,
      { ...DEFAULT_OPTIONS, minCount: 1 },
      5,
    );
    const packed = {
      ...pack(
        trained,
        CATEGORIES,
        CATEGORIES.map((c) => (c === 'ownership' ? 0.5 : OFF)),
        100_000,
        0,
      ),
      // As train-draft.ts ships it: the model reads each sentence as well.
      sentences: true,
    };
    const text =
      'Hello Ms Roe,\n\nThanks for writing. That one is for your bank to sort out.\n\nBest,\nAnn';
    withWeights({ ...SHIPPED, en: { ...SHIPPED.en, draft: packed } }, () => {
      const judged = judgeDraft(tokenize(text), CALM, 'en');
      expect(judged.has('ownership')).toBe(true);
      const where = judged.where('ownership')!;
      expect(text.slice(where.start, where.end)).toBe('That one is for your bank to sort out.');
      expect(where.quote?.from).toBe('draft');
      const finding = check({ draft: text, customer: CALM, lang: 'en' }).findings.find(
        (f) => f.ruleId === 'learned-ownership',
      );
      expect(finding?.message).toMatch(/Mostly because of “[^”]*(bank|sort)[^”]*”/);
    });
  });

  it('stays out of a category a phrase rule already reports in the draft', () => {
    withWeights(constant('ownership', 0.99), () => {
      expect(ruleIds('Hello Ms Roe,\n\nI have refunded the fee today.\n\nBest,\nAnn')).toContain(
        'learned-ownership',
      );
      const deflecting = ruleIds(
        'Hello Ms Roe,\n\nThat is not our department. I have refunded the fee today.\n\nBest,\nAnn',
      );
      expect(deflecting).toContain('deflection');
      expect(deflecting).not.toContain('learned-ownership');
    });
  });

  it('lets the rules that guess from what a reply lacks stand down where it is sure', () => {
    const open = 'Hello Ms Roe,\n\nWe are looking into your parcel.\n\nBest,\nAnn';
    withWeights(constant('next-steps', 0.01, 0), () =>
      expect(ruleIds(open)).toContain('missing-next-step'),
    );
    withWeights(constant('next-steps', 0.01, 0.05), () =>
      expect(ruleIds(open)).not.toContain('missing-next-step'),
    );
    // A rule that marks words does not yield: vague-time stays.
    withWeights(constant('next-steps', 0.01, 0.05), () =>
      expect(ruleIds('Hello Ms Roe,\n\nWe will be in touch soon.\n\nBest,\nAnn')).toContain(
        'vague-time',
      ),
    );
  });

  it("says nothing about empathy without the customer's message", () => {
    withWeights(constant('empathy', 0.99), () => {
      const text = 'Hello Ms Roe,\n\nYour parcel is with the courier.\n\nBest,\nAnn';
      expect(ruleIds(text, CALM)).toContain('learned-empathy');
      expect(ruleIds(text, '')).not.toContain('learned-empathy');
    });
  });
});

describe('cross-validation by writer', () => {
  it("keeps each writer's drafts, and their sentences, in one fold, as the held-out part is split", () => {
    const drafts = ['w1', 'w2', 'w1', 'w3', 'w2', 'w1'].map((writer) => ({ writer }));
    const folds = writerFolds(drafts);
    expect(folds).toEqual([0, 1, 0, 2, 1, 0]);
    // A sentence by w2 is left out while w2's drafts are scored; one by an unknown writer never.
    expect(sentenceFolds(drafts, [{ writer: 'w2' }, { writer: 'w9' }])).toEqual([1, -1]);
    // With one writer only there is nothing to hold apart: by position.
    expect(writerFolds([{ writer: 'w1' }, { writer: 'w1' }, {}])).toEqual([0, 1, 2]);
  });
});

// The learned judgement's machinery: features that carry inflection, a shipped model that scores
// as the trained one did, training that gives the same weights twice, and a label that stays off
// when its data cannot make it reliable.
import { describe, expect, it } from 'vitest';
import { SENTENCE_LABELS, type LabelledText } from '../../../rules/learned/data';
import { featureSet, featureWords } from '../../../rules/learned/features';
import { LearnedModel } from '../../../rules/learned/model';
import {
  DEFAULT_OPTIONS,
  pack,
  predict,
  trainLanguage,
  trainLogistic,
} from '../../../rules/learned/train';
import { OFF } from '../../../rules/learned/thresholds';

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

  it('ships a model that scores like the trained one, within int8 rounding', () => {
    const width = SENTENCE_LABELS.length;
    const samples = data.map((d) => ({
      features: featureSet(d.text),
      labels: Uint8Array.from(SENTENCE_LABELS, (l) => (d.labels.includes(l) ? 1 : 0)),
    }));
    const trained = trainLogistic(samples, width, { ...DEFAULT_OPTIONS, minCount: 1 }, 5);
    const packed = pack(
      trained,
      SENTENCE_LABELS,
      SENTENCE_LABELS.map(() => 0.5),
      100_000,
    );
    const shipped = new LearnedModel(packed);
    const o = SENTENCE_LABELS.indexOf('ownership');
    for (const text of ['That is one for your landlord.', 'Your refund went out today.']) {
      const expected = predict(trained, featureSet(text), width)[o]!;
      const { probabilities } = shipped.score(featureWords(text));
      expect(probabilities[shipped.labels.indexOf('ownership')]).toBeCloseTo(expected, 1);
    }
    // It learnt something: a new deflection scores above a new plain fact.
    const score = (text: string) =>
      shipped.score(featureWords(text)).probabilities[shipped.labels.indexOf('ownership')]!;
    expect(score('Please take that up with your bank.')).toBeGreaterThan(
      score('I have booked the engineer for Monday.'),
    );
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

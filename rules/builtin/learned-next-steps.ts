// The learned judgement for next-steps: sentences the model trained on the labelled corpus
// (rules/learned/) finds break this category's guideline, where no phrase rule already marked
// words. The model is data (rules/learned/weights/), written by `npm run train`.
import type { RuleExamples } from '../engine/rule-types';
import { learnedExamples, learnedSentenceRule } from '../learned/sentence-rule';

const rule = learnedSentenceRule({
  id: 'learned-next-steps',
  category: 'next-steps',
  messages: {
    en: 'This sentence promises something without saying who does it and by when. Name the step, who takes it and a day or time you can keep.',
    de: 'Dieser Satz verspricht etwas, ohne zu sagen, wer es bis wann tut. Nennen Sie den Schritt, wer ihn übernimmt, und einen Tag oder eine Uhrzeit, die Sie halten können.',
  },
  rationale: {
    en: 'Measurable self-commitments (“we answer the same day”) make service reliable: the customer can plan, and nobody has to chase.',
    de: 'Messbare Selbstverpflichtungen („wir antworten am selben Tag“) machen Service verlässlich: Die Kundin kann planen, und niemand muss nachhaken.',
  },
});

export default rule;

/**
 * Sentences the model must flag (invalid) and leave alone (valid), in the languages it runs in;
 * tests run them all.
 */
export const examples: RuleExamples = learnedExamples('next-steps', {
  en: {
    valid: [
      { draft: 'I will call you tomorrow, Wednesday, before 12:00.' },
      { draft: 'Thank you for your patience.' },
    ],
    invalid: [
      { draft: 'We shall revert at the earliest opportunity.' },
      { draft: 'Your request is being processed and will be dealt with in due course.' },
    ],
  },
  de: {
    valid: [
      { draft: 'Ich rufe Sie morgen, Mittwoch, bis 12 Uhr an.' },
      { draft: 'Vielen Dank für Ihre Nachricht.' },
    ],
    invalid: [
      { draft: 'Ihr Anliegen wird bearbeitet, wir kommen dann auf Sie zu.' },
      { draft: 'Wir melden uns, sobald uns neue Erkenntnisse vorliegen.' },
    ],
  },
});

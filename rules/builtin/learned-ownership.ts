// The learned judgement for ownership: sentences the model trained on the labelled corpus
// (rules/learned/) finds break this category's guideline, where no phrase rule already marked
// words. The model is data (rules/learned/weights/), written by `npm run train`.
import type { RuleExamples } from '../engine/rule-types';
import { learnedExamples, learnedSentenceRule } from '../learned/sentence-rule';

const rule = learnedSentenceRule({
  id: 'learned-ownership',
  category: 'ownership',
  messages: {
    en: 'This sentence may read as passing the problem on, putting it on the customer or hiding who acted. Say what you will do about it.',
    de: 'Dieser Satz kann so wirken, als werde das Problem weitergereicht, der Kundin angelastet oder verschwiegen, wer gehandelt hat. Sagen Sie, was Sie selbst tun.',
  },
  rationale: {
    en: 'Taking responsibility, and being backed up in it, is part of good interaction work: the customer needs someone who owns the case.',
    de: 'Verantwortung übernehmen, und darin gestützt werden, gehört zu guter Interaktionsarbeit: Die Kundin braucht jemanden, der sich des Falls annimmt.',
  },
});

export default rule;

/**
 * Sentences the model must flag (invalid) and leave alone (valid), in the languages it runs in;
 * tests run them all.
 */
export const examples: RuleExamples = learnedExamples('ownership', {
  en: {
    valid: [
      {
        draft:
          'I have asked our billing team to correct the invoice and will check it myself on Friday.',
      },
      { draft: 'The parcel was handed to you on Monday at 10:14.' },
    ],
    invalid: [
      { draft: "That's really one for your bank, I'm afraid." },
      {
        draft:
          'As per clause 7.3 of our terms, you should have reported the damage within 48 hours.',
      },
    ],
  },
  de: {
    valid: [
      {
        draft:
          'Ich habe unsere Buchhaltung gebeten, die Rechnung zu korrigieren, und prüfe es am Freitag selbst.',
      },
      { draft: 'Das Paket wurde Ihnen am Montag um 10:14 Uhr übergeben.' },
    ],
    invalid: [
      { draft: 'Da müssten Sie sich bitte an Ihren Vermieter wenden.' },
      {
        draft:
          'Gemäß Ziffer 7.3 unserer AGB hätten Sie den Schaden innerhalb von 48 Stunden melden müssen.',
      },
    ],
  },
});

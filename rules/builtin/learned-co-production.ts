// The learned judgement for co-production: sentences the model trained on the labelled corpus
// (rules/learned/) finds break this category's guideline, where no phrase rule already marked
// words. The model is data (rules/learned/weights/), written by `npm run train`.
import type { RuleExamples } from '../engine/rule-types';
import { learnedExamples, learnedSentenceRule } from '../learned/sentence-rule';

const rule = learnedSentenceRule({
  id: 'learned-co-production',
  category: 'co-production',
  messages: {
    en: 'After this sentence the customer may not know what to do: it sends them elsewhere, or asks for something without saying what and how. Say exactly what to send or do, and how.',
    de: 'Nach diesem Satz weiß die Kundin vielleicht nicht, was sie tun soll: Er schickt sie woandershin oder bittet um etwas, ohne zu sagen, was und wie. Sagen Sie genau, was sie schicken oder tun soll, und auf welchem Weg.',
  },
  rationale: {
    en: 'Service is co-produced with the customer: they can only do their part when they know what it is and how.',
    de: 'Dienstleistung entsteht gemeinsam mit der Kundin: Sie kann ihren Teil nur leisten, wenn sie weiß, was er ist und wie.',
  },
});

export default rule;

/**
 * Sentences the model must flag (invalid) and leave alone (valid), in the languages it runs in;
 * tests run them all.
 */
export const examples: RuleExamples = learnedExamples('co-production', {
  en: {
    valid: [
      { draft: 'Could you reply to this email with a photo of the meter display?' },
      { draft: 'Your refund was sent today.' },
    ],
    invalid: [
      { draft: 'All of this is explained in our help centre.' },
      { draft: 'Please send us the relevant documents.' },
    ],
  },
  de: {
    valid: [
      {
        draft:
          'Könnten Sie mir einfach auf diese E-Mail mit einem Foto des Zählerstands antworten?',
      },
      { draft: 'Ihre Erstattung ist heute rausgegangen.' },
    ],
    invalid: [
      { draft: 'Alles Weitere entnehmen Sie bitte unseren FAQ.' },
      { draft: 'Bitte reichen Sie die erforderlichen Unterlagen ein.' },
    ],
  },
});

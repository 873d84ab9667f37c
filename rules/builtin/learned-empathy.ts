// The learned judgement for empathy: sentences the model trained on the labelled corpus
// (rules/learned/) finds break this category's guideline, where no phrase rule already marked
// words. The model is data (rules/learned/weights/), written by `npm run train`.
import type { RuleExamples } from '../engine/rule-types';
import { learnedExamples, learnedSentenceRule } from '../learned/sentence-rule';

const rule = learnedSentenceRule({
  id: 'learned-empathy',
  category: 'empathy',
  messages: {
    en: 'This sentence may sound like a formula, or brush aside what the customer feels. Say in your own words what happened to them.',
    de: 'Dieser Satz kann wie eine Floskel wirken oder über das hinweggehen, was die Kundin empfindet. Sagen Sie mit eigenen Worten, was ihr passiert ist.',
  },
  rationale: {
    en: "Handling the customer's emotions professionally is part of interaction work: a formula shows that nobody really read the message.",
    de: 'Der professionelle Umgang mit den Gefühlen der Kundschaft gehört zur Interaktionsarbeit: Eine Floskel zeigt, dass niemand die Nachricht wirklich gelesen hat.',
  },
});

export default rule;

/**
 * Sentences the model must flag (invalid) and leave alone (valid), in the languages it runs in;
 * tests run them all.
 */
export const examples: RuleExamples = learnedExamples('empathy', {
  en: {
    valid: [
      {
        draft:
          'Three weeks without a working phone line is a long time, especially when you rely on it for work.',
      },
      { draft: 'Your new card is on its way.' },
    ],
    invalid: [
      { draft: 'We apologise for any inconvenience this may have caused.' },
      { draft: 'Sorry if you feel upset about this.' },
    ],
  },
  de: {
    valid: [
      { draft: 'Drei Wochen ohne Telefon sind lang, gerade wenn Sie es beruflich brauchen.' },
      { draft: 'Ihre neue Karte ist unterwegs.' },
    ],
    invalid: [
      { draft: 'Wir bitten die entstandenen Unannehmlichkeiten zu entschuldigen.' },
      { draft: 'Es tut uns leid, falls Sie sich darüber geärgert haben.' },
    ],
  },
});

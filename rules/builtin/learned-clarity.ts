// The learned judgement for clarity: sentences the model trained on the labelled corpus
// (rules/learned/) finds break this category's guideline, where no phrase rule already marked
// words. The model is data (rules/learned/weights/), written by `npm run train`.
import type { RuleExamples } from '../engine/rule-types';
import { learnedExamples, learnedSentenceRule } from '../learned/sentence-rule';

const rule = learnedSentenceRule({
  id: 'learned-clarity',
  category: 'clarity',
  messages: {
    en: 'This sentence may be hard to follow: official wording, jargon or too much at once. Say it in everyday words, one thing at a time.',
    de: 'Dieser Satz ist vielleicht schwer zu verstehen: Amtsdeutsch, Fachbegriffe oder zu viel auf einmal. Sagen Sie es mit Alltagswörtern, eins nach dem anderen.',
  },
  rationale: {
    en: 'Plain language saves the customer a second message and the agent a second answer.',
    de: 'Verständliche Sprache erspart der Kundin eine Rückfrage und Ihnen eine zweite Antwort.',
  },
});

export default rule;

/**
 * Sentences the model must flag (invalid) and leave alone (valid), in the languages it runs in;
 * tests run them all.
 */
export const examples: RuleExamples = learnedExamples('clarity', {
  en: {
    valid: [
      { draft: 'We will refund the £40 once we have checked the receipt.' },
      { draft: 'Your router restarted at 9:05 and is working again.' },
    ],
    invalid: [
      {
        draft:
          'Pursuant to the aforementioned provisions, the reimbursement shall be effected subsequent to the verification of the documentation.',
      },
      { draft: 'The SLA breach was due to a P1 on the LB, RCA pending.' },
    ],
  },
  de: {
    valid: [
      { draft: 'Wir erstatten Ihnen die 40 Euro, sobald wir den Beleg geprüft haben.' },
      { draft: 'Ihr Router hat um 9:05 Uhr neu gestartet und läuft wieder.' },
    ],
    invalid: [
      {
        draft:
          'Nach erfolgter Prüfung der Unterlagen erfolgt die Erstattung unter Berücksichtigung der einschlägigen Bestimmungen.',
      },
      {
        draft:
          'Die Zurverfügungstellung der Zugangsdaten erfolgt nach Freischaltung durch die zuständige Stelle.',
      },
    ],
  },
});

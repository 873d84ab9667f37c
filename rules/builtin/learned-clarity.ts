// The learned judgement for clarity: replies that are hard to follow (official wording, jargon, too much at once). The model reads the whole draft with the customer's
// message it answers (rules/learned/draft-model.ts), where no phrase rule of the category already
// reports; it is data (rules/learned/weights/), written by `npm run train`.
import type { RuleExamples } from '../engine/rule-types';
import { learnedDraftRule, learnedExamples } from '../learned/draft-rule';

const rule = learnedDraftRule({
  id: 'learned-clarity',
  category: 'clarity',
  messages: {
    en: 'This reply may be hard to follow: official wording, jargon or too much at once. Say it in everyday words, one thing at a time.',
    de: 'Diese Antwort ist vielleicht schwer zu verstehen: Amtsdeutsch, Fachbegriffe oder zu viel auf einmal. Sagen Sie es mit Alltagswörtern, eins nach dem anderen.',
  },
  rationale: {
    en: 'Plain language saves the customer a second message and the agent a second answer.',
    de: 'Verständliche Sprache erspart der Kundin eine Rückfrage und Ihnen eine zweite Antwort.',
  },
});

export default rule;

/**
 * Whole replies the model must flag (invalid: worded so that no phrase rule of the category
 * catches them) and leave alone (valid), in the languages it runs in; tests run them all, and
 * training keeps its thresholds where they stay true.
 */
export const examples: RuleExamples = learnedExamples('clarity', {
  en: {
    valid: [
      {
        customer: 'How do I reset my password?',
        draft:
          'Hi Ms Yates,\n\nOn the login page, click "Forgot password", type your email address and open the link we send you. The link works for one hour.\n\nBest,\nOmar',
      },
      {
        customer: 'Why is my bill higher this month?',
        draft:
          'Hello Mr Ruiz,\n\nYour bill is £12 higher because your fixed price ended on 1 May and you moved to our standard price. I can switch you to a new fixed price of 24p per kWh from today if you like; just reply yes.\n\nBest regards,\nHana',
      },
    ],
    invalid: [
      {
        customer: 'Why did my instalment go up?',
        draft:
          'Hello,\n\nfollowing review by the responsible office it was established that a recalculation was to be carried out owing to deviating meter readings, on account of which the instalment has been adjusted accordingly.\n\nRegards,\nBilling',
      },
      {
        customer: 'Why was my application turned down?',
        draft:
          'Dear Sir or Madam,\n\nthe application could not be decided favourably by reason of the non-fulfilment of the eligibility conditions pursuant to s. 7(2).\n\nYours faithfully,\nBenefits Section',
      },
    ],
  },
  de: {
    valid: [
      {
        customer: 'Wie setze ich mein Passwort zurück?',
        draft:
          'Hallo Frau Jansen,\n\nklicken Sie auf der Anmeldeseite auf „Passwort vergessen“, geben Sie Ihre E-Mail-Adresse ein und öffnen Sie den Link, den wir Ihnen schicken. Der Link gilt eine Stunde.\n\nViele Grüße\nOmar Aziz',
      },
      {
        customer: 'Warum ist meine Rechnung diesen Monat höher?',
        draft:
          'Guten Tag Herr Ruiz,\n\nIhre Rechnung ist 12 € höher, weil Ihr Festpreis am 1. Mai endete und Sie seitdem im Grundversorgungstarif sind. Ich kann Sie ab heute in einen neuen Festpreis mit 24 Cent pro kWh wechseln; antworten Sie einfach mit Ja.\n\nMit freundlichen Grüßen\nHana Kovač',
      },
    ],
    invalid: [
      {
        customer: 'Warum ist mein Abschlag gestiegen?',
        draft:
          'Hallo,\n\nnach Prüfung durch die zuständige Stelle wurde festgestellt, dass eine Nachberechnung wegen abweichender Ablesewerte vorzunehmen war, weshalb der Abschlag entsprechend angepasst worden ist.\n\nGrüße\nAbrechnung',
      },
      {
        customer: 'Warum wurde mein Antrag abgelehnt?',
        draft:
          'Guten Tag,\n\nder Antrag konnte mangels Vorliegens der Anspruchsvoraussetzungen gem. § 7 Abs. 2 nicht positiv beschieden werden.\n\nMit freundlichen Grüßen\nLeistungsabteilung',
      },
    ],
  },
});

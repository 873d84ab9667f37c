import { phraseRule } from '../engine/phrase-rule';
import data from './phrases/blame-circumstances.json' with { type: 'json' };
import type { RuleExamples } from '../engine/rule-types';

// Workload, capacity or "the system" are real, but named as the reason for the company's own
// delay they tell the customer that nobody is accountable.
export default phraseRule(
  {
    id: 'blame-circumstances',
    category: 'ownership',
    severity: 'hint',
    languages: ['de', 'en'],
    messages: {
      en: 'This blames capacity, volume or “the system” for what went wrong. Say what you are doing about it for this customer instead.',
      de: 'Hier werden Auslastung, Aufkommen oder „das System“ verantwortlich gemacht. Sagen Sie lieber, was Sie für diese Kundin jetzt tun.',
    },
    rationale: {
      en: 'Carrying responsibility (guideline “responsibility, and being backed up in it”) means owning the outcome; pointing at circumstances leaves the customer without anyone to rely on.',
      de: 'Verantwortung tragen (Leitlinie „Verantwortung und Rückhalt“) heißt, für das Ergebnis einzustehen; wer auf Umstände zeigt, lässt die Kundin ohne Ansprechpartner.',
    },
  },
  data,
);

/** Drafts the rule must fire on (invalid) and stay silent on (valid); tests run them all. */
export const examples: RuleExamples = {
  en: {
    valid: [
      {
        draft:
          'Our engineers are fully booked this week, so I have asked a partner firm: they can be with you tomorrow at 8 am.',
      },
      { draft: 'We have doubled the team on the hotline, and I will call you at 3 pm today.' },
      { draft: 'The system shows your parcel in the Leeds depot.' },
    ],
    invalid: [
      { draft: 'Unfortunately this is a capacity issue at the moment.' },
      { draft: 'Due to the high volume of requests, replies may take longer.' },
      { draft: 'The refund failed because of a system error.' },
    ],
  },
  de: {
    valid: [
      {
        draft:
          'Unsere Techniker sind diese Woche ausgebucht, deshalb kommt morgen um 8 Uhr ein Partnerbetrieb zu Ihnen.',
      },
      { draft: 'Ich habe Ihre Rücksendung heute selbst bearbeitet.' },
      { draft: 'Im System sehe ich, dass Ihr Paket in Leipzig ist.' },
    ],
    invalid: [
      { draft: 'Das ist bei uns gerade eine Kapazitätsfrage.' },
      { draft: 'Aufgrund des hohen Aufkommens verzögert sich die Bearbeitung.' },
      { draft: 'Wegen eines Systemfehlers wurde die Zahlung doppelt abgebucht.' },
      { draft: 'Das System lässt eine Änderung leider nicht zu.' },
    ],
  },
};

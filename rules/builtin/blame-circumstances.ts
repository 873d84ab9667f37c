import type { RuleExamples } from '../engine/rule-types';
import { toEngineRule } from '../packs/pack-rules';
import type { PhrasesPackRule, RuleDefinition } from '../packs/types';

// Workload, capacity or "the system" are real, but named as the reason for the company's own
// delay they tell the customer that nobody is accountable.
/** The rule as a pack writes it (rules/packs/types.ts); its examples stand below. */
export const definition: RuleDefinition<PhrasesPackRule> = {
  id: 'blame-circumstances',
  kind: 'phrases',
  category: 'ownership',
  severity: 'hint',
  messages: {
    en: 'This blames capacity, volume or “the system” for what went wrong. Say what you are doing about it for this customer instead.',
    de: 'Hier werden Auslastung, Aufkommen oder „das System“ verantwortlich gemacht. Sagen Sie lieber, was Sie für diese Kundin jetzt tun.',
  },
  rationale: {
    en: 'Carrying responsibility (guideline “responsibility, and being backed up in it”) means owning the outcome; pointing at circumstances leaves the customer without anyone to rely on.',
    de: 'Verantwortung tragen (Leitlinie „Verantwortung und Rückhalt“) heißt, für das Ergebnis einzustehen; wer auf Umstände zeigt, lässt die Kundin ohne Ansprechpartner.',
  },
  patterns: {
    en: [
      'capacity (issue|issues|problem|problems|constraint|constraints|shortage|shortages|bottleneck|bottlenecks)',
      '(across|throughout) the (industry|sector)',
      'industry-wide',
      '(due to|because of|owing to) (the|a|an)? (high|higher|increased|heavy|huge|unusually high|unprecedented|current) (volume|volumes|demand|workload|number) (of)? (requests|calls|orders|enquiries|inquiries|tickets|emails)?',
      '(due to|because of|owing to) (a|an|the)? (system|technical|computer|it) (issue|issues|error|errors|glitch|glitches|problem|problems|fault)',
      "(the|our) system (would not|wouldn't|did not|didn't|does not|doesn't) (let|allow)",
      "(we're|we are) (short-staffed|understaffed|short of staff)",
    ],
    de: [
      'kapazitätsfrage*',
      'kapazitätsengp*',
      'kapazitätsproblem*',
      'personalmangel*',
      'personalengp*',
      '(aufgrund|wegen) (des|der|von|eines)? (hohen|höheren|erhöhten|starken|großen|aktuellen|enormen|ungewöhnlich hohen) (aufkommens|aufkommen|auftragsaufkommens|anfrageaufkommens|sendungsaufkommens|arbeitsaufkommens|nachfrage|auslastung|anfragevolumens|volumens)',
      '(aufgrund|wegen) (eines|einer|des|der|von)? (systemfehler*|systemproblem*|systemstörung*|technischen (fehlers|problems|störung|schwierigkeiten)|technische schwierigkeiten)',
      '(das|unser|unseres)? system (lässt|ließ|erlaubt|erlaubte) ...3 nicht zu',
      '(sind|waren) (wir)? (unterbesetzt|personell unterbesetzt|überlastet)',
    ],
  },
};

export default toEngineRule(definition).rule;

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

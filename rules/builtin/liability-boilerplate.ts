import { phraseRule } from '../engine/phrase-rule';
import data from './phrases/liability-boilerplate.json' with { type: 'json' };
import type { RuleExamples } from '../engine/rule-types';

export default phraseRule(
  {
    id: 'liability-boilerplate',
    category: 'ownership',
    severity: 'hint',
    languages: ['de', 'en'],
    messages: {
      en: 'Legal disclaimers in a support reply sound defensive. Explain what you can do; leave legal terms to the contract.',
      de: 'Haftungsfloskeln in einer Antwort wirken abwehrend. Erklären Sie, was Sie tun können; das Rechtliche steht im Vertrag.',
    },
    rationale: {
      en: 'Responsibility is meant to be carried, with the backing of clear rules (guideline “responsibility, and being backed up in it”), not fended off with boilerplate.',
      de: 'Verantwortung soll getragen werden, abgesichert durch klare Regeln (Leitlinie „Verantwortung und Rückhalt“), nicht mit Textbausteinen abgewehrt.',
    },
  },
  data,
);

/** Drafts the rule must fire on (invalid) and stay silent on (valid); tests run them all. */
export const examples: RuleExamples = {
  en: {
    valid: [
      { draft: 'Your device is covered by the warranty until March 2026.' },
      { draft: 'We take responsibility for the damage and will replace the lamp.' },
      { draft: 'The quote is binding until 30 June.' },
    ],
    invalid: [
      { draft: 'We accept no liability for data loss.' },
      { draft: 'We cannot accept any responsibility for third-party apps.' },
      { draft: 'As you signed for the goods, we are unable to accept liability.' },
      { draft: 'Responsibility passes to the recipient once the parcel is delivered.' },
      { draft: 'Verbal promises made in store are not binding.' },
    ],
  },
  de: {
    valid: [
      { draft: 'Ihr Gerät hat noch Garantie bis März 2026.' },
      { draft: 'Wir übernehmen die Kosten für die Reparatur.' },
      { draft: 'Ich schicke Ihnen gern ein unverbindliches Angebot.' },
    ],
    invalid: [
      { draft: 'Für Datenverlust übernehmen wir keine Haftung.' },
      { draft: 'Alle Angaben ohne Gewähr.' },
      { draft: 'Wir haften nur gegenüber unserem Vertragspartner.' },
      { draft: 'Damit ist das Risiko auf Sie übergegangen.' },
      { draft: 'Mündliche Zusagen sind nicht bindend, maßgeblich ist allein der Vertrag.' },
      { draft: 'Eine Haftung für Folgeschäden ist ausgeschlossen.' },
    ],
  },
};

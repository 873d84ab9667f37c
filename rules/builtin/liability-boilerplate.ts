import type { RuleExamples } from '../engine/rule-types';
import { toEngineRule } from '../packs/pack-rules';
import type { PhrasesPackRule, RuleDefinition } from '../packs/types';

/** The rule as a pack writes it (rules/packs/types.ts); its examples stand below. */
export const definition: RuleDefinition<PhrasesPackRule> = {
  id: 'liability-boilerplate',
  kind: 'phrases',
  category: 'ownership',
  severity: 'hint',
  messages: {
    en: 'Legal disclaimers in a support reply sound defensive. Explain what you can do; leave legal terms to the contract.',
    de: 'Haftungsfloskeln in einer Antwort wirken abwehrend. Erklären Sie, was Sie tun können; das Rechtliche steht im Vertrag.',
  },
  rationale: {
    en: 'Responsibility is meant to be carried, with the backing of clear rules (guideline “responsibility, and being backed up in it”), not fended off with boilerplate.',
    de: 'Verantwortung soll getragen werden, abgesichert durch klare Regeln (Leitlinie „Verantwortung und Rückhalt“), nicht mit Textbausteinen abgewehrt.',
  },
  patterns: {
    en: [
      '(we|i)? (accept|assume|take) no (liability|responsibility)',
      "(we|i)? (cannot|can't|do not|don't|will not|won't|are unable to|'re unable to|am unable to|are not able to) (accept|assume|take) (any)? (liability|responsibility)",
      'no (liability|responsibility) (is|can be|will be) (accepted|assumed)',
      '(we|the company) (are|is) not liable',
      'not liable for',
      'without (any)? liability',
      'all liability is excluded',
      'liability is excluded',
      '(unable|not able) to (accept|assume) (any)? (liability|responsibility)',
      '(risk|responsibility|liability) (passes|passed|transfers|transferred|lies|rests) (to|with) (you|the recipient|the customer|the buyer|the sender|the addressee)',
      '(is|are|was|were) not (legally)? binding',
      '(are|is) (an)? (estimate|estimates) only',
    ],
    de: [
      '(keine|keinerlei|jegliche) haftung',
      '(wir|ich) haften (nicht|keinesfalls|nur|ausschließlich|lediglich)',
      'haften wir (nicht|keinesfalls|nur|ausschließlich|lediglich)',
      'übernehmen ...2 (keine|keinerlei) (haftung|gewähr|gewährleistung|verantwortung)',
      'ohne gewähr',
      'haftung ...4 ausgeschlossen',
      'haftungsausschluss',
      '(risiko|gefahr|haftung|verantwortung) ...3 (auf|an) (sie|dich|den empfänger|die empfängerin|ihnen) (übergegangen|über)',
      'geht (das|die)? (risiko|gefahr|haftung|verantwortung) ...2 (auf|an) (sie|dich|den empfänger|die empfängerin) über',
      '(sind|ist|waren|war) (rechtlich)? nicht (bindend|verbindlich|rechtsverbindlich)',
      '(sind|ist) ...2 unverbindlich $',
      'maßgeblich (ist|sind) (allein|ausschließlich|nur|einzig)',
    ],
  },
};

export default toEngineRule(definition).rule;

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

import { phraseRule } from '../engine/phrase-rule';
import data from './phrases/agentless-passive.json' with { type: 'json' };
import type { RuleExamples } from '../engine/rule-types';

export default phraseRule(
  {
    id: 'agentless-passive',
    category: 'ownership',
    severity: 'hint',
    languages: ['de', 'en'],
    messages: {
      en: 'This hides who made the mistake. Saying “we made a mistake” builds more trust.',
      de: 'Hier bleibt offen, wer den Fehler gemacht hat. „Uns ist ein Fehler passiert“ schafft mehr Vertrauen.',
    },
    rationale: {
      en: 'Owning errors openly is part of carrying responsibility (guideline “responsibility, and being backed up in it”); a faceless passive sounds like an excuse.',
      de: 'Fehler offen zu benennen gehört zur Verantwortung (Leitlinie „Verantwortung und Rückhalt“); ein Passiv ohne Handelnde klingt nach Ausrede.',
    },
  },
  data,
);

/** Drafts the rule must fire on (invalid) and stay silent on (valid); tests run them all. */
export const examples: RuleExamples = {
  en: {
    valid: [
      { draft: 'We made a mistake with your order, and I have sent the right size today.' },
      { draft: 'Your parcel was shipped on Monday.' },
      { draft: 'An error occurred on your laptop during the update; here is how to fix it.' },
    ],
    invalid: [
      { draft: 'Unfortunately, mistakes were made in processing your order.' },
      { draft: 'An error occurred and your refund was not processed.' },
      { draft: 'Your request was overlooked.' },
      { draft: 'Delays have occurred in our warehouse.' },
    ],
  },
  de: {
    valid: [
      { draft: 'Uns ist ein Fehler unterlaufen, das tut mir leid.' },
      { draft: 'Uns ist bei der Umstellung am 3. März leider ein Fehler passiert.' },
      { draft: 'Ihr Paket wurde am Montag verschickt.' },
      { draft: 'Ich habe Ihre Anfrage leider übersehen.' },
      { draft: 'Der Schutt ist liegen geblieben, Herr Lenz holt ihn morgen ab.' },
      { draft: 'Ihr Paket ist im Verteilzentrum liegen geblieben, es kommt morgen.' },
    ],
    invalid: [
      { draft: 'Leider sind bei der Bearbeitung Fehler passiert.' },
      { draft: 'Es wurden Fehler gemacht.' },
      { draft: 'Es ist zu einem Fehler bei der Abrechnung gekommen.' },
      { draft: 'Ihre Anfrage ist leider untergegangen.' },
      { draft: 'Aufgrund des hohen Aufkommens kam es zu Verzögerungen im Lager.' },
      { draft: 'Bei der Wartung ist es leider zu einem Fehler gekommen.' },
    ],
  },
};

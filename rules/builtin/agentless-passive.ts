import type { RuleExamples } from '../engine/rule-types';
import { toEngineRule } from '../packs/pack-rules';
import type { PhrasesPackRule, RuleDefinition } from '../packs/types';

/** The rule as a pack writes it (rules/packs/types.ts); its examples stand below. */
export const definition: RuleDefinition<PhrasesPackRule> = {
  id: 'agentless-passive',
  kind: 'phrases',
  category: 'ownership',
  severity: 'hint',
  messages: {
    en: 'This hides who made the mistake. Saying “we made a mistake” builds more trust.',
    de: 'Hier bleibt offen, wer den Fehler gemacht hat. „Uns ist ein Fehler passiert“ schafft mehr Vertrauen.',
  },
  rationale: {
    en: 'Owning errors openly is part of carrying responsibility (guideline “responsibility, and being backed up in it”); a faceless passive sounds like an excuse.',
    de: 'Fehler offen zu benennen gehört zur Verantwortung (Leitlinie „Verantwortung und Rückhalt“); ein Passiv ohne Handelnde klingt nach Ausrede.',
  },
  patterns: {
    en: [
      '(mistakes|errors) (were|have been) made',
      '(a|an)? (mistake|error|errors|mistakes) (was|were|has been|have been) made',
      '(an|a)? (error|errors|glitch|mistake|oversight) (has|have)? occurred',
      '(an|a)? (error|errors|glitch|mistake|oversight) (has|have)? happened',
      '(your|the) (order|parcel|package|request|ticket|email|application|refund|claim|complaint|payment|return|message|case) (was|were|has been|got) (unfortunately)? (lost|overlooked|forgotten|mislaid|misplaced|ignored|not processed|not actioned|missed)',
      '(it|this) (was|got|has been) (unfortunately)? (lost|overlooked|forgotten|mislaid|misplaced|missed|not processed)',
      '(was|were) (unfortunately)? (overlooked|mislaid|misplaced)',
      'things (were|got) (mixed up|missed|overlooked)',
      'there (was|has been) (a|an) (mix-up|oversight|error|mistake)',
      '(delays|errors|problems|issues|faults|mistakes) (have)? (occurred|arisen|arose)',
      '(your|the) (order|request|ticket|email|application|refund|claim|complaint|payment|return|message|case) (fell|slipped) through the cracks',
      '(it|this) (fell|slipped) through the cracks',
    ],
    de: [
      'fehler ...2 (passiert|aufgetreten|unterlaufen)',
      '(passiert|aufgetreten|unterlaufen) ...2 fehler',
      '(wurden|wurde) ...2 fehler gemacht',
      'fehler ...2 gemacht worden',
      'es kam ...5 zu (einem|einer|einigen)? (fehler*|problem*|panne*|versehen|unstimmigkeit*|verzögerung*|störung*|ausfall|ausfällen|schwierigkeit*|verwechslung*|missverständnis*|unregelmäßigkeit*)',
      'es ist ...5 zu (einem|einer|einigen)? (fehler*|problem*|panne*|versehen|unstimmigkeit*|verzögerung*|störung*|ausfall|ausfällen|schwierigkeit*|verwechslung*|missverständnis*|unregelmäßigkeit*) ...4 gekommen',
      '(ist|sind) ...3 (verloren gegangen|verlorengegangen|untergegangen)',
      '(ist|sind|wurde|wurden) ...3 (übersehen|vergessen) (worden)?',
      '(wurde|wurden) ...3 nicht bearbeitet',
      'ist ...2 (etwas|einiges) schiefgelaufen',
      'ist ...2 (etwas|einiges) schief gelaufen',
      'kam es ...5 zu (einem|einer|einigen)? (fehler*|problem*|panne*|versehen|unstimmigkeit*|verzögerung*|störung*|ausfall|ausfällen|schwierigkeit*|verwechslung*|missverständnis*|unregelmäßigkeit*)',
      'ist es ...5 zu (einem|einer|einigen)? (fehler*|problem*|panne*|versehen|unstimmigkeit*|verzögerung*|störung*|ausfall|ausfällen|schwierigkeit*|verwechslung*|missverständnis*|unregelmäßigkeit*) ...4 gekommen',
      '(anfrage|antrag|ticket|vorgang|fall|auftrag|nachricht|e-mail|mail|rücksendung|erstattung|reklamation|bestellung) (ist|sind|war) ...3 (liegen geblieben|liegengeblieben)',
    ],
  },
  except: {
    en: [
      "(we|i|we've|i've) ...2 made (a|an)? (mistake|error|errors|mistakes)",
      '(our|my) (mistake|error|fault)',
      '(an|a)? (error|errors|mistake) (has|have)? occurred (on|in) your',
      '(error|errors) (has|have)? occurred (when|while) (you|your)',
    ],
    de: [
      '(uns|mir) (ist|sind) ...8 (fehler*|versehen|panne*|missgeschick) (unterlaufen|passiert)',
      '(uns|mir) ...2 (ist|sind) ...2 fehler* (passiert|unterlaufen)',
      '(wir|ich) haben ...3 fehler gemacht',
      '(unser|mein) fehler',
      '(haben|habe|hat) (ihn|sie|es|das|ihre|ihren|den|die)? ...3 (übersehen|vergessen)',
    ],
  },
};

export default toEngineRule(definition).rule;

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

import { phraseRule, phrases, type PhraseFix } from '../engine/phrase-rule';
import data from './phrases/formula-apology.json' with { type: 'json' };
import type { Match, RuleContext, RuleExamples } from '../engine/rule-types';
import { rewriteClause } from '../engine/rewrite';

/** An apology for something named; the agent fills in what went wrong for this customer. */
const SPECIFIC = {
  en: 'I am sorry that [what went wrong for you]',
  de: 'Es tut mir leid, dass [was für Sie schiefging]',
};

function nameWhatWentWrong(match: Match, ctx: RuleContext): PhraseFix {
  const { fix, suggestion } = rewriteClause(ctx, match, SPECIFIC[ctx.lang]);
  return { suggestions: [suggestion], fix };
}

export default phraseRule(
  {
    id: 'formula-apology',
    category: 'empathy',
    severity: 'hint',
    languages: ['de', 'en'],
    messages: {
      en: 'A stock apology sounds automatic. Name what went wrong for this customer and apologise for that.',
      de: 'Eine Standard-Entschuldigung klingt automatisch. Benennen Sie, was bei dieser Kundin schiefging, und entschuldigen Sie sich dafür.',
    },
    rationale: {
      en: 'Handling the customer’s emotions professionally means responding to their situation, not pasting a phrase (guideline “professional handling of emotions”).',
      de: 'Professioneller Umgang mit Emotionen heißt, auf die Lage der Kundin einzugehen statt eine Floskel einzufügen (Leitlinie „professioneller Umgang mit Emotionen“).',
    },
  },
  phrases(data),
  { fix: nameWhatWentWrong },
);

/** Drafts the rule must fire on (invalid) and stay silent on (valid); tests run them all. */
export const examples: RuleExamples = {
  en: {
    valid: [
      { draft: "I'm sorry your parcel arrived two days late for the party." },
      { draft: 'Thank you for sending the photos so quickly.' },
      { draft: 'Sorry for the wait on the phone yesterday, that should not take 40 minutes.' },
    ],
    invalid: [
      {
        draft: 'We apologize for any inconvenience this may have caused.',
        fixed: 'I am sorry that [what went wrong for you].',
      },
      { draft: 'The service is down until 6 pm. Thank you for your understanding.' },
      { draft: 'Sorry for any inconvenience.' },
    ],
  },
  de: {
    valid: [
      {
        draft: 'Es tut mir leid, dass die Lieferung zu Ihrem Geburtstag nicht rechtzeitig kam.',
      },
      { draft: 'Danke, dass Sie die Fotos so schnell geschickt haben.' },
      { draft: 'Ich verstehe, dass das ärgerlich ist.' },
    ],
    invalid: [
      { draft: 'Wir bitten um Ihr Verständnis.' },
      {
        draft: 'Entschuldigen Sie die Unannehmlichkeiten.',
        fixed: 'Es tut mir leid, dass [was für Sie schiefging].',
      },
      { draft: 'Wir bedauern etwaige Unannehmlichkeiten und danken für Ihr Verständnis.' },
    ],
  },
};

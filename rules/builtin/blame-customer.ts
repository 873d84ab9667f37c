import { phraseRule, phrases, type PhraseFix } from '../engine/phrase-rule';
import type { Match, RuleContext, RuleExamples } from '../engine/rule-types';
import data from './phrases/blame-customer.json' with { type: 'json' };
import { isWholeSentence, rewriteClause, saysDu } from '../engine/rewrite';

/** Instead of the blame: the agent takes the problem on. */
const OWNING = {
  en: 'I will help you sort this out',
  de: 'Ich helfe Ihnen, das zu klären',
  du: 'Ich helfe dir, das zu klären',
};

/**
 * A sentence that only blames becomes one that helps. A blame inside a longer sentence ("You
 * entered the wrong IBAN, so the payment bounced") carries facts a rewrite would lose: no fix.
 */
function helpInstead(match: Match, ctx: RuleContext): PhraseFix | undefined {
  if (!isWholeSentence(ctx, match)) return undefined;
  const owning = ctx.lang === 'en' ? OWNING.en : saysDu(ctx, match) ? OWNING.du : OWNING.de;
  const { fix, suggestion } = rewriteClause(ctx, match, owning);
  return { suggestions: [suggestion], fix };
}

const CONDITIONAL = new Set(['haetten', 'haettest', 'haettet']);

/**
 * "Hätten Sie gewartet, hätten Sie ..." blames; "Hätten Sie morgen Zeit, wäre das ideal" is a
 * polite offer. The counterfactual needs a participle (lower-case, -t or -en) before the
 * second verb, or before "hätten" in "wenn Sie ... gelesen hätten, wäre ...".
 */
function keepCounterfactual(match: Match, ctx: RuleContext): boolean {
  const { tokens } = ctx.doc;
  const last = tokens[match.lastToken]!;
  if (!/^(haetten|haettest|haettet|waere|waeren)$/.test(last.norm)) return true;
  if (!/^(\^ )?\(?(hätten|wenn)/.test(match.pattern)) return true;
  let i = match.lastToken - 1;
  if (CONDITIONAL.has(tokens[i]!.norm) && i - 1 > match.firstToken) i--;
  const word = tokens[i]!;
  const first = word.text.charAt(0);
  const lower = first === first.toLowerCase() && first !== first.toUpperCase();
  return lower && (word.norm.endsWith('t') || word.norm.endsWith('en'));
}

export default phraseRule(
  {
    id: 'blame-customer',
    category: 'ownership',
    severity: 'warning',
    languages: ['de', 'en'],
    messages: {
      en: 'This puts the blame on the customer. Describe what happened and what will fix it, without pointing fingers.',
      de: 'Das schiebt der Kundin die Schuld zu. Beschreiben Sie, was passiert ist und was es löst, ohne Vorwurf.',
    },
    rationale: {
      en: 'Good service is co-produced with the customer (guideline “service made together with the customer”) and means taking responsibility (guideline “responsibility, and being backed up in it”); blame ends the cooperation.',
      de: 'Gute Dienstleistung entsteht gemeinsam mit der Kundin (Leitlinie „Dienstleistung gemeinsam mit der Kundschaft“) und heißt Verantwortung übernehmen (Leitlinie „Verantwortung und Rückhalt“); Schuldzuweisung beendet die Zusammenarbeit.',
    },
  },
  phrases(data),
  {
    keep: keepCounterfactual,
    fix: helpInstead,
  },
);

/** Drafts the rule must fire on (invalid) and stay silent on (valid); tests run them all. */
export const examples: RuleExamples = {
  en: {
    valid: [
      { draft: 'You should have received a confirmation email from us yesterday.' },
      { draft: "You should've got a code by text." },
      { draft: 'If you entered the wrong address, I can still change it today.' },
      { draft: 'It was our mistake, and I have corrected the invoice.' },
      { draft: 'If you had received the code, the form would have opened; I have resent it.' },
      { draft: 'Our install was checked by a second engineer, who will visit you on Monday.' },
    ],
    invalid: [
      {
        draft: 'You should have checked the size chart before ordering.',
        fixed: 'I will help you sort this out.',
      },
      { draft: 'You should have opened the parcel in front of the driver.' },
      { draft: 'You entered the wrong IBAN, so the payment bounced.' },
      { draft: 'This is your fault, the warranty does not cover drops.' },
      { draft: 'You failed to return the device within 14 days.' },
      { draft: "If you'd read the manual, you'd have known the filter needs cleaning." },
      { draft: "It's your responsibility to keep your contact details up to date." },
      { draft: 'The noise is most likely your own wiring, not the boiler.' },
      { draft: 'To be fair, you did wait three weeks before telling us.' },
    ],
  },
  de: {
    valid: [
      { draft: 'Sie hätten eigentlich gestern eine Bestätigung erhalten sollen.' },
      { draft: 'Falls Sie die Adresse falsch eingegeben haben, ändere ich sie gern.' },
      { draft: 'Das war unser Fehler, die Rechnung ist korrigiert.' },
      { draft: 'Wir hätten Sie vorher anrufen müssen, das tut mir leid.' },
      { draft: 'Wir haben sie leider falsch zugeordnet, das ist jetzt korrigiert.' },
      { draft: 'Es liegt an unserem Server, nicht an Ihrem Gerät.' },
      { draft: 'Hätten Sie morgen um 10 Uhr Zeit, wäre das ideal für die Fernwartung.' },
      { draft: 'Sie haben recht, die Rechnung ist falsch, ich korrigiere sie heute.' },
    ],
    invalid: [
      {
        draft: 'Sie hätten das Formular vor der Frist einreichen sollen.',
        fixed: 'Ich helfe Ihnen, das zu klären.',
      },
      { draft: 'Sie haben die IBAN falsch eingegeben.' },
      { draft: 'Das ist Ihr Fehler, nicht unserer.' },
      {
        draft:
          'Hätten Sie die Anleitung gelesen, wäre das nicht passiert. Sie hätten zuerst den Stecker ziehen müssen.',
      },
      { draft: 'Hättest du früher Bescheid gesagt, wäre der Laptop rechtzeitig da gewesen.' },
      {
        draft: 'Du hättest den Antrag bis zum 20. im Portal abschicken müssen.',
        fixed: 'Ich helfe dir, das zu klären.',
      },
      { draft: 'Vermutlich liegt es an Ihrem WLAN-Router.' },
      { draft: 'Die Zugangsdaten sicher aufzubewahren, ist Ihre Verantwortung.' },
      { draft: 'Unsere Montage war einwandfrei, wir haben alles getestet.' },
    ],
  },
};

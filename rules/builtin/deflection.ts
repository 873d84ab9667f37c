import { phraseRule, phrases, type PhraseFix } from '../engine/phrase-rule';
import data from './phrases/deflection.json' with { type: 'json' };
import type { Match, RuleContext, RuleExamples } from '../engine/rule-types';
import { clauseAround, rewriteClause } from '../engine/rewrite';

const OWNING = { en: 'I will take care of this for you', de: 'Ich kümmere mich selbst darum' };
/** "Delivery is not our department": what the clause is about, before "is" / "are". */
const SUBJECT_EN =
  /^((?:the |your |this |that )?[a-z][a-z -]{0,30}?) (?:is|are|isn't|aren't)(?: really)? $/i;
const PRONOUNS = new Set(['this', 'that', 'it', 'these', 'those', 'they']);

/** The clause that hands the problem back becomes one that takes it over. */
function takeOver(match: Match, ctx: RuleContext): PhraseFix {
  let owning = OWNING[ctx.lang];
  if (ctx.lang === 'en') {
    const clause = clauseAround(ctx, match);
    const subject = SUBJECT_EN.exec(ctx.text.slice(clause.start, match.start))?.[1];
    if (subject && !PRONOUNS.has(subject.toLowerCase())) {
      const thing = subject.charAt(0).toLowerCase() + subject.slice(1);
      owning = `I will take care of ${/^(the|your|this|that) /.test(thing) ? thing : `the ${thing}`} for you`;
    }
  }
  const { fix, suggestion } = rewriteClause(ctx, match, owning);
  return { suggestions: [suggestion], fix };
}

export default phraseRule(
  {
    id: 'deflection',
    category: 'ownership',
    severity: 'warning',
    languages: ['de', 'en'],
    messages: {
      en: 'This sends the customer away with the problem. Say who takes it over, or what you will do to help.',
      de: 'Damit bleibt die Kundin mit dem Problem allein. Sagen Sie, wer es übernimmt oder was Sie tun, um zu helfen.',
    },
    rationale: {
      en: 'Taking responsibility is part of interaction work (guideline “responsibility, and being backed up in it”); handing the problem back leaves the customer alone with it.',
      de: 'Verantwortung zu übernehmen gehört zur Interaktionsarbeit (Leitlinie „Verantwortung und Rückhalt“); wer das Problem zurückgibt, lässt die Kundin allein.',
    },
  },
  phrases(data),
  { fix: takeOver },
);

/** Drafts the rule must fire on (invalid) and stay silent on (valid); tests run them all. */
export const examples: RuleExamples = {
  en: {
    valid: [
      {
        draft: 'I have passed your case to our billing team; Anna will call you tomorrow morning.',
      },
      { draft: 'We are responsible for the delay, and I have refunded the shipping cost.' },
      { draft: 'Nothing else is needed from you.' },
      { draft: 'If anything is unclear, you can always call me on 0161 555 0101.' },
      { draft: "I'll raise this with our warehouse team today and call you by 4 pm." },
    ],
    invalid: [
      { draft: 'That is not our department.', fixed: 'I will take care of this for you.' },
      {
        draft: 'Please contact the manufacturer yourself about the warranty.',
        fixed: 'I will take care of this for you.',
      },
      { draft: "Unfortunately there's nothing we can do about it." },
      { draft: 'We are not responsible for delays caused by the courier.' },
      { draft: "The leak has nothing to do with our visit. You'll need to get a plumber in." },
      { draft: 'The outage was outside our control.' },
      { draft: "Breakage in transit is the courier's responsibility." },
      { draft: "You'll need to raise this with the payment provider directly." },
      { draft: "Printers aren't really my thing, you'll have to ask Facilities." },
    ],
  },
  de: {
    valid: [
      { draft: 'Der zuständige Kollege, Herr Wendt, ruft Sie morgen bis 12 Uhr an.' },
      {
        draft:
          'Ich habe Ihren Fall an die zuständige Abteilung übergeben und melde mich am Freitag.',
      },
      { draft: 'Wir kümmern uns darum.' },
      { draft: 'Wenden Sie sich bei Fragen jederzeit gern an mich.' },
      { draft: 'Für Reparaturen bin ich zuständig, ich rufe Sie morgen an.' },
    ],
    invalid: [
      { draft: 'Dafür sind wir nicht zuständig.', fixed: 'Ich kümmere mich selbst darum.' },
      {
        draft: 'Für Reparaturen ist unsere Abteilung leider nicht zuständig.',
        fixed: 'Ich kümmere mich selbst darum.',
      },
      { draft: 'Das liegt nicht in unserer Zuständigkeit.' },
      { draft: 'Wenden Sie sich bitte selbst an den Hersteller.' },
      { draft: 'Da können wir leider nichts machen.' },
      { draft: 'Reklamieren Sie beschädigte Ware bitte beim Versender.' },
      {
        draft: 'Da bist du bei uns an der falschen Adresse, das genehmigt deine Führungskraft.',
      },
      { draft: 'Drucker sind nicht mein Thema, da musst du bei der Haustechnik fragen.' },
      { draft: 'Der Ausfall hat mit unserem Einsatz nichts zu tun.' },
      { draft: 'Dafür können wir nichts, das Foto war unscharf.' },
      { draft: 'Die Verzögerung lag nicht in unserer Hand.' },
    ],
  },
};

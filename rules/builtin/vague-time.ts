import { phraseRule, phrases, type PhraseFix } from '../engine/phrase-rule';
import data from './phrases/vague-time.json' with { type: 'json' };
import type { Match, RuleContext, RuleExamples } from '../engine/rule-types';

/** A concrete time the agent completes; the placeholders are selected after insertion. */
const CONCRETE_TIME = { en: 'by [day], [time]', de: 'bis [Tag], [Uhrzeit]' } as const;

/**
 * Matches a time cannot stand in for: adjectives ("eine zeitnahe Lösung"), a hedge around a day
 * (the gap may hold the verb) and "takes varying amounts of time" (no time was promised).
 */
function replaceable(match: Match): boolean {
  const { pattern } = match;
  return !pattern.includes('...') && !/\*$|soonest|varying|unterschiedlich/.test(pattern);
}

/** "…, sobald wir mehr wissen" / "…, once we hear more": the clause goes with its comma. */
const SUBORDINATE = /^\(?(sobald|wenn|when|once|as soon as)\b/;

function concreteTime(match: Match, ctx: RuleContext): PhraseFix | undefined {
  if (!replaceable(match)) return undefined;
  const suggestion = CONCRETE_TIME[ctx.lang];
  const before = /,\s*$/.exec(ctx.text.slice(Math.max(0, match.start - 3), match.start));
  if (SUBORDINATE.test(match.pattern) && before) {
    return {
      suggestions: [` ${suggestion}`],
      fix: { start: match.start - before[0].length, end: match.end },
    };
  }
  return { suggestions: [suggestion] };
}

export default phraseRule(
  {
    id: 'vague-time',
    category: 'next-steps',
    severity: 'warning',
    languages: ['de', 'en'],
    messages: {
      en: 'A vague time leaves the customer guessing and chasing. Name a day or time you can keep, e.g. “by Friday, 12:00”.',
      de: 'Eine vage Zeitangabe lässt die Kundin raten und nachfragen. Nennen Sie einen Termin, den Sie halten können, z. B. „bis Freitag, 12 Uhr“.',
    },
    rationale: {
      en: 'Commitments are only useful when they can be checked: a concrete time makes the expectation measurable for both sides.',
      de: 'Zusagen helfen nur, wenn man sie überprüfen kann: ein konkreter Termin macht die Erwartung für beide Seiten messbar.',
    },
  },
  phrases(data),
  { fix: concreteTime },
);

/** Drafts the rule must fire on (invalid) and stay silent on (valid); tests run them all. */
export const examples: RuleExamples = {
  en: {
    valid: [
      { draft: 'I will call you tomorrow at 10 am.' },
      { draft: 'As soon as the parcel arrives, we will refund you, usually within 2 days.' },
      { draft: 'Please reply as soon as possible so we can keep your slot.' },
    ],
    invalid: [
      {
        draft: 'We will get back to you soon.',
        fixed: 'We will get back to you by [day], [time].',
      },
      { draft: 'Your refund will be processed in due course.' },
      {
        draft: 'A technician will contact you as soon as possible.',
        fixed: 'A technician will contact you by [day], [time].',
      },
      { draft: "We'll try to fit you in as soon as we can." },
      { draft: "We'll be in touch when we have an update." },
      { draft: "I've sent the request, and hopefully it'll go through today." },
    ],
  },
  de: {
    valid: [
      { draft: 'Ich rufe Sie morgen um 10 Uhr an.' },
      {
        draft: 'Sobald das Paket bei uns ist, erstatten wir den Betrag innerhalb von 2 Tagen.',
      },
      { draft: 'Vielen Dank und bis bald!' },
      { draft: 'Wir melden die Anlage an, sobald der Montagetermin feststeht.' },
    ],
    invalid: [
      {
        draft: 'Wir melden uns zeitnah bei Ihnen.',
        fixed: 'Wir melden uns bis [Tag], [Uhrzeit] bei Ihnen.',
      },
      { draft: 'Der Techniker kommt demnächst vorbei.' },
      { draft: 'Wir bearbeiten Ihre Anfrage baldmöglichst.' },
      {
        draft: 'Wir melden uns, sobald wir mehr wissen.',
        fixed: 'Wir melden uns bis [Tag], [Uhrzeit].',
      },
      { draft: 'Sie werden informiert, sobald es Neuigkeiten gibt.' },
      { draft: 'Ich habe die Anfrage weitergegeben, eventuell klappt es heute noch.' },
      { draft: 'Wir könnten nächste Woche mal vorbeikommen.' },
      { draft: 'Erfahrungsgemäß dauert das unterschiedlich lange.' },
    ],
  },
};

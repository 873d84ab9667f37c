import { phraseRule, phrases, suggestionsFor, type PhraseFix } from '../engine/phrase-rule';
import json from './phrases/impersonal-greeting.json' with { type: 'json' };
import type { Match, RuleContext, RuleExamples } from '../engine/rule-types';

const data = phrases(json);

/** The list's greetings (not its sign-offs), which the customer's name can follow. */
const GREETINGS = new Set(['Hello', 'Guten Tag']);

/** "Dear customer" becomes "Hello Daniel Whitaker" when the ticket shows the customer's name. */
function greetByName(match: Match, ctx: RuleContext): PhraseFix | undefined {
  const name = ctx.names.customer;
  const listed = suggestionsFor(data, match, ctx);
  if (!name || !listed || !GREETINGS.has(listed[0]!)) return undefined;
  return { suggestions: [`${listed[0]} ${name}`, ...listed] };
}

export default phraseRule(
  {
    id: 'impersonal-greeting',
    category: 'tone',
    severity: 'hint',
    languages: ['de', 'en'],
    messages: {
      en: 'A form-letter greeting or sign-off feels anonymous. Use the customer’s name or a simple “Hello”.',
      de: 'Eine Formbrief-Anrede oder -Grußformel wirkt anonym. Nutzen Sie den Namen oder ein einfaches „Guten Tag“.',
    },
    rationale: {
      en: 'A personal relationship is the entry to every customer; a form letter signals “you are a case number”.',
      de: 'Eine persönliche Beziehung ist der Zugang zu jeder Kundin; ein Formbrief sagt „Sie sind eine Vorgangsnummer“.',
    },
  },
  data,
  { fix: greetByName },
);

/** Drafts the rule must fire on (invalid) and stay silent on (valid); tests run them all. */
export const examples: RuleExamples = {
  en: {
    valid: [
      { draft: 'Dear Ms Patel,\n\nthank you for your message.' },
      { draft: 'Hello Tom, your parcel left our warehouse today.' },
      { draft: 'Our customer team will call you tomorrow.' },
    ],
    invalid: [
      {
        draft: 'Dear Customer,\n\nthank you for your message.',
        customerName: 'Daniel Whitaker',
        fixed: 'Hello Daniel Whitaker,\n\nthank you for your message.',
      },
      {
        draft: 'Dear Sir or Madam, your refund has been issued.',
        fixed: 'Hello, your refund has been issued.',
      },
      { draft: 'To whom it may concern: the invoice is attached.' },
    ],
  },
  de: {
    valid: [
      { draft: 'Sehr geehrte Frau Yilmaz,\n\nvielen Dank für Ihre Nachricht.' },
      { draft: 'Guten Tag Herr Brandt, Ihr Paket ist unterwegs.' },
      { draft: 'Unser Kundenservice ruft Sie morgen an.\n\nViele Grüße\nJana' },
    ],
    invalid: [
      {
        draft: 'Sehr geehrter Kunde,\n\nvielen Dank für Ihre Nachricht.',
        customerName: 'Sabine Krüger',
        fixed: 'Guten Tag Sabine Krüger,\n\nvielen Dank für Ihre Nachricht.',
      },
      { draft: 'Sehr geehrte Damen und Herren, anbei die Rechnung.' },
      { draft: 'Die Rechnung liegt bei.\n\nMfG\nKundenservice' },
    ],
  },
};

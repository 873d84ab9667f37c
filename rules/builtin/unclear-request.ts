import { phraseRule } from '../engine/phrase-rule';
import data from './phrases/unclear-request.json' with { type: 'json' };
import type { Match, RuleContext } from '../engine/rule-types';

/** Words after the request that show the customer is told exactly what is needed. */
const SPECIFIERS = [
  ':',
  'such as',
  'e.g.',
  'for example',
  'namely',
  'specifically',
  'like the',
  'like your',
  'including',
  '(',
  'z. b.',
  'z.b.',
  'zum beispiel',
  'nämlich',
  'insbesondere',
  'wie etwa',
  'wie die',
  'wie den',
  'wie das',
  'konkret',
  'und zwar',
];

function isSpecified(match: Match, ctx: RuleContext): boolean {
  const sentence = ctx.doc.sentences[match.sentence]!;
  // Also look a little past the sentence: "We need more details. Specifically: ..."
  const after = ctx.text
    .slice(match.end, Math.min(sentence.end + 40, ctx.text.length))
    .toLowerCase();
  return SPECIFIERS.some((s) => after.includes(s));
}

export default phraseRule(
  {
    id: 'unclear-request',
    category: 'co-production',
    severity: 'warning',
    languages: ['de', 'en'],
    messages: {
      en: '“More information” does not tell the customer what to send. List exactly what you need.',
      de: '„Weitere Informationen“ sagt der Kundin nicht, was sie schicken soll. Nennen Sie genau, was Sie brauchen.',
    },
    rationale: {
      en: 'Co-production needs a clear part for the customer (guideline 1); a vague request costs both sides another round.',
      de: 'Ko-Produktion braucht eine klare Aufgabe für die Kundin (Leitlinie 1); eine vage Bitte kostet beide Seiten eine weitere Runde.',
    },
  },
  data,
  {
    keep: (match, ctx) => !isSpecified(match, ctx),
    examples: {
      en: {
        valid: [
          { draft: 'Could you send more details: the order number and a photo of the label?' },
          { draft: 'Please send the order number from your confirmation email.' },
        ],
        invalid: [
          { draft: 'Please provide more information so we can help.' },
          { draft: 'We need further details before we can proceed.' },
        ],
      },
      de: {
        valid: [
          {
            draft:
              'Für die Erstattung benötige ich noch weitere Angaben, nämlich Ihre IBAN und den Kontoinhaber.',
          },
          { draft: 'Bitte schicken Sie mir die Bestellnummer aus Ihrer Bestätigung.' },
        ],
        invalid: [
          { draft: 'Bitte senden Sie uns weitere Informationen.' },
          { draft: 'Für die Bearbeitung benötigen wir weitere Angaben.' },
        ],
      },
    },
  },
);

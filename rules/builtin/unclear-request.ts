import { phraseRule, phrases } from '../engine/phrase-rule';
import data from './phrases/unclear-request.json' with { type: 'json' };
import words from './phrases/acronyms.json' with { type: 'json' };
import requests from './phrases/requests.json' with { type: 'json' };
import type { EngineRule, Match, RuleContext, RuleExamples, RuleHit } from '../engine/rule-types';
import type { Token } from '../engine/tokenizer';
import { upperCase } from '../engine/doc-helpers';

const EVERYDAY = new Set(words.everyday.map((w) => w.toUpperCase()));
const EMPHASIS = new Set(words.emphasis);
/** "Text STOP to 8080", "Reply YES": a keyword to type is spelled out, not jargon. */
const KEYWORD_CUES = new Set(
  'text send reply with type enter keyword code word mit senden antworten stichwort eingeben'.split(
    ' ',
  ),
);

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

const vagueRequest = phraseRule(
  {
    id: 'unclear-request',
    category: 'co-production',
    severity: 'warning',
    languages: ['de', 'en'],
    messages: {
      en: '“More information” or an internal abbreviation does not tell the customer what to send. List exactly what you need, in plain words.',
      de: '„Weitere Informationen“ oder eine interne Abkürzung sagt der Kundin nicht, was sie schicken soll. Nennen Sie genau und verständlich, was Sie brauchen.',
    },
    rationale: {
      en: 'Co-production needs a clear part for the customer (guideline “service made together with the customer”); a vague request costs both sides another round.',
      de: 'Zusammenarbeit braucht eine klare Aufgabe für die Kundin (Leitlinie „Dienstleistung gemeinsam mit der Kundschaft“); eine vage Bitte kostet beide Seiten eine weitere Runde.',
    },
  },
  phrases(data),
  {
    keep: (match, ctx) => !isSpecified(match, ctx),
  },
);

/** Two capitals in a row, or a capital next to a digit: ICCID, HW-B3, P2P, KVz – not E-Mail. */
function looksLikeAbbreviation(text: string): boolean {
  for (let i = 0; i + 1 < text.length; i++) {
    const a = text.charAt(i);
    const b = text.charAt(i + 1);
    const upperA = a !== a.toLowerCase();
    const upperB = b !== b.toLowerCase();
    const digitA = a >= '0' && a <= '9';
    const digitB = b >= '0' && b <= '9';
    if ((upperA && (upperB || digitB)) || (digitA && upperB)) return true;
  }
  return false;
}

/** "ICCID (the number on your SIM card)" explains itself. */
function explainedInBrackets(text: string, tok: Token): boolean {
  const after = text.slice(tok.end, tok.end + 2).trimStart();
  return after.startsWith('(') || text.charAt(tok.start - 1) === '(';
}

/**
 * An ask that names what to send or do only by an internal abbreviation ("advise your ICCID",
 * "per template HW-B3", "eine BANF über ME51N") leaves the customer unable to do their part.
 */
function abbreviationsInRequests(ctx: RuleContext): RuleHit[] {
  const requests = new Set(ctx.find('request').map((m) => m.sentence));
  if (requests.size === 0) return [];
  const known = new Set(ctx.customer?.doc.tokens.map((t) => t.norm) ?? []);
  const hits: RuleHit[] = [];
  const { tokens, sentences } = ctx.doc;
  // Only the words of the request sentences, in text order.
  const words: number[] = [];
  for (const s of [...requests].sort((a, b) => a - b)) {
    for (let i = sentences[s]!.tokenStart; i < sentences[s]!.tokenEnd; i++) words.push(i);
  }
  for (const i of words) {
    const tok = tokens[i]!;
    if (tok.quoted || !looksLikeAbbreviation(tok.text)) continue;
    const upper = upperCase(tok.text);
    if (EVERYDAY.has(upper) || EMPHASIS.has(upper) || known.has(tok.norm)) continue;
    if (KEYWORD_CUES.has(tokens[i - 1]?.norm ?? '') || explainedInBrackets(ctx.text, tok)) continue;
    const term = tok.text;
    hits.push({
      start: tok.start,
      end: tok.end,
      message: {
        en: `The customer may not know what “${term}” is. Say in plain words what you need and where to find it.`,
        de: `Die Kundin weiß vielleicht nicht, was „${term}“ ist. Sagen Sie in einfachen Worten, was Sie brauchen und wo sie es findet.`,
      },
    });
  }
  return hits;
}

const rule: EngineRule = {
  ...vagueRequest,
  lists: { ...vagueRequest.lists, request: requests },
  check: (ctx) => [...vagueRequest.check(ctx), ...abbreviationsInRequests(ctx)],
};

export default rule;

/** Drafts the rule must fire on (invalid) and stay silent on (valid); tests run them all. */
export const examples: RuleExamples = {
  en: {
    valid: [
      { draft: 'Could you send more details: the order number and a photo of the label?' },
      { draft: 'Please send the order number from your confirmation email.' },
      { draft: 'Please send your IBAN and the PDF invoice.' },
      { draft: 'Please send the ICCID (the 19-digit number on your SIM card).' },
      { draft: 'Text STOP to 8080 to unsubscribe.' },
    ],
    invalid: [
      { draft: 'Please provide more information so we can help.' },
      { draft: 'We need further details before we can proceed.' },
      { draft: 'Please advise your IMEI and ICCID and we will raise it.' },
      { draft: 'We would need more detailed information about the error.' },
      { draft: 'We may look at it again if more information comes up.' },
    ],
  },
  de: {
    valid: [
      {
        draft:
          'Für die Erstattung benötige ich noch weitere Angaben, nämlich Ihre IBAN und den Kontoinhaber.',
      },
      { draft: 'Bitte schicken Sie mir die Bestellnummer aus Ihrer Bestätigung.' },
      { draft: 'Bitte schicken Sie uns Ihre IBAN und die Rechnung als PDF.' },
      { draft: 'Senden Sie eine SMS mit MEHR an 1234.' },
    ],
    invalid: [
      { draft: 'Bitte senden Sie uns weitere Informationen.' },
      { draft: 'Für die Bearbeitung benötigen wir weitere Angaben.' },
      { draft: 'Legen Sie bitte eine BANF über ME51N an.' },
      { draft: 'Dafür ist die Übermittlung geeigneter Nachweise erforderlich.' },
    ],
  },
};

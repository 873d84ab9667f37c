import type { EngineRule, RuleExamples, RuleHit } from '../engine/rule-types';
import type { Token } from '../engine/tokenizer';
import { hasDigit, isAllCaps, letterCount, upperCase } from '../engine/doc-helpers';
import words from './phrases/acronyms.json' with { type: 'json' };
import signature from './phrases/nameless-reply.json' with { type: 'json' };

const EVERYDAY = new Set(words.everyday.map((w) => w.toUpperCase()));
const EMPHASIS = new Set(words.emphasis);
const JARGON: Record<string, { en: string; de: string }> = words.jargon;

/** "SLA (service agreement)" or "service agreement (SLA)" explains the term. */
function isExplained(text: string, tok: Token): boolean {
  let i = tok.end;
  while (i < text.length && text.charCodeAt(i) === 32) i++;
  if (text.charAt(i) === '(') return true;
  if (
    text.charAt(i) === '=' ||
    text.startsWith(' – ', tok.end) ||
    text.startsWith(', i.e.', tok.end)
  ) {
    return true;
  }
  return text.charAt(tok.start - 1) === '(' && text.charAt(tok.end) === ')';
}

// Words that introduce an explanation right after the term: "BEM steht für ...", "SLA, also
// eine feste Reaktionszeit", "an SLA, which is a guaranteed response time".
const DEFINES = new Set(['bedeutet', 'heisst', 'means', 'meaning']);
const DEFINES_WITH = new Map([
  ['steht', 'fuer'],
  ['stands', 'for'],
  ['is', 'short'],
]);
/** How many words may stand between the term and the comma before its gloss. */
const REACH = 3;
const AFTER_COMMA = new Set(['also', 'd.h', 'sprich', 'i.e', 'meaning', 'which', 'das']);
const AFTER_COMMA_NEXT = new Map([
  ['which', new Set(['is', 'means', 'guarantees'])],
  ['das', new Set(['heisst', 'ist', 'sind'])],
]);

function isDefinedNext(text: string, tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i]!;
  const next = tokens[i + 1];
  if (next === undefined || next.sentence !== tok.sentence) return false;
  if (DEFINES.has(next.norm)) return true;
  if (DEFINES_WITH.get(next.norm) === tokens[i + 2]?.norm) return true;
  // German puts the verb between term and gloss: "ist ein SLA vereinbart, also eine ...".
  for (let j = i + 1; j <= i + REACH && j < tokens.length; j++) {
    const word = tokens[j]!;
    if (word.sentence !== tok.sentence) return false;
    if (!tokens[j - 1]!.punctAfter) continue;
    if (!text.slice(tokens[j - 1]!.end, word.start).includes(',')) return false;
    if (!AFTER_COMMA.has(word.norm)) return false;
    const needs = AFTER_COMMA_NEXT.get(word.norm);
    return needs === undefined || needs.has(tokens[j + 1]?.norm ?? '');
  }
  return false;
}

/** The most words a sign-off line has ("Mit freundlichen Grüßen aus Köln"). */
const SIGN_OFF_WORDS = 5;

/** Roman numerals ("Phase III", "Abschnitt IV") are numbers, not abbreviations. */
const ROMAN = /^[IVXL]+$/;

/** Unknown short all-caps words read like internal abbreviations. */
function looksLikeAbbreviation(tok: Token): boolean {
  if (!isAllCaps(tok.text) || ROMAN.test(tok.text)) return false;
  const upper = upperCase(tok.text);
  if (EVERYDAY.has(upper) || EMPHASIS.has(upper)) return false;
  if (upper in JARGON) return true;
  const letters = letterCount(tok.text);
  return !hasDigit(tok.text) && letters >= 2 && letters <= 4 && tok.text.length === letters;
}

const rule: EngineRule = {
  id: 'jargon',
  category: 'clarity',
  severity: 'hint',
  languages: ['de', 'en'],
  yieldsToJudgement: true,
  messages: {
    en: 'An internal abbreviation or term the customer may not know. Spell it out or explain it in brackets the first time.',
    de: 'Eine interne Abkürzung oder ein Fachwort, das die Kundin vielleicht nicht kennt. Schreiben Sie es aus oder erklären Sie es beim ersten Mal in Klammern.',
  },
  rationale: {
    en: 'Customers meet the service across many channels and have no access to internal vocabulary; plain words keep them able to act.',
    de: 'Kundinnen kennen das interne Vokabular nicht; klare Worte halten sie handlungsfähig.',
  },
  lists: { words: words.jargonWords, closing: signature.closing },
  check(ctx) {
    const hits: RuleHit[] = [];
    // Below the sign-off is the signature: company register, VAT number, legal footer ("HRB
    // 12345", "USt-IdNr."), which the customer needs to read no more than the agent wrote it.
    // A sign-off is a short line after the reply's content ("Kind regards,"), not a sentence
    // that starts with the same words ("Thanks for the log, the JWT ...").
    const closings = ctx.find('closing').filter((m) => {
      const sentence = ctx.doc.sentences[m.sentence]!;
      return m.sentence > 0 && sentence.tokenEnd - sentence.tokenStart <= SIGN_OFF_WORDS;
    });
    const signatureStart = closings.length > 0 ? closings[closings.length - 1]!.start : Infinity;
    const explained = new Set<string>();
    const reported = new Set<string>();
    const customerWords = new Set(ctx.customer?.doc.tokens.map((t) => t.norm) ?? []);
    const { tokens } = ctx.doc;
    for (let i = 0; i < tokens.length; i++) {
      const tok = tokens[i]!;
      if (tok.quoted || tok.start >= signatureStart || !looksLikeAbbreviation(tok)) continue;
      // Initials in a sign-off ("Best, JD") stand alone in their line.
      const sentence = ctx.doc.sentences[tok.sentence]!;
      if (sentence.tokenEnd - sentence.tokenStart < 3) continue;
      // A run of capitals is shouting, not jargon.
      const neighbours = [tokens[i - 1], tokens[i + 1]].filter(
        (t) => t !== undefined && t.sentence === tok.sentence,
      );
      if (neighbours.some((t) => isAllCaps(t!.text) && letterCount(t!.text) >= 3)) continue;
      const key = tok.norm;
      if (isExplained(ctx.text, tok) || isDefinedNext(ctx.text, tokens, i)) explained.add(key);
      if (explained.has(key) || reported.has(key) || customerWords.has(key)) continue;
      reported.add(key);
      const plain = JARGON[upperCase(tok.text)]?.[ctx.lang];
      hits.push({ start: tok.start, end: tok.end, ...(plain ? { suggestions: [plain] } : {}) });
    }
    for (const m of ctx.find('words')) {
      if (m.start >= signatureStart) continue;
      const key = ctx.text.slice(m.start, m.end).toLowerCase();
      if (reported.has(key) || customerWords.has(key)) continue;
      reported.add(key);
      hits.push({ start: m.start, end: m.end });
    }
    return hits;
  },
};

export default rule;

/** Drafts the rule must fire on (invalid) and stay silent on (valid); tests run them all. */
export const examples: RuleExamples = {
  en: {
    valid: [
      {
        draft:
          'Your ticket INC-12345 is with our second-level support team (L2), and they will call you today.',
      },
      { draft: 'Please send the PDF invoice and your IBAN.' },
      {
        draft:
          'Hi Sam, your refund went out today.\n\nKind regards\nAnna\nAcme Ltd, registered in England, CRN 01234567, VAT GB123456789',
      },
      { draft: 'The renovation is now in phase III and the lift works again.' },
      {
        customer: 'What is the SLA for my contract?',
        draft: 'Your SLA guarantees a response within 4 hours.',
      },
      {
        draft:
          'Your contract includes an SLA, which is a guaranteed response time: an engineer is on site within four hours.',
      },
      { draft: 'YES, your order went through and ships tomorrow.' },
    ],
    invalid: [
      { draft: 'Thanks for the log. Your JWT has expired, so please sign in again.' },
      { draft: 'I have escalated this to L2 and asked for an RCA.' },
      { draft: 'The ETA for your parcel is Friday.' },
      { draft: 'The hotfix will be deployed by the backend team.' },
    ],
  },
  de: {
    valid: [
      { draft: 'Ihr Ticket #4711 liegt beim Second-Level-Support (L2), der Sie heute anruft.' },
      { draft: 'Bitte prüfen Sie die WLAN-Einstellungen und die PIN.' },
      {
        draft:
          'Hallo Frau Berg, Ihre Erstattung ist heute raus.\n\nViele Grüße\nAnna Schmidt\nMusterfirma GmbH, Amtsgericht Köln HRB 12345, USt-IdNr. DE123456789',
      },
      {
        customer: 'Was bedeutet ONT?',
        draft: 'Das ONT ist das kleine Glasfaser-Modem an der Wand.',
      },
      {
        draft:
          'In Ihrem Vertrag ist ein SLA vereinbart, also eine feste Reaktionszeit von vier Stunden.',
      },
      {
        draft: 'BEM steht für betriebliches Eingliederungsmanagement, ein freiwilliges Gespräch.',
      },
    ],
    invalid: [
      { draft: 'Ich habe den Fall an L3 gegeben, die RCA folgt.' },
      { draft: 'Bitte tauschen Sie das ONT und prüfen Sie die APL.' },
    ],
  },
};

// Splits a draft into words, sentences and lines in one left-to-right pass (linear time, no
// regex over the whole text), keeping UTF-16 offsets so findings can be sliced from the draft.
import { normalizeWord } from './normalize';

export interface Token {
  /** Exactly draft.slice(start, end). */
  text: string;
  /** Lower-cased, umlaut-folded form used for matching. */
  norm: string;
  start: number;
  end: number;
  /** Index into Doc.sentences. */
  sentence: number;
  /** Punctuation (not just spaces) stands between this token and the next one. */
  punctAfter: boolean;
  /** Inside a pair of double quotes on the same line ("Mein Konto", „Speichern“). */
  quoted: boolean;
}

export interface Sentence {
  /** From the first word to the end of the closing punctuation. */
  start: number;
  end: number;
  /** Token index range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
}

export interface Line {
  start: number;
  end: number;
}

export interface Doc {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  lines: Line[];
}

// Character classes for the ASCII fast path: 1 = word character, 0 = other.
const ASCII_WORD = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_WORD[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_WORD[c] = 1;
for (let c = 97; c <= 122; c++) ASCII_WORD[c] = 1;

// Cache for the Basic Multilingual Plane: 0 = unknown, 1 = starts/continues a word,
// 2 = only continues a word (combining mark), 3 = not a word character.
const BMP_CLASS = new Uint8Array(65536);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const MARK = /^\p{M}$/u;

const WORD = 1;
const MARK_ONLY = 2;
const OTHER = 3;
/** classAt adds this when the character is a surrogate pair (two UTF-16 units). */
const PAIR = 4;

// Latin-1, Latin Extended-A/B and General Punctuation, the non-ASCII characters of nearly
// every de/en draft, classified without the Unicode property regexes (whose first use costs
// milliseconds on a cold page). tests/unit/rules/engine/tokenizer.test.ts checks every one of them.
for (let c = 0x80; c <= 0x24f; c++)
  BMP_CLASS[c] = c >= 0xc0 && c !== 0xd7 && c !== 0xf7 ? WORD : OTHER;
for (const c of [0xaa, 0xb2, 0xb3, 0xb5, 0xb9, 0xba, 0xbc, 0xbd, 0xbe]) BMP_CLASS[c] = WORD;
for (let c = 0x2000; c <= 0x206f; c++) BMP_CLASS[c] = OTHER;

function classifyCodePoint(cp: number): number {
  const ch = String.fromCodePoint(cp);
  if (LETTER_OR_DIGIT.test(ch)) return WORD;
  if (MARK.test(ch)) return MARK_ONLY;
  return OTHER;
}

/** The class of the character at i, plus PAIR when it takes two UTF-16 units. */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_WORD[c] === 1 ? WORD : OTHER;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
      return classifyCodePoint(cp) | PAIR;
    }
  }
  let cls = BMP_CLASS[c]!;
  if (cls === 0) {
    cls = c >= 0xd800 && c <= 0xdfff ? OTHER : classifyCodePoint(c);
    BMP_CLASS[c] = cls;
  }
  return cls;
}

/** Characters that may sit inside a word when a word character follows: don't, E-Mail, 17:00. */
function joinsWord(c: number, prevIsDigit: boolean, nextIsDigit: boolean): boolean {
  switch (c) {
    case 39: // '
    case 0x2019: // ’
    case 45: // -
    case 46: // .
    case 47: // /
    case 95: // _
    case 64: // @
    case 38: // &
      return true;
    case 58: // :
    case 44: // ,
      return prevIsDigit && nextIsDigit;
    default:
      return false;
  }
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

// Words after which a full stop does not end the sentence.
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'approx',
  'no',
  'nr',
  'bzw',
  'ca',
  'ggf',
  'evtl',
  'inkl',
  'exkl',
  'usw',
  'z.b',
  'd.h',
  'u.a',
  'str',
  'tel',
  'abs',
  'hr',
  'fr',
  'vgl',
  'zzgl',
  'max',
  'min',
  'gem',
  'incl',
  'lt',
]);

/** German month names: "3. März" is a date, not a sentence end. */
export const MONTHS: ReadonlySet<string> = new Set([
  'januar',
  'jaenner',
  'februar',
  'maerz',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'dezember',
]);

function startsLowercase(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  const ch = text.charAt(0);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function isTerminator(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026; // . ! ? …
}

function isDoubleQuote(c: number): boolean {
  // " “ ” „ « »
  return c === 34 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0xab || c === 0xbb;
}

/** Does the gap text[from, to) between two tokens end a sentence? */
function gapEndsSentence(
  text: string,
  from: number,
  to: number,
  prev: Token,
  next: Token,
): boolean {
  let terminator = -1;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    if (terminator < 0 && isTerminator(c)) terminator = i;
  }
  if (terminator < 0) return false;
  // Only a full stop (no ! ? … anywhere in the gap) may belong to an abbreviation or a date.
  if (text.charCodeAt(terminator) !== 46) return true;
  for (let i = terminator + 1; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 33 || c === 63 || c === 0x2026) return true;
  }
  if (startsLowercase(next.text)) return false;
  if (terminator === from) {
    if (ABBREVIATIONS.has(prev.norm)) return false;
    if (prev.norm.length === 1 && !isDigitCode(prev.norm.charCodeAt(0))) return false;
    // German ordinals and dates: "am 14. Juni", "der 3. Versuch".
    if (prev.norm.length <= 2 && isDigitCode(prev.norm.charCodeAt(0))) {
      if (MONTHS.has(next.norm) || isDigitCode(next.norm.charCodeAt(0))) return false;
    }
  }
  return true;
}

/** The matching form of a word whose letters are known to be ASCII (and maybe all lower-case). */
function normalizeScanned(word: string, ascii: boolean, upper: boolean): string {
  if (!ascii) return normalizeWord(word);
  return upper ? word.toLowerCase() : word;
}

export function tokenize(text: string): Doc {
  const tokens: Token[] = [];
  const lines: Line[] = [];
  let lineStart = 0;
  let inQuote = false;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code < 128 && ASCII_WORD[code] !== 1) {
      if (code === 10) {
        lines.push({
          start: lineStart,
          end: i > lineStart && text.charCodeAt(i - 1) === 13 ? i - 1 : i,
        });
        lineStart = i + 1;
        inQuote = false;
      } else if (code === 34) {
        inQuote = !inQuote;
      }
      i++;
      continue;
    }
    const cls = classAt(text, i);
    if ((cls & 3) !== WORD) {
      if (isDoubleQuote(code)) inQuote = !inQuote;
      i += cls & PAIR ? 2 : 1;
      continue;
    }
    const start = i;
    // Plain lower-case ASCII words (most of a draft) are their own matching form.
    let ascii = code < 128;
    let upper = code >= 65 && code <= 90;
    i += cls & PAIR ? 2 : 1;
    while (i < n) {
      // ASCII letters and digits, most of any draft, skip the general classifier.
      const c = text.charCodeAt(i);
      if (c < 128 && ASCII_WORD[c] === 1) {
        if (c <= 90 && c >= 65) upper = true;
        i++;
        continue;
      }
      const next = classAt(text, i);
      if ((next & 3) === WORD || (next & 3) === MARK_ONLY) {
        ascii = false;
        i += next & PAIR ? 2 : 1;
        continue;
      }
      // A joiner counts only when a word character follows it directly.
      if (i + 1 < n && (classAt(text, i + 1) & 3) === WORD) {
        if (
          joinsWord(c, isDigitCode(text.charCodeAt(i - 1)), isDigitCode(text.charCodeAt(i + 1)))
        ) {
          if (c >= 128) ascii = false;
          i += 1;
          continue;
        }
      }
      break;
    }
    const word = text.slice(start, i);
    tokens.push({
      text: word,
      norm: normalizeScanned(word, ascii, upper),
      start,
      end: i,
      sentence: 0,
      punctAfter: false,
      quoted: inQuote,
    });
  }
  lines.push({ start: lineStart, end: n });

  const sentences: Sentence[] = [];
  let sentenceStartToken = 0;
  const count = tokens.length;
  for (let t = 0; t < count; t++) {
    const tok = tokens[t]!;
    const next = t + 1 < count ? tokens[t + 1]! : undefined;
    const gapEnd = next ? next.start : n;
    tok.sentence = sentences.length;
    // Most gaps are one space: no punctuation, no sentence end.
    if (next !== undefined && gapEnd === tok.end + 1 && text.charCodeAt(tok.end) === 32) continue;
    tok.punctAfter = hasPunctuation(text, tok.end, gapEnd);
    if (next === undefined || gapEndsSentence(text, tok.end, gapEnd, tok, next)) {
      sentences.push({
        start: tokens[sentenceStartToken]!.start,
        end: tok.end + trailingPunctuationLength(text, tok.end, gapEnd),
        tokenStart: sentenceStartToken,
        tokenEnd: t + 1,
      });
      sentenceStartToken = t + 1;
    }
  }
  return { text, tokens, sentences, lines };
}

function hasPunctuation(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 160) continue;
    return true;
  }
  return false;
}

/** Closing punctuation that belongs to the sentence: "...here!)" */
function trailingPunctuationLength(text: string, from: number, to: number): number {
  let k = 0;
  while (from + k < to && k < 8) {
    const c = text.charCodeAt(from + k);
    if (isTerminator(c) || c === 41 || c === 34 || c === 0x201c || c === 0x201d) k++;
    else break;
  }
  return k;
}

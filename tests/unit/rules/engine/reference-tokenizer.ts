// The tokenizer as it was before it was tuned for speed: character by character, a slice per
// gap. Tests hold the engine's tokenizer to it on random text.
import { normalizeWord } from '../../../../rules/engine/normalize';
import {
  ABBREVIATIONS,
  MONTHS,
  type Doc,
  type Line,
  type Sentence,
  type Token,
} from '../../../../rules/engine/tokenizer';

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

function classifyCodePoint(cp: number): number {
  const ch = String.fromCodePoint(cp);
  if (LETTER_OR_DIGIT.test(ch)) return WORD;
  if (MARK.test(ch)) return MARK_ONLY;
  return OTHER;
}

function classAt(text: string, i: number): { cls: number; width: number } {
  const c = text.charCodeAt(i);
  if (c < 128) return { cls: ASCII_WORD[c] === 1 ? WORD : OTHER, width: 1 };
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
      return { cls: classifyCodePoint(cp), width: 2 };
    }
  }
  let cls = BMP_CLASS[c]!;
  if (cls === 0) {
    cls = c >= 0xd800 && c <= 0xdfff ? OTHER : classifyCodePoint(c);
    BMP_CLASS[c] = cls;
  }
  return { cls, width: 1 };
}

/** Characters that may sit inside a word when a word character follows: don't, E-Mail, 17:00. */
function joinsWord(ch: string, prevIsDigit: boolean, nextIsDigit: boolean): boolean {
  switch (ch) {
    case "'":
    case '’':
    case '-':
    case '.':
    case '/':
    case '_':
    case '@':
    case '&':
      return true;
    case ':':
    case ',':
      return prevIsDigit && nextIsDigit;
    default:
      return false;
  }
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

const TERMINATORS = '.!?…';
const DOUBLE_QUOTES = '"“”„«»';

// The word lists are the tokenizer's own: what is held against the reference is how the
// text is cut, not which words the lists hold.

function startsLowercase(text: string): boolean {
  const ch = text.charAt(0);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** Does the gap between two tokens end a sentence? */
function gapEndsSentence(gap: string, prev: Token, next: Token | undefined): boolean {
  if (gap.includes('\n')) return true;
  let terminator = -1;
  for (let i = 0; i < gap.length; i++) {
    if (TERMINATORS.includes(gap.charAt(i))) {
      terminator = i;
      break;
    }
  }
  if (terminator < 0) return false;
  if (next === undefined) return true;
  const onlyDot = gap.charAt(terminator) === '.' && !/[!?…]/.test(gap);
  if (!onlyDot) return true;
  if (startsLowercase(next.text)) return false;
  if (terminator === 0) {
    if (ABBREVIATIONS.has(prev.norm)) return false;
    if (prev.norm.length === 1 && !isDigitCode(prev.norm.charCodeAt(0))) return false;
    // German ordinals and dates: "am 14. Juni", "der 3. Versuch".
    if (prev.norm.length <= 2 && isDigitCode(prev.norm.charCodeAt(0))) {
      if (MONTHS.has(next.norm) || isDigitCode(next.norm.charCodeAt(0))) return false;
    }
  }
  return true;
}

export function referenceTokenize(text: string): Doc {
  const tokens: Token[] = [];
  const lines: Line[] = [];
  let lineStart = 0;
  let inQuote = false;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      lines.push({
        start: lineStart,
        end: i > lineStart && text.charCodeAt(i - 1) === 13 ? i - 1 : i,
      });
      lineStart = i + 1;
      inQuote = false;
      i++;
      continue;
    }
    const { cls, width } = classAt(text, i);
    if (cls !== WORD) {
      if (DOUBLE_QUOTES.includes(text.charAt(i))) inQuote = !inQuote;
      i += width;
      continue;
    }
    const start = i;
    i += width;
    while (i < n) {
      // ASCII letters and digits, most of any draft, skip the general classifier.
      const c = text.charCodeAt(i);
      if (c < 128 && ASCII_WORD[c] === 1) {
        i++;
        continue;
      }
      const next = classAt(text, i);
      if (next.cls === WORD || next.cls === MARK_ONLY) {
        i += next.width;
        continue;
      }
      // A joiner counts only when a word character follows it directly.
      if (i + 1 < n && classAt(text, i + 1).cls === WORD) {
        const ch = text.charAt(i);
        if (
          joinsWord(ch, isDigitCode(text.charCodeAt(i - 1)), isDigitCode(text.charCodeAt(i + 1)))
        ) {
          i += 1;
          continue;
        }
      }
      break;
    }
    const word = text.slice(start, i);
    tokens.push({
      text: word,
      norm: normalizeWord(word),
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
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t]!;
    const next = tokens[t + 1];
    const gapEnd = next ? next.start : n;
    const gap = text.slice(tok.end, gapEnd);
    tok.sentence = sentences.length;
    tok.punctAfter = hasPunctuation(gap);
    if (next === undefined || gapEndsSentence(gap, tok, next)) {
      sentences.push({
        start: tokens[sentenceStartToken]!.start,
        end: tok.end + trailingPunctuationLength(gap),
        tokenStart: sentenceStartToken,
        tokenEnd: t + 1,
      });
      sentenceStartToken = t + 1;
    }
  }
  return { text, tokens, sentences, lines };
}

function hasPunctuation(gap: string): boolean {
  for (let i = 0; i < gap.length; i++) {
    const c = gap.charCodeAt(i);
    if (c === 32 || c === 9 || c === 160) continue;
    return true;
  }
  return false;
}

/** Closing punctuation that belongs to the sentence: "...here!)" */
function trailingPunctuationLength(gap: string): number {
  let k = 0;
  while (k < gap.length && k < 8) {
    const ch = gap.charAt(k);
    if (TERMINATORS.includes(ch) || ch === ')' || ch === '"' || ch === '“' || ch === '”') k++;
    else break;
  }
  return k;
}

// Small helpers shared by the built-in rules.
import type { Doc, Sentence, Token } from './tokenizer';
import type { RuleHit } from './rule-types';

/** A finding about the draft as a whole spans all of it. */
export function wholeDraft(text: string): RuleHit {
  return { start: 0, end: text.length };
}

export function wordCount(s: Sentence): number {
  return s.tokenEnd - s.tokenStart;
}

/**
 * Sentences that carry content: greetings ("Hi Ms Patel,"), sign-offs ("Best wishes,") and
 * names are short lines without a verb; four words is a cheap, good enough cut.
 */
export const CONTENT_WORDS = 4;

export function contentSentences(doc: Doc): Sentence[] {
  return doc.sentences.filter((s) => wordCount(s) >= CONTENT_WORDS);
}

/** How many content sentences count as "the opening" of a reply (where it must acknowledge). */
export const OPENING_SENTENCES = 3;

/** Sentence index just after the n-th content sentence (or all sentences if fewer). */
export function openingEnd(doc: Doc, n: number): number {
  let seen = 0;
  for (let i = 0; i < doc.sentences.length; i++) {
    if (wordCount(doc.sentences[i]!) >= CONTENT_WORDS) seen++;
    if (seen >= n) return i + 1;
  }
  return doc.sentences.length;
}

const LETTER_UPPER = /\p{Lu}/u;
const LETTER_LOWER = /\p{Ll}/u;

/** Only capital letters (at least one), no lower-case ones; digits and hyphens allowed. */
export function isAllCaps(word: string): boolean {
  // ASCII first: most words give themselves away with a lower-case letter right away.
  let upper = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return isAllCapsFrom(word, i, upper);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper;
}

function isAllCapsFrom(word: string, from: number, upperSoFar: boolean): boolean {
  let upper = upperSoFar;
  for (const ch of word.slice(from)) {
    if (LETTER_LOWER.test(ch)) return false;
    if (!upper && LETTER_UPPER.test(ch)) upper = true;
  }
  return upper;
}

/** Characters (code points) that have a case: letters in the sense that matters here. */
export function letterCount(word: string): number {
  let n = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) n++;
      continue;
    }
    const ch = String.fromCodePoint(word.codePointAt(i)!);
    if (ch.length === 2) i++;
    if (ch.toLowerCase() !== ch.toUpperCase()) n++;
  }
  return n;
}

/** Upper case of each Latin-1 character (context-free in this range: ß is SS anywhere). */
const LATIN1_UPPER: string[] = [];
for (let c = 0; c < 256; c++) LATIN1_UPPER.push(String.fromCharCode(c).toUpperCase());

/**
 * word.toUpperCase(), from a table for Latin-1 words: the call costs microseconds on words cut
 * from a draft that is not Latin-1 (one “ or emoji makes it so), and rules upper-case a word
 * per capitalised token. Words that already are capitals (ASAP, SLA) come back as they are.
 */
export function upperCase(word: string): string {
  let lower = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 255) return word.toUpperCase();
    // a-z, and any Latin-1 letter past them, may be lower case: the table maps each.
    if (c >= 97) lower = true;
  }
  if (!lower) return word;
  let out = '';
  for (let i = 0; i < word.length; i++) out += LATIN1_UPPER[word.charCodeAt(i)]!;
  return out;
}

export function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

export function isCapitalized(token: Token): boolean {
  const c = token.text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = token.text.charAt(0);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function sentenceSpan(s: Sentence): RuleHit {
  return { start: s.start, end: s.end };
}

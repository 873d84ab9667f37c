// Code that runs on every token or character takes fast paths (ASCII first, native searches);
// it must answer exactly what the plain definitions answer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isAllCaps,
  isCapitalized,
  letterCount,
  upperCase,
} from '../../../../rules/engine/doc-helpers';
import type { Token } from '../../../../rules/engine/tokenizer';
import { FOLD, normalizeWord } from '../../../../rules/engine/normalize';
import { check } from '../../../../rules/index';
import sarcasm from '../../../../rules/builtin/phrases/sarcasm.json' with { type: 'json' };

const plainIsAllCaps = (word: string) =>
  ![...word].some((ch) => /\p{Ll}/u.test(ch)) && [...word].some((ch) => /\p{Lu}/u.test(ch));
const plainLetterCount = (word: string) =>
  [...word].filter((ch) => ch.toLowerCase() !== ch.toUpperCase()).length;
const plainIsCapitalized = (text: string) => {
  const ch = text.charAt(0);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
};
const token = (text: string) => ({ text }) as Token;

const words = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom(
    'ASAP',
    'Asap',
    'asap',
    'ÄRGER',
    'Ärger',
    'ß',
    'SS',
    'ǅ',
    'İ',
    'ϒ',
    '𝐀𝐁',
    'WI-FI',
    'DSL2',
    '\uD800A',
    'A\uDC00',
    '😊',
  ),
);

describe('token helpers', () => {
  it('isAllCaps, letterCount and isCapitalized match their plain definitions', () => {
    fc.assert(
      fc.property(words, (word) => {
        expect(isAllCaps(word)).toBe(plainIsAllCaps(word));
        expect(letterCount(word)).toBe(plainLetterCount(word));
        expect(isCapitalized(token(word))).toBe(plainIsCapitalized(word));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('sarcasm markers', () => {
  const markers = new Set(sarcasm.markers.map((m) => m.codePointAt(0)!));
  /** The plain scan: every high surrogate (and the unit after it) in turn. */
  const plainMarkerSpans = (text: string) => {
    const spans: string[] = [];
    for (let i = 0; i < text.length - 1; i++) {
      const hi = text.charCodeAt(i);
      if (hi < 0xd800 || hi > 0xdbff) continue;
      if (markers.has(text.codePointAt(i)!)) spans.push(`${i}-${i + 2}`);
      i++;
    }
    return spans;
  };
  const pieces = [...sarcasm.markers, '😊', '👍🏽', '\uD83D', '\uDE44', 'a', ' ', '\uD800\uD83D'];

  it('are found exactly where a plain scan finds them', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const draft = parts.join('');
        const found = check({ draft, lang: 'en' })
          .findings.filter((f) => f.ruleId === 'sarcasm')
          .map((f) => `${f.start}-${f.end}`);
        expect(found).toEqual(plainMarkerSpans(draft));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('normalizeWord', () => {
  /** The plain definition: lower-case, then fold umlauts, accents and apostrophes (FOLD). */
  const plain = (word: string) =>
    word.toLowerCase().replace(/[äöüßẞ’‘ʼéèêàáâçñóôíú]/g, (ch) => FOLD[ch]!);
  const latin1 = fc.integer({ min: 0, max: 255 }).map((c) => String.fromCharCode(c));
  const special = fc.constantFrom('’', '‘', 'ʼ', 'ẞ', 'İ', 'Σ', 'Ǆ', '😊', '\uD800');

  it('equals lower-casing and folding, on Latin-1 and beyond', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(latin1, latin1, special), { maxLength: 12 }), (chars) => {
        const word = chars.join('');
        expect(normalizeWord(word)).toBe(plain(word));
      }),
      { numRuns: 5000 },
    );
    for (let c = 0; c < 256; c++) {
      const word = `A${String.fromCharCode(c)}b`;
      expect(normalizeWord(word), `U+${c.toString(16)}`).toBe(plain(word));
    }
  });
});

describe('upperCase', () => {
  it('equals toUpperCase', () => {
    const latin1 = fc.integer({ min: 0, max: 255 }).map((c) => String.fromCharCode(c));
    const special = fc.constantFrom('’', 'ẞ', 'ǅ', 'ﬁ', '😊', '\uD800', 'ΐ');
    fc.assert(
      fc.property(fc.array(fc.oneof(latin1, latin1, special), { maxLength: 12 }), (chars) => {
        const word = chars.join('');
        expect(upperCase(word)).toBe(word.toUpperCase());
      }),
      { numRuns: 5000 },
    );
  });
});

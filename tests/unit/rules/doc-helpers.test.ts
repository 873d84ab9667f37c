// The helpers rules call on every token take ASCII fast paths; they must answer exactly what
// their plain Unicode definitions answer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAllCaps, isCapitalized, letterCount } from '../../../rules/engine/doc-helpers';
import type { Token } from '../../../rules/engine/tokenizer';

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

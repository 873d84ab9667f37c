// The pattern parser takes shortcuts (char-code splitting, shared work in a ParseCache, plain
// words without the item machinery); it must produce exactly what the plain parser produced,
// variants and errors alike, with and without a cache.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParseCache, parsePattern, type WordSets } from '../../../../rules/engine/pattern';
import { referenceParsePattern } from './reference-pattern';

const sets: WordSets = { days: ['montag', 'Dienstag', 'mitt*'], two: ['a', 'b c'], odd: ['(x'] };

function outcome(parse: () => unknown): unknown {
  try {
    return { ok: parse() };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

const word = fc.constantFrom(
  'a',
  'Bitte',
  'ZUSTÄNDIG',
  'straße',
  'b',
  '#',
  'x*',
  '*ung',
  '*',
  '**',
  'a*b',
);
const token = fc.oneof(
  { weight: 12, arbitrary: word },
  { weight: 2, arbitrary: fc.constantFrom('@days', '@days*', '@two', '@nothing', '@odd') },
  { weight: 2, arbitrary: fc.constantFrom('...', '...1', '...8', '...9', '...x', '^', '$') },
  { weight: 1, arbitrary: fc.constantFrom('(', ')', '|', '?', ' ', '  ', '\t', '\u00a0') },
);
const group = fc
  .array(fc.oneof(word, fc.constantFrom('a b', '... c', '(d|e)', '@days', '')), { maxLength: 4 })
  .map((alts) => `(${alts.join('|')})`);
const item = fc
  .tuple(fc.oneof({ weight: 3, arbitrary: token }, { weight: 1, arbitrary: group }), fc.boolean())
  .map(([part, optional]) => (optional ? `${part}?` : part));
const pattern = fc.array(item, { maxLength: 10 }).map((parts) => parts.join(' '));

describe('parsePattern', () => {
  it('gives the plain parser’s variants or error on random patterns', () => {
    const cache = new ParseCache(sets);
    let parsed = 0;
    fc.assert(
      fc.property(pattern, (source) => {
        const expected = outcome(() => referenceParsePattern(source, sets));
        expect(outcome(() => parsePattern(source, sets))).toEqual(expected);
        expect(outcome(() => parsePattern(source, sets, cache))).toEqual(expected);
        if ('ok' in (expected as object)) parsed++;
      }),
      { numRuns: 5000 },
    );
    // Both outcomes are exercised: patterns that parse and patterns that are refused.
    expect(parsed).toBeGreaterThan(500);
    expect(parsed).toBeLessThan(4500);
  }, 60_000);
});

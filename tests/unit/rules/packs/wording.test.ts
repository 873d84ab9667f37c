// Pack problems are codes with data, worded only where they are shown: one English and one
// German table (rules/packs/wording). The problems loadPack really produces are worded here, so
// a changed code or wording shows up; and every code has its words in both languages.
import { describe, expect, it } from 'vitest';
import {
  loadPack,
  type PackProblem,
  type ProblemCode,
  type ProblemData,
} from '../../../../rules/index';
import type { JsonSyntax } from '../../../../rules/packs/json';
import type { PatternSyntax } from '../../../../rules/engine/pattern';
import type { PatternFault } from '../../../../rules/packs/problems';
import { problemMessage, WORDINGS } from '../../../../rules/packs/wording';
import { errorsOf, minimalPack, text } from '../../../support/packs';

function firstProblem(source: string): PackProblem {
  return errorsOf(loadPack(source))[0]!;
}

const pack = () => text(minimalPack());
const ENGLISH = /\b(duplicate|already|line|column|nested|deeper|levels|must|got|integer|range)\b/;

describe('pack problems in German', () => {
  it.each([
    [
      'a repeated key',
      () => pack().replace('"id": "mini",', '"id": "mini",\n  "id": "maxi",'),
      'doppelter Schlüssel „id“ (schon in Zeile 3, Spalte 3)',
    ],
    [
      'deep nesting',
      () => `{"a": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`,
      'tiefer als 32 Ebenen verschachtelt',
    ],
    [
      'a number out of range',
      () => pack().replace('"schemaVersion": 1', '"schemaVersion": 1e400'),
      'muss 1 sein, ist aber eine Zahl außerhalb des darstellbaren Bereichs',
    ],
    [
      'a wrong type',
      () => pack().replace('"version": "0.1.0"', '"version": 3'),
      'muss ein Text sein, ist aber eine ganze Zahl',
    ],
  ])('%s', (_name, source, german) => {
    const problem = firstProblem(source());
    expect(problemMessage(problem, 'de')).toBe(german);
    expect(problemMessage(problem, 'de')).not.toMatch(ENGLISH);
    expect(problemMessage(problem, 'en')).toMatch(ENGLISH);
  });

  const range = (got: ProblemData['out-of-range']['got'], min = 0, max?: number) =>
    ({
      path: '/rules/0/max/en',
      code: 'out-of-range',
      data: { integer: true, min, ...(max === undefined ? {} : { max }), got },
    }) satisfies PackProblem;

  it.each([
    [
      range({ json: '-1' }, 0, 10000),
      'must be an integer from 0 to 10000, got -1',
      'muss eine ganze Zahl von 0 bis 10000 sein, ist aber -1',
    ],
    [
      range({ type: 'out-of-range' }, 0, 10000),
      'must be an integer from 0 to 10000, got a number out of range',
      'muss eine ganze Zahl von 0 bis 10000 sein, ist aber eine Zahl außerhalb des darstellbaren Bereichs',
    ],
    [
      range({ type: 'string' }, 0, 10000),
      'must be an integer from 0 to 10000, got a string',
      'muss eine ganze Zahl von 0 bis 10000 sein, ist aber ein Text',
    ],
    [
      range({ json: '2.5' }),
      'must be an integer of at least 0, got 2.5',
      'muss eine ganze Zahl von mindestens 0 sein, ist aber 2.5',
    ],
    [
      {
        path: '/a',
        code: 'duplicate-key',
        data: { key: 'a "b"', line: 12, column: 7 },
      } satisfies PackProblem,
      'duplicate key "a \\"b\\"" (already at line 12, column 7)',
      'doppelter Schlüssel „a \\"b\\"“ (schon in Zeile 12, Spalte 7)',
    ],
  ])('%j', (problem, english, german) => {
    expect(problemMessage(problem, 'en')).toBe(english);
    expect(problemMessage(problem, 'de')).toBe(german);
  });
});

/** One example of every code's data: typed, so a new code without an example does not compile. */
const SAMPLES: { [C in ProblemCode]: ProblemData[C] } = {
  'not-allowed': { key: 'measure', when: [{ key: 'kind', value: { json: '"phrases"' } }] },
  empty: {},
  'too-few-items': { min: 2, count: 1 },
  'too-many-items': { max: 2, count: 3 },
  'listed-twice': { value: { json: '"asap"' } },
  'too-few-properties': { min: 2 },
  'too-many-properties': { max: 2, count: 3 },
  missing: { key: 'author' },
  'unknown-property': { key: 'colour' },
  'wrong-type': { expected: ['string', 'null'], got: 'integer' },
  'wrong-value': { expected: { json: '1' }, got: { json: '0' } },
  'not-one-of': { options: [{ json: '"hint"' }, { json: '"warning"' }], got: { json: '"x"' } },
  'too-short': { min: 3 },
  'too-long': { max: 64, length: 70, ofKey: true },
  'wrong-form': { value: { json: '"v2"' }, description: 'a semantic version' },
  'out-of-range': { integer: false, max: 10, got: { json: '11' } },
  'below-minimum': { min: 0, got: -1 },
  'above-maximum': { max: 10, got: 11 },
  'too-large': { bytes: 9 * 1024 * 1024, max: 8 * 1024 * 1024 },
  'not-text': {},
  'invalid-json': { what: 'value', found: null },
  'too-deep': { max: 32 },
  'forbidden-key': { key: '__proto__' },
  'duplicate-key': { key: 'id', line: 2, column: 3 },
  'newer-schema': { version: 2, supported: 1 },
  pattern: {
    rule: 'x',
    list: 'pattern',
    pattern: 'a ...9 b',
    fault: { what: 'gaps', count: 3, max: 2 },
  },
  'too-many-patterns': { count: 50001, max: 50000 },
  'too-many-edges': { count: 400001, max: 400000 },
  'language-not-in-pack': { rule: 'x', lang: 'de', languages: ['en'] },
  'needs-threshold': { rule: 'x' },
  'min-not-supported': { rule: 'x' },
  'replacement-without-pattern': { rule: 'x', key: 'ASAP', lang: 'en' },
  'examples-missing': { rule: 'x', lang: 'de' },
  'examples-never-fire': { rule: 'x', lang: 'de', measure: true },
  'unknown-builtin': { rule: 'x' },
  'exceptions-unused': { rule: 'x' },
  markup: { found: '<b>' },
  'rule-id-twice': { rule: 'x', first: 0 },
  'rule-id-taken': { rule: 'x', pack: 'mini' },
  'allowlist-entry': { entry: '!!!', words: 0, max: 8 },
  'example-does-not-fire': { rule: 'x', lang: 'en', draft: 'All done.' },
  'example-fires': { rule: 'x', lang: 'en', hit: 'asap', draft: 'Back asap!' },
  'too-many-failures': { max: 100 },
  'pack-twice': { pack: 'mini' },
  'compile-failed': { detail: 'broken' },
  'unusable-packs': { detail: 'broken' },
};

const SYNTAX: JsonSyntax[] = [
  { what: 'after-end', found: 'x' },
  { what: 'separator', close: ']', found: null },
  { what: 'name', found: ',' },
  { what: 'colon', key: 'id', found: '1' },
  { what: 'value', found: null },
  { what: 'unterminated-string' },
  { what: 'control-character' },
  { what: 'unicode-escape' },
  { what: 'escape', escape: 'q' },
];

const SYNTAX_SAMPLES: { [C in PatternSyntax['code']]: Extract<PatternSyntax, { code: C }> } = {
  'prefix-and-suffix': { code: 'prefix-and-suffix' },
  misplaced: { code: 'misplaced', item: '(a' },
  unbalanced: { code: 'unbalanced' },
  'gap-form': { code: 'gap-form', max: 8 },
  'unknown-set': { code: 'unknown-set', name: 'colours' },
  'too-many-variants': { code: 'too-many-variants' },
  'no-word': { code: 'no-word' },
  'gap-at-edge': { code: 'gap-at-edge' },
  'two-gaps': { code: 'two-gaps' },
};
const SYNTAX_FAULTS: PatternSyntax[] = Object.values(SYNTAX_SAMPLES);

const FAULTS: PatternFault[] = [
  { what: 'variants', count: 65, max: 64 },
  { what: 'steps', count: 13, max: 12 },
  { what: 'gap', size: 8, max: 5 },
  { what: 'alternatives', count: 65, max: 64 },
  { what: 'wildcard', shown: 'a*', min: 3 },
  { what: 'gaps', count: 3, max: 2 },
  // The parser's own faults, one of each code.
  ...SYNTAX_FAULTS.map((syntax): PatternFault => ({ what: 'syntax', syntax })),
];

describe('the wording tables', () => {
  const problems: PackProblem[] = [
    ...Object.entries(SAMPLES).map(([code, data]) => ({ path: '', code, data }) as PackProblem),
    ...SYNTAX.map((data): PackProblem => ({ path: '', code: 'invalid-json', data })),
    ...FAULTS.map((fault): PackProblem => ({
      path: '',
      code: 'pattern',
      data: { rule: 'x', list: 'exception', pattern: 'p', fault },
    })),
  ];

  it('word every code, and no other, in English and in German', () => {
    const codes = Object.keys(SAMPLES).sort();
    expect(Object.keys(WORDINGS.en.problems).sort()).toEqual(codes);
    expect(Object.keys(WORDINGS.de.problems).sort()).toEqual(codes);
  });

  it.each(problems.map((p) => [p.code, p] as const))(
    '%s has words of its own in each language',
    (_code, problem) => {
      const english = problemMessage(problem, 'en');
      const german = problemMessage(problem, 'de');
      expect(english.length).toBeGreaterThan(0);
      expect(german.length).toBeGreaterThan(0);
      expect(german).not.toBe(english);
      expect(english).not.toMatch(/undefined|\[object/);
      expect(german).not.toMatch(/undefined|\[object/);
    },
  );
});

describe('a pattern the parser refuses', () => {
  it("is worded in the reader's language, not in the engine's English", () => {
    const pack = minimalPack();
    const rule = pack.rules[0] as { patterns: Record<string, string[]> };
    rule.patterns = { en: ['(a b', 'asap'] };
    const problem = errorsOf(loadPack(text(pack))).find((e) => e.code === 'pattern')!;
    expect(problemMessage(problem, 'en')).toContain('unbalanced parentheses');
    expect(problemMessage(problem, 'de')).toContain('die Klammern gehen nicht auf');
  });
});

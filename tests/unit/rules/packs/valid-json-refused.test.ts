// Valid JSON that no pack may be, and numbers no field can hold: each gets its own located
// message, never "invalid JSON" (which is for syntax errors only).
import { describe, expect, it } from 'vitest';
import { loadPack, type PackProblem } from '../../../../rules/index';
import { errorsOf, expectProblem, messageOf, minimalPack, text } from '../../../support/packs';

/** The text at a problem's line and column. */
function at(source: string, problem: PackProblem): string {
  return source.split('\n')[problem.line! - 1]!.slice(problem.column! - 1);
}

/** 1-based line and column of the n-th (0-based) occurrence of `needle`. */
function place(source: string, needle: string, n: number): { line: number; column: number } {
  let offset = -1;
  for (let i = 0; i <= n; i++) offset = source.indexOf(needle, offset + 1);
  const before = source.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** minimalPack with one measure rule whose English threshold is written as `max`. */
function thresholdPack(max: string): string {
  const pack = minimalPack();
  pack.rules = [
    {
      id: 'short-reply',
      kind: 'measure',
      measure: 'draft-words',
      category: 'clarity',
      severity: 'hint',
      messages: { de: 'Kürzer.', en: 'Shorter.' },
      rationale: { de: 'Kurz.', en: 'Short.' },
      max: { en: 5 },
      examples: {
        en: { valid: [{ draft: 'Done.' }], invalid: [{ draft: 'one two three four five six' }] },
      },
    },
  ];
  return text(pack).replace('"en": 5', `"en": ${max}`);
}

describe('a pack that repeats a key is refused at the second occurrence', () => {
  it('at the top level, naming the key and where it was first', () => {
    const source = text(minimalPack()).replace('"id": "mini",', '"id": "mini",\n  "id": "maxi",');
    const first = place(source, '"id"', 0);
    const problem = expectProblem(
      loadPack(source),
      '',
      new RegExp(
        `^duplicate key "id" \\(already at line ${first.line}, column ${first.column}\\)$`,
      ),
    );
    expect(problem).toMatchObject(place(source, '"id"', 1));
    expect(at(source, problem)).toMatch(/^"id": "maxi"/);
  });

  it('deep inside, with the pointer of the object that has it twice', () => {
    const source = text(minimalPack()).replace(
      '"en": "Give a time instead of \\"asap\\"."',
      '"en": "Give a time.",\n        "en": "Something else."',
    );
    const problem = expectProblem(loadPack(source), '/rules/0/messages', /^duplicate key "en"/);
    expect(at(source, problem)).toMatch(/^"en": "Something else\."/);
    const first = place(source, '"en": "Give a time."', 0);
    expect(messageOf(problem)).toBe(
      `duplicate key "en" (already at line ${first.line}, column ${first.column})`,
    );
  });

  it('even when both values are the same, and inside arrays', () => {
    const source = text(minimalPack()).replace(
      '"draft": "I will call you asap."',
      '"draft": "I will call you asap.", "draft": "I will call you asap."',
    );
    expectProblem(loadPack(source), '/rules/0/examples/en/invalid/0', /^duplicate key "draft"/);
  });

  it('is not fooled by quotes, colons and backslashes inside strings', () => {
    const pack = minimalPack();
    pack.description = 'Keys like "id": "x" and \\": or \\\\" are text here: {"a": 1, "a": 2}';
    pack.rules[0]!.rationale.en = '\\';
    const result = loadPack(text(pack));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
});

describe('numbers a field cannot hold say which field and what is allowed', () => {
  it.each([
    ['-1', 'got -1'],
    ['2.5', 'got 2.5'],
    ['1e400', 'got a number out of range'],
    ['123456789012345678901234567890', 'got 1.2345678901234568e+29'],
    ['10001', 'got 10001'],
  ])('a threshold of %s', (max, got) => {
    const source = thresholdPack(max);
    const problem = expectProblem(
      loadPack(source),
      '/rules/0/max/en',
      /^must be an integer from 0 to 10000, /,
    );
    expect(messageOf(problem)).toBe(`must be an integer from 0 to 10000, ${got}`);
    expect(at(source, problem)).toBe(`"en": ${max}`);
  });

  it('a threshold in range still loads', () => {
    expect(loadPack(thresholdPack('5')).ok).toBe(true);
    expect(loadPack(thresholdPack('5.0')).ok).toBe(true);
  });

  it('a schemaVersion of 1e400 or past 2^53 is not 1 (and not "null" or "newer")', () => {
    const huge = text(minimalPack()).replace('"schemaVersion": 1', '"schemaVersion": 1e400');
    const problem = expectProblem(
      loadPack(huge),
      '/schemaVersion',
      /^must be 1, got a number out of range$/,
    );
    expect(at(huge, problem)).toMatch(/^"schemaVersion": 1e400/);
    const long = text(minimalPack()).replace(
      '"schemaVersion": 1',
      '"schemaVersion": 123456789012345678901234567890',
    );
    expectProblem(loadPack(long), '/schemaVersion', /^must be 1, got 1\.2345678901234568e\+29$/);
  });

  it('a number where text belongs says it is out of range', () => {
    const source = text(minimalPack()).replace('"version": "0.1.0"', '"version": -1e400');
    expectProblem(loadPack(source), '/version', /^must be a string, got a number out of range$/);
  });
});

describe('valid JSON nested 10,000 levels deep', () => {
  it.each([
    ['arrays', `{"schemaVersion": 1, "id": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`, '/0'],
    [
      'objects',
      `{"schemaVersion": 1, "id": ${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`,
      '/a',
    ],
  ])('of %s says how deep it may be, where, and not "invalid JSON"', (_kind, source, step) => {
    expect(() => JSON.parse(source)).not.toThrow();
    const [problem, ...rest] = errorsOf(loadPack(source));
    expect(rest).toEqual([]);
    expect(messageOf(problem!)).toBe('nested deeper than 32 levels');
    expect(messageOf(problem!)).not.toMatch(/invalid JSON|not valid JSON/);
    // The 33rd container counting the pack itself: the 32nd below "id", 31 steps down.
    expect(problem!.path).toBe(`/id${step.repeat(31)}`);
    const opened = source.indexOf(step === '/0' ? '[' : '{"a":') + 31 * (step === '/0' ? 1 : 5);
    expect(problem).toMatchObject({ line: 1, column: opened + 1 });
  });
});

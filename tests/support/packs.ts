// Shared fixtures for the pack tests: a small valid pack to break in one place at a time.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { problemMessage, type LoadResult, type Pack, type PackProblem } from '../../rules/index';

export const SAMPLE_PACK_PATH = 'rules/packs/examples/team-pack.json';

export function samplePackText(): string {
  return readFileSync(SAMPLE_PACK_PATH, 'utf8');
}

/** A minimal valid pack with one phrase rule; a fresh copy each call. */
export function minimalPack(): Pack {
  return {
    schemaVersion: 1,
    id: 'mini',
    name: 'Mini pack',
    version: '0.1.0',
    description: 'One rule.',
    author: 'Tests',
    license: 'CC0-1.0',
    languages: ['en'],
    rules: [
      {
        id: 'no-asap',
        kind: 'phrases',
        category: 'next-steps',
        severity: 'warning',
        messages: { de: 'Nennen Sie eine Zeit.', en: 'Give a time instead of "asap".' },
        rationale: { de: 'Konkrete Zeiten.', en: 'Concrete times.' },
        patterns: { en: ['asap', 'as soon as possible'] },
        replacements: { en: { asap: ['by 5 pm today'] } },
        examples: {
          en: {
            valid: [{ draft: 'I will call you by 5 pm today.' }],
            invalid: [{ draft: 'I will call you asap.' }],
          },
        },
      },
    ],
  };
}

export function text(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

/** A problem's English message, as the CLI prints it. */
export function messageOf(problem: PackProblem): string {
  return problemMessage(problem, 'en');
}

/** A problem with its place and its English message instead of its code and data. */
export function worded(problem: PackProblem) {
  const { code: _code, data: _data, ...place } = problem;
  return { ...place, message: messageOf(problem) };
}

export function errorsOf(result: LoadResult): PackProblem[] {
  expect(result.ok, 'the pack should be refused').toBe(false);
  return result.ok ? [] : result.errors;
}

/** The result is refused with a problem at `path` whose message matches. */
export function expectProblem(result: LoadResult, path: string, message: RegExp): PackProblem {
  const errors = errorsOf(result);
  const found = errors.find((e) => e.path === path && message.test(messageOf(e)));
  expect(
    found,
    `no error at ${path} matching ${message}; got ${JSON.stringify(errors, null, 1)}`,
  ).toBeDefined();
  return found!;
}

// What is wrong with journal data, said in both UI languages at the place that finds it (like
// a rule's messages), so the journal page shows the detail lines of a refused backup or entry
// in the agent's language. Paths (entries[3].mood) and field names stay as in the file.
import type { Lang } from '@/rules';
import { isRecord } from '../is-record';

/** One problem, in German and English. */
export type Problem = Readonly<Record<Lang, string>>;

/** A problem at `path` ("entries[3].mood: ..."); `path` empty for the file as a whole. */
export function problem(path: string, en: string, de: string): Problem {
  return path ? { en: `${path}: ${en}`, de: `${path}: ${de}` } : { en, de };
}

/** A value as a problem names it: text quoted and cut, lists and objects by their kind. */
export function described(value: unknown): Problem {
  if (value === null) return { en: 'null', de: 'null' };
  if (Array.isArray(value)) return { en: 'a list', de: 'eine Liste' };
  if (typeof value === 'string') {
    const text = JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    return { en: text, de: text };
  }
  if (typeof value === 'object') return { en: 'an object', de: 'ein Objekt' };
  // JSON.parse reads 1e400 as Infinity: no number the file wrote, so say what it is.
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return { en: 'a number out of range', de: 'eine Zahl außerhalb des darstellbaren Bereichs' };
  }
  return { en: String(value), de: String(value) };
}

/** A count in each language's digits grouping (1,000 / 1.000). */
export function count(n: number): Problem {
  return { en: n.toLocaleString('en'), de: n.toLocaleString('de') };
}

/** Problems joined into one line per language. */
export function joined(problems: readonly Problem[], separator = '; '): Problem {
  return {
    en: problems.map((p) => p.en).join(separator),
    de: problems.map((p) => p.de).join(separator),
  };
}

export function objectExpected(path: string): Problem {
  return problem(path, 'expected an object', 'erwartet wird ein Objekt');
}

/** An object with exactly these fields (`optional` may be left out), or what is wrong with it. */
export function shapeProblems(
  path: string,
  value: unknown,
  required: readonly string[],
  optional: readonly string[] = [],
): Problem[] {
  if (!isRecord(value)) return [objectExpected(path)];
  const allowed = new Set([...required, ...optional]);
  return [
    ...Object.keys(value)
      .filter((key) => !allowed.has(key))
      .map((key) => problem(path, `unknown field "${key}"`, `unbekanntes Feld „${key}“`)),
    ...required
      .filter((key) => !(key in value))
      .map((key) => problem(`${path}.${key}`, 'missing', 'fehlt')),
  ];
}

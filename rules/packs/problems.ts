// What can be wrong with a pack, as a code plus the facts that go with it (ESLint's messageId
// plus data). Nothing here is worded: the validator, the loader and compose only say which
// problem and where, and wording/ turns that into English or German where a problem is shown
// (the options page, the CLI, the import preview). A code is stable; its wording may change.
import type { PatternSyntax } from '../engine/pattern';
import type { Lang } from '../engine/types';
import type { JsonSyntax } from './json';

/** The kinds of JSON value a schema problem can name instead of a value. */
export type ValueType =
  'null' | 'boolean' | 'integer' | 'number' | 'out-of-range' | 'string' | 'array' | 'object';

/** A value a problem quotes: its JSON text (cut to 60 characters) or, where that says more, its kind. */
export type Shown = { json: string } | { type: ValueType };

/** `kind` is "phrases": the if-condition under which a then-schema failed. */
export interface Condition {
  key: string;
  value: Shown;
}

/** Every schema problem may be about a key's name, and may hold only under conditions. */
export interface SchemaNote {
  /** The problem is with the key's name (propertyNames), not with its value. */
  ofKey?: true;
  when?: Condition[];
}

/** What the schema validator (schema.ts) reports, by code. */
export interface SchemaProblemData {
  'not-allowed': { key?: string };
  empty: object;
  'too-few-items': { min: number; count: number };
  'too-many-items': { max: number; count: number };
  'listed-twice': { value: Shown };
  'too-few-properties': { min: number };
  'too-many-properties': { max: number; count: number };
  missing: { key: string };
  'unknown-property': { key: string };
  /** `expected`: the schema's type names ("string", "integer", ...). */
  'wrong-type': { expected: string[]; got: ValueType };
  'wrong-value': { expected: Shown; got: Shown };
  'not-one-of': { options: Shown[]; got: Shown };
  'too-short': { min: number };
  'too-long': { max: number; length: number };
  /** `description`: the schema's own description of the form, in English. */
  'wrong-form': { value: Shown; description?: string };
  'out-of-range': { integer: boolean; min?: number; max?: number; got: Shown };
  'below-minimum': { min: number; got: number };
  'above-maximum': { max: number; got: number };
}

export type SchemaCode = keyof SchemaProblemData;

/** Why a pattern is refused: the engine's parser (a code plus data) or a pack limit. */
export type PatternFault =
  | { what: 'syntax'; syntax: PatternSyntax }
  | { what: 'variants'; count: number; max: number }
  | { what: 'steps'; count: number; max: number }
  | { what: 'gap'; size: number; max: number }
  | { what: 'alternatives'; count: number; max: number }
  | { what: 'wildcard'; shown: string; min: number }
  | { what: 'gaps'; count: number; max: number };

/** The rest: reading the text, the pack's meaning, its examples and composing packs. */
export interface PackProblemData {
  /** `bytes` unknown when the file was refused before it was read. */
  'too-large': { bytes?: number; max: number };
  'not-text': object;
  'invalid-json': JsonSyntax;
  'too-deep': { max: number };
  'forbidden-key': { key: string };
  'duplicate-key': { key: string; line: number; column: number };
  'newer-schema': { version: number; supported: number };
  /** A pattern of a pack rule or of a built-in rule's exceptions (pack or local). */
  pattern: {
    rule: string;
    builtin?: boolean;
    list: 'pattern' | 'exception';
    pattern: string;
    fault: PatternFault;
  };
  'too-many-patterns': { count: number; max: number };
  'too-many-edges': { count: number; max: number };
  'language-not-in-pack': { rule: string; lang: Lang; languages: Lang[] };
  'needs-threshold': { rule: string };
  'min-not-supported': { rule: string };
  'replacement-without-pattern': { rule: string; key: string; lang: Lang };
  'examples-missing': { rule: string; lang: Lang };
  'examples-never-fire': { rule: string; lang: Lang; measure: boolean };
  'unknown-builtin': { rule: string };
  'exceptions-unused': { rule: string };
  markup: { found: string };
  'rule-id-twice': { rule: string; first: number };
  /** `pack` took the id first; without it a built-in rule has it. */
  'rule-id-taken': { rule: string; pack?: string };
  /** `words` 0: no words at all; else more than `max`. */
  'allowlist-entry': { entry: string; words: number; max: number };
  'example-does-not-fire': { rule: string; lang: Lang; draft: string };
  'example-fires': { rule: string; lang: Lang; hit: string; draft: string };
  'too-many-failures': { max: number };
  'pack-twice': { pack: string };
  /** Compiling failed for a reason the engine words (should not happen after loadPack). */
  'compile-failed': { detail: string };
  /** The packs given are not what loadPack returns (e.g. damaged in storage). */
  'unusable-packs': { detail: string };
}

export type ProblemData = {
  [C in SchemaCode]: SchemaProblemData[C] & SchemaNote;
} & PackProblemData;
export type ProblemCode = keyof ProblemData;

/** Where a problem is. */
export interface ProblemPlace {
  /** JSON pointer into the pack ("" for the whole file), e.g. /rules/3/patterns/en/0. */
  path: string;
  /** 1-based position in the pack's text, when the problem came from a text. */
  line?: number;
  column?: number;
  /** Which pack, when several are involved (composing). */
  pack?: string;
}

/** One code with its data; `ProblemOf<'missing'>` is a missing property. */
export type ProblemOf<C extends ProblemCode> = { code: C; data: ProblemData[C] };

export type PackProblem = { [C in ProblemCode]: ProblemOf<C> & ProblemPlace }[ProblemCode];

/** A problem at `path`; `place` adds the pack or a position. */
export function problemAt<C extends ProblemCode>(
  path: string,
  code: C,
  data: ProblemData[C],
  place: Omit<ProblemPlace, 'path'> = {},
): PackProblem {
  return { path, code, data, ...place } as PackProblem;
}

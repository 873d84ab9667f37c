// The parts of the schema validator that every keyword shares: the validation context, how a
// problem is recorded (built lazily, so probing an if-condition builds none), how JSON values
// are compared and shown, and the keywords that check one value on its own (type, const, enum,
// strings, numbers). schema.ts compiles a schema into these steps and adds the keywords that
// walk into arrays and objects or branch on a condition.
import { pointerSegment } from './json';
import type { SchemaCode, SchemaNote, SchemaProblemData, Shown, ValueType } from './problems';

/** One schema problem: a code with its data (worded in wording/), at a JSON pointer. */
export type SchemaError = {
  [C in SchemaCode]: {
    /** JSON pointer of the offending value (or of a missing property). */
    path: string;
    code: C;
    data: SchemaProblemData[C] & SchemaNote;
  };
}[SchemaCode];

/** A problem before it has a place: what `report` is given. */
type Found = { [C in SchemaCode]: { code: C; data: SchemaProblemData[C] } }[SchemaCode];

export type Obj = Readonly<Record<string, unknown>>;

export function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function typeName(v: unknown): ValueType {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') {
    // JSON.parse reads 1e400 as Infinity; said as "null" (JSON.stringify's word) it would mislead.
    if (!Number.isFinite(v)) return 'out-of-range';
    return Number.isInteger(v) ? 'integer' : 'number';
  }
  if (typeof v === 'string' || typeof v === 'boolean') return typeof v as ValueType;
  return 'object';
}

function matchesType(v: unknown, type: string): boolean {
  switch (type) {
    case 'object':
      return isObject(v);
    case 'array':
      return Array.isArray(v);
    case 'string':
      return typeof v === 'string';
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v);
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'boolean':
      return typeof v === 'boolean';
    case 'null':
      return v === null;
    default:
      return false;
  }
}

export function show(v: unknown): Shown {
  if (typeof v === 'number' && !Number.isFinite(v)) return { type: 'out-of-range' };
  const text = JSON.stringify(v) ?? String(v);
  return { json: text.length > 60 ? `${text.slice(0, 57)}...` : text };
}

/** Structural equality of JSON values (for const, enum and uniqueItems). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && sameJson(a[k], b[k]));
  }
  return false;
}

export interface Ctx {
  errors: SchemaError[];
  /** Pointer segments of the value being validated: joined only when a problem is reported. */
  segments: (string | number)[];
  limit: number;
  /** Testing an if-condition: only pass or fail matters, problems are not built. */
  probing: boolean;
}

/** Validates one value; returns false when later keywords of the same schema should not run. */
export type Validate = (value: unknown, ctx: Ctx) => boolean;

export const hasOwn = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

const PROBED: SchemaError = { path: '', code: 'empty', data: {} };

/**
 * Records a problem at the current value (or at its child `extra`, e.g. a missing property).
 * `problem` is called only when the problem is kept, so a probe builds nothing.
 */
export function report(ctx: Ctx, problem: () => Found, extra?: string | number): void {
  if (ctx.errors.length >= ctx.limit) return;
  if (ctx.probing) {
    ctx.errors.push(PROBED);
    return;
  }
  const segments = extra === undefined ? ctx.segments : [...ctx.segments, extra];
  const path = segments.map((k) => `/${pointerSegment(k)}`).join('');
  ctx.errors.push({ path, ...problem() } as SchemaError);
}

/** Adds a note to the problems added since `from`: about the key, or only under conditions. */
export function annotate(ctx: Ctx, from: number, note: SchemaNote): void {
  if (ctx.probing) return;
  for (let i = from; i < ctx.errors.length; i++) {
    const e = ctx.errors[i]!;
    const when = note.when ? [...(e.data.when ?? []), ...note.when] : e.data.when;
    const data = { ...e.data, ...note, ...(when ? { when } : {}) };
    ctx.errors[i] = { ...e, data } as SchemaError;
  }
}

export function typeStep(type: unknown): Validate {
  const types = typeof type === 'string' ? [type] : (type as string[]);
  return (value, ctx) => {
    for (const t of types) if (matchesType(value, t)) return true;
    report(ctx, () => ({ code: 'wrong-type', data: { expected: types, got: typeName(value) } }));
    return false;
  };
}

export function constStep(expected: unknown): Validate {
  return (value, ctx) => {
    if (sameJson(value, expected)) return true;
    report(ctx, () => ({
      code: 'wrong-value',
      data: { expected: show(expected), got: show(value) },
    }));
    return false;
  };
}

export function enumStep(options: readonly unknown[]): Validate {
  const primitives = options.every((o) => typeof o !== 'object' || o === null);
  const set = new Set(options);
  return (value, ctx) => {
    if (primitives ? set.has(value) : options.some((o) => sameJson(value, o))) return true;
    report(ctx, () => ({
      code: 'not-one-of',
      data: { options: options.map(show), got: show(value) },
    }));
    return false;
  };
}

export function stringStep(schema: Obj, regex: (source: string) => RegExp): Validate | undefined {
  const { minLength, maxLength, pattern, description } = schema;
  if (minLength === undefined && maxLength === undefined && pattern === undefined) return undefined;
  const re = typeof pattern === 'string' ? regex(pattern) : undefined;
  return (value, ctx) => {
    if (typeof value !== 'string') return true;
    if (typeof minLength === 'number' && value.length < minLength) {
      report(ctx, () =>
        minLength === 1
          ? { code: 'empty', data: {} }
          : { code: 'too-short', data: { min: minLength } },
      );
      return true;
    }
    if (typeof maxLength === 'number' && value.length > maxLength) {
      report(ctx, () => ({ code: 'too-long', data: { max: maxLength, length: value.length } }));
      return true;
    }
    if (re && !re.test(value)) {
      const about = typeof description === 'string' ? { description } : {};
      report(ctx, () => ({ code: 'wrong-form', data: { value: show(value), ...about } }));
    }
    return true;
  };
}

/** `type` integer or number with a minimum or maximum: one problem names the whole range. */
export function rangeStep(schema: Obj): Validate | undefined {
  const { type, minimum, maximum } = schema;
  if (type !== 'integer' && type !== 'number') return undefined;
  const min = typeof minimum === 'number' ? minimum : undefined;
  const max = typeof maximum === 'number' ? maximum : undefined;
  if (min === undefined && max === undefined) return undefined;
  const bounds = { integer: type === 'integer', min, max };
  return (value, ctx) => {
    const fits =
      matchesType(value, type) &&
      (min === undefined || (value as number) >= min) &&
      (max === undefined || (value as number) <= max);
    if (fits) return true;
    report(ctx, () => {
      const got = typeof value === 'number' ? show(value) : { type: typeName(value) };
      return { code: 'out-of-range', data: { ...bounds, got } };
    });
    return false;
  };
}

export function numberStep(schema: Obj): Validate | undefined {
  const { minimum, maximum } = schema;
  if (minimum === undefined && maximum === undefined) return undefined;
  return (value, ctx) => {
    if (typeof value !== 'number') return true;
    if (typeof minimum === 'number' && value < minimum) {
      report(ctx, () => ({ code: 'below-minimum', data: { min: minimum, got: value } }));
    } else if (typeof maximum === 'number' && value > maximum) {
      report(ctx, () => ({ code: 'above-maximum', data: { max: maximum, got: value } }));
    }
    return true;
  };
}

// A validator for the part of JSON Schema (draft 2020-12) that pack.schema.json uses, driven by
// the schema document itself. It turns each schema node into a small closure once (no code
// generation: a MV3 extension may not eval), so validating reads no schema keywords, and it
// refuses a schema with a keyword it does not know, so the schema file can never promise a
// check that silently does not happen.
import { pointerSegment } from './json';
import type {
  Condition,
  SchemaCode,
  SchemaNote,
  SchemaProblemData,
  Shown,
  ValueType,
} from './problems';

export type Schema = boolean | { readonly [keyword: string]: unknown };

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

const ANNOTATIONS = new Set(['$schema', '$id', '$defs', '$comment', 'title', 'description']);
const ASSERTIONS = new Set([
  '$ref',
  'type',
  'const',
  'enum',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'minProperties',
  'maxProperties',
  'items',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minLength',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
  'allOf',
  'if',
  'then',
  'else',
]);

type Obj = Readonly<Record<string, unknown>>;

function isObject(v: unknown): v is Obj {
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

function show(v: unknown): Shown {
  if (typeof v === 'number' && !Number.isFinite(v)) return { type: 'out-of-range' };
  const text = JSON.stringify(v) ?? String(v);
  return { json: text.length > 60 ? `${text.slice(0, 57)}...` : text };
}

/** Structural equality of JSON values (for const, enum and uniqueItems). */
function sameJson(a: unknown, b: unknown): boolean {
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

/** kind = "phrases" for an if-schema made of const properties; explains a then-error. */
function describeCondition(schema: Schema): Condition[] | undefined {
  if (!isObject(schema) || !isObject(schema.properties)) return undefined;
  const parts = Object.entries(schema.properties)
    .filter(([, s]) => isObject(s) && 'const' in s)
    .map(([key, s]) => ({ key, value: show((s as Obj).const) }));
  return parts.length > 0 ? parts : undefined;
}

interface Ctx {
  errors: SchemaError[];
  /** Pointer segments of the value being validated: joined only when a problem is reported. */
  segments: (string | number)[];
  limit: number;
  /** Testing an if-condition: only pass or fail matters, problems are not built. */
  probing: boolean;
}

/** Validates one value; returns false when later keywords of the same schema should not run. */
type Validate = (value: unknown, ctx: Ctx) => boolean;

const hasOwn = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

const PROBED: SchemaError = { path: '', code: 'empty', data: {} };

/**
 * Records a problem at the current value (or at its child `extra`, e.g. a missing property).
 * `problem` is called only when the problem is kept, so a probe builds nothing.
 */
function report(ctx: Ctx, problem: () => Found, extra?: string | number): void {
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
function annotate(ctx: Ctx, from: number, note: SchemaNote): void {
  if (ctx.probing) return;
  for (let i = from; i < ctx.errors.length; i++) {
    const e = ctx.errors[i]!;
    const when = note.when ? [...(e.data.when ?? []), ...note.when] : e.data.when;
    const data = { ...e.data, ...note, ...(when ? { when } : {}) };
    ctx.errors[i] = { ...e, data } as SchemaError;
  }
}

export class SchemaValidator {
  private readonly compiled = new Map<Schema, Validate>();
  private readonly root: Validate;

  constructor(private readonly document: Schema) {
    this.root = this.compile(document, '#');
    // Definitions nobody refers to are still held to the supported keywords.
    if (isObject(document) && isObject(document.$defs)) {
      for (const [name, def] of Object.entries(document.$defs))
        this.compile(def, `#/$defs/${name}`);
    }
  }

  /** All problems (at most `limit`), in document order. An empty array means valid. */
  validate(value: unknown, limit = 100): SchemaError[] {
    const ctx: Ctx = { errors: [], segments: [], limit, probing: false };
    this.root(value, ctx);
    return ctx.errors;
  }

  private resolve(ref: string): Schema {
    const m = /^#\/\$defs\/([^/]+)$/.exec(ref);
    const defs = isObject(this.document) ? this.document.$defs : undefined;
    const target = m && isObject(defs) ? defs[m[1]!] : undefined;
    if (target === undefined) throw new Error(`schema: cannot resolve $ref ${ref}`);
    return target as Schema;
  }

  /** One closure per schema node, memoized (a $ref compiles its target once, lazily). */
  private compile(schema: unknown, at: string): Validate {
    if (typeof schema === 'boolean') {
      return schema
        ? () => true
        : (_v, ctx) => {
            report(ctx, () => ({ code: 'not-allowed', data: {} }));
            return false;
          };
    }
    if (!isObject(schema)) throw new Error(`schema: ${at} is not a schema`);
    const known = this.compiled.get(schema);
    if (known) return known;
    for (const keyword of Object.keys(schema)) {
      if (!ANNOTATIONS.has(keyword) && !ASSERTIONS.has(keyword)) {
        throw new Error(`schema: unsupported keyword ${keyword} at ${at}`);
      }
    }
    // Registered before its steps are compiled, so a schema that refers to itself terminates;
    // the closure sees the steps once they are all in.
    const steps: Validate[] = [];
    const entry: Validate = (value, ctx) => {
      for (const step of steps) {
        if (ctx.errors.length >= ctx.limit) return false;
        if (!step(value, ctx)) return false;
      }
      return true;
    };
    this.compiled.set(schema, entry);
    if (typeof schema.$ref === 'string') {
      const target = this.resolve(schema.$ref);
      let compiled: Validate | undefined;
      steps.push((v, c) => {
        (compiled ??= this.compile(target, schema.$ref as string))(v, c);
        return true;
      });
      this.compile(target, schema.$ref);
    }
    // A bounded number is checked in one step, so every miss (a string, 2.5, -1, 1e400) names
    // the whole range that is allowed.
    const range = rangeStep(schema);
    if (range) steps.push(range);
    else if (schema.type !== undefined) steps.push(typeStep(schema.type));
    if ('const' in schema) steps.push(constStep(schema.const));
    if (Array.isArray(schema.enum)) steps.push(enumStep(schema.enum));
    const str = stringStep(schema, (source) => new RegExp(source, 'u'));
    if (str) steps.push(str);
    const num = range ? undefined : numberStep(schema);
    if (num) steps.push(num);
    const arr = this.arrayStep(schema, at);
    if (arr) steps.push(arr);
    const obj = this.objectStep(schema, at);
    if (obj) steps.push(obj);
    if (Array.isArray(schema.allOf)) {
      const parts = schema.allOf.map((s, i) => this.compile(s, `${at}/allOf/${i}`));
      steps.push((v, c) => {
        for (const part of parts) part(v, c);
        return true;
      });
    }
    if (schema.if !== undefined) steps.push(this.conditionalStep(schema, at));
    return entry;
  }

  private conditionalStep(schema: Obj, at: string): Validate {
    const condition = this.compile(schema.if, `${at}/if`);
    const then = schema.then === undefined ? undefined : this.compile(schema.then, `${at}/then`);
    const otherwise =
      schema.else === undefined ? undefined : this.compile(schema.else, `${at}/else`);
    const why = describeCondition(schema.if as Schema);
    return (value, ctx) => {
      const probe: Ctx = { errors: [], segments: ctx.segments, limit: 1, probing: true };
      condition(value, probe);
      const branch = probe.errors.length === 0 ? then : otherwise;
      if (branch) {
        const before = ctx.errors.length;
        branch(value, ctx);
        if (why && branch === then) annotate(ctx, before, { when: why });
      }
      return true;
    };
  }

  private arrayStep(schema: Obj, at: string): Validate | undefined {
    const { minItems, maxItems, uniqueItems } = schema;
    const items =
      schema.items === undefined ? undefined : this.compile(schema.items, `${at}/items`);
    if (minItems === undefined && maxItems === undefined && !items && uniqueItems !== true) {
      return undefined;
    }
    return (value, ctx) => {
      if (!Array.isArray(value)) return true;
      if (typeof minItems === 'number' && value.length < minItems) {
        report(ctx, () =>
          minItems === 1
            ? { code: 'empty', data: {} }
            : { code: 'too-few-items', data: { min: minItems, count: value.length } },
        );
      }
      if (typeof maxItems === 'number' && value.length > maxItems) {
        report(ctx, () => ({
          code: 'too-many-items',
          data: { max: maxItems, count: value.length },
        }));
        return true;
      }
      if (items) {
        for (let i = 0; i < value.length && ctx.errors.length < ctx.limit; i++) {
          ctx.segments.push(i);
          items(value[i], ctx);
          ctx.segments.pop();
        }
      }
      if (uniqueItems === true) {
        const seen: unknown[] = [];
        value.forEach((item, i) => {
          if (seen.some((s) => sameJson(s, item))) {
            report(ctx, () => ({ code: 'listed-twice', data: { value: show(item) } }), i);
          } else {
            seen.push(item);
          }
        });
      }
      return true;
    };
  }

  private objectStep(schema: Obj, at: string): Validate | undefined {
    const { minProperties, maxProperties } = schema;
    const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
    const properties = new Map<string, Validate | false>();
    if (isObject(schema.properties)) {
      for (const [key, sub] of Object.entries(schema.properties)) {
        properties.set(key, sub === false ? false : this.compile(sub, `${at}/properties/${key}`));
      }
    }
    const additional = schema.additionalProperties;
    const additionalCheck =
      additional === undefined || additional === false
        ? undefined
        : this.compile(additional, `${at}/additionalProperties`);
    const names =
      schema.propertyNames === undefined
        ? undefined
        : this.compile(schema.propertyNames, `${at}/propertyNames`);
    const closed = additional !== undefined || names !== undefined;
    const named = [...properties.keys()];
    if (
      minProperties === undefined &&
      maxProperties === undefined &&
      required.length === 0 &&
      properties.size === 0 &&
      !closed
    ) {
      return undefined;
    }
    return (value, ctx) => {
      if (!isObject(value)) return true;
      if (minProperties !== undefined || maxProperties !== undefined) {
        const count = Object.keys(value).length;
        if (typeof minProperties === 'number' && count < minProperties) {
          report(ctx, () =>
            minProperties === 1
              ? { code: 'empty', data: {} }
              : { code: 'too-few-properties', data: { min: minProperties } },
          );
        }
        if (typeof maxProperties === 'number' && count > maxProperties) {
          report(ctx, () => ({ code: 'too-many-properties', data: { max: maxProperties, count } }));
          return true;
        }
      }
      for (const name of required) {
        if (!hasOwn(value, name))
          report(ctx, () => ({ code: 'missing', data: { key: name } }), name);
      }
      // Without a say about other keys only the named properties matter: look them up instead
      // of walking every key (if-conditions test one property of objects with many).
      const keys = closed ? Object.keys(value) : named;
      for (const key of keys) {
        if (ctx.errors.length >= ctx.limit) return false;
        if (!closed && !hasOwn(value, key)) continue;
        ctx.segments.push(key);
        if (names) {
          const before = ctx.errors.length;
          names(key, ctx);
          annotate(ctx, before, { ofKey: true });
        }
        const sub = properties.get(key);
        if (sub === false) report(ctx, () => ({ code: 'not-allowed', data: { key } }));
        else if (sub) sub(value[key], ctx);
        else if (additional === false)
          report(ctx, () => ({ code: 'unknown-property', data: { key } }));
        else if (additionalCheck) additionalCheck(value[key], ctx);
        ctx.segments.pop();
      }
      return true;
    };
  }
}

function typeStep(type: unknown): Validate {
  const types = typeof type === 'string' ? [type] : (type as string[]);
  return (value, ctx) => {
    for (const t of types) if (matchesType(value, t)) return true;
    report(ctx, () => ({ code: 'wrong-type', data: { expected: types, got: typeName(value) } }));
    return false;
  };
}

function constStep(expected: unknown): Validate {
  return (value, ctx) => {
    if (sameJson(value, expected)) return true;
    report(ctx, () => ({
      code: 'wrong-value',
      data: { expected: show(expected), got: show(value) },
    }));
    return false;
  };
}

function enumStep(options: readonly unknown[]): Validate {
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

function stringStep(schema: Obj, regex: (source: string) => RegExp): Validate | undefined {
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
function rangeStep(schema: Obj): Validate | undefined {
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

function numberStep(schema: Obj): Validate | undefined {
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

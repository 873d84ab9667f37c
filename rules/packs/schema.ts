// A validator for the part of JSON Schema (draft 2020-12) that pack.schema.json uses, driven by
// the schema document itself. It turns each schema node into a small closure once (no code
// generation: a MV3 extension may not eval), so validating reads no schema keywords, and it
// refuses a schema with a keyword it does not know, so the schema file can never promise a
// check that silently does not happen.
import type { Condition } from './problems';
import {
  annotate,
  constStep,
  enumStep,
  hasOwn,
  isObject,
  numberStep,
  rangeStep,
  report,
  sameJson,
  show,
  stringStep,
  typeStep,
  type Ctx,
  type Obj,
  type SchemaError,
  type Validate,
} from './schema-steps';

export type { SchemaError };

export type Schema = boolean | { readonly [keyword: string]: unknown };

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

/** kind = "phrases" for an if-schema made of const properties; explains a then-error. */
function describeCondition(schema: Schema): Condition[] | undefined {
  if (!isObject(schema) || !isObject(schema.properties)) return undefined;
  const parts = Object.entries(schema.properties)
    .filter(([, s]) => isObject(s) && 'const' in s)
    .map(([key, s]) => ({ key, value: show((s as Obj).const) }));
  return parts.length > 0 ? parts : undefined;
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

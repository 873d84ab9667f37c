// A validator for the part of JSON Schema (draft 2020-12) that pack.schema.json uses, driven by
// the schema document itself. It interprets the schema (no code generation: a MV3 extension may
// not eval) and refuses a schema with a keyword it does not know, so the schema file can never
// promise a check that silently does not happen.
import { pointerSegment } from './json';

export type Schema = boolean | { readonly [keyword: string]: unknown };

export interface SchemaError {
  /** JSON pointer of the offending value (or of a missing property). */
  path: string;
  message: string;
}

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

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'number') return Number.isInteger(v) ? 'an integer' : 'a number';
  return `a ${typeof v}`;
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

function show(v: unknown): string {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
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

/** "kind is "phrases"" for an if-schema made of const properties; explains a then-error. */
function describeCondition(schema: Schema): string | undefined {
  if (!isObject(schema) || !isObject(schema.properties)) return undefined;
  const parts = Object.entries(schema.properties)
    .filter(([, s]) => isObject(s) && 'const' in s)
    .map(([k, s]) => `${k} is ${show((s as Obj).const)}`);
  return parts.length > 0 ? parts.join(' and ') : undefined;
}

export class SchemaValidator {
  private readonly patterns = new Map<string, RegExp>();
  private readonly refs = new Map<string, Schema>();
  private errors: SchemaError[] = [];
  private limit = 100;

  constructor(private readonly root: Schema) {
    this.checkSchema(root, '#');
  }

  /** All problems (at most `limit`), in document order. An empty array means valid. */
  validate(value: unknown, limit = 100): SchemaError[] {
    this.errors = [];
    this.limit = limit;
    this.check(this.root, value, '');
    return this.errors;
  }

  /** Is the value valid? Collects nothing (used for if-conditions). */
  private passes(schema: Schema, value: unknown): boolean {
    const saved = this.errors;
    const savedLimit = this.limit;
    this.errors = [];
    this.limit = 1;
    this.check(schema, value, '');
    const ok = this.errors.length === 0;
    this.errors = saved;
    this.limit = savedLimit;
    return ok;
  }

  private report(path: string, message: string): void {
    if (this.errors.length < this.limit) this.errors.push({ path, message });
  }

  private full(): boolean {
    return this.errors.length >= this.limit;
  }

  private resolve(ref: string): Schema {
    const cached = this.refs.get(ref);
    if (cached !== undefined) return cached;
    const m = /^#\/\$defs\/([^/]+)$/.exec(ref);
    const defs = isObject(this.root) ? this.root.$defs : undefined;
    const target = m && isObject(defs) ? defs[m[1]!] : undefined;
    if (target === undefined) throw new Error(`schema: cannot resolve $ref ${ref}`);
    this.refs.set(ref, target as Schema);
    return target as Schema;
  }

  /** Refuses keywords this validator does not implement, and unresolvable references. */
  private checkSchema(schema: unknown, at: string): void {
    if (typeof schema === 'boolean') return;
    if (!isObject(schema)) throw new Error(`schema: ${at} is not a schema`);
    for (const [keyword, arg] of Object.entries(schema)) {
      if (!ANNOTATIONS.has(keyword) && !ASSERTIONS.has(keyword)) {
        throw new Error(`schema: unsupported keyword ${keyword} at ${at}`);
      }
      const here = `${at}/${keyword}`;
      switch (keyword) {
        case '$defs':
        case 'properties':
          for (const [k, s] of Object.entries(arg as Obj)) this.checkSchema(s, `${here}/${k}`);
          break;
        case 'allOf':
          (arg as unknown[]).forEach((s, i) => this.checkSchema(s, `${here}/${i}`));
          break;
        case 'additionalProperties':
        case 'propertyNames':
        case 'items':
        case 'if':
        case 'then':
        case 'else':
          this.checkSchema(arg, here);
          break;
        case '$ref':
          this.resolve(arg as string);
          break;
        case 'pattern':
          this.regex(arg as string);
          break;
      }
    }
  }

  private regex(source: string): RegExp {
    let re = this.patterns.get(source);
    if (!re) this.patterns.set(source, (re = new RegExp(source, 'u')));
    return re;
  }

  private check(schema: Schema, value: unknown, path: string): void {
    if (schema === true || this.full()) return;
    if (schema === false) {
      this.report(path, 'is not allowed here');
      return;
    }
    if (typeof schema.$ref === 'string') this.check(this.resolve(schema.$ref), value, path);
    const type = schema.type;
    if (
      type !== undefined &&
      !(typeof type === 'string'
        ? matchesType(value, type)
        : (type as string[]).some((t) => matchesType(value, t)))
    ) {
      const types = typeof type === 'string' ? [type] : (type as string[]);
      const names = types.map((t) => `${/^[aeiou]/.test(t) ? 'an' : 'a'} ${t}`).join(' or ');
      this.report(path, `must be ${names}, got ${typeName(value)}`);
      return;
    }
    if ('const' in schema && !sameJson(value, schema.const)) {
      this.report(path, `must be ${show(schema.const)}, got ${show(value)}`);
      return;
    }
    if (Array.isArray(schema.enum) && !schema.enum.some((e) => sameJson(value, e))) {
      this.report(path, `must be one of ${schema.enum.map(show).join(', ')}, got ${show(value)}`);
      return;
    }
    if (typeof value === 'string') this.checkString(schema, value, path);
    else if (typeof value === 'number') this.checkNumber(schema, value, path);
    else if (Array.isArray(value)) this.checkArray(schema, value, path);
    else if (isObject(value)) this.checkObject(schema, value, path);
    if (Array.isArray(schema.allOf))
      for (const s of schema.allOf) this.check(s as Schema, value, path);
    if (schema.if !== undefined) {
      const branch = this.passes(schema.if as Schema, value) ? schema.then : schema.else;
      if (branch !== undefined) {
        const before = this.errors.length;
        this.check(branch as Schema, value, path);
        const why =
          this.errors.length > before ? describeCondition(schema.if as Schema) : undefined;
        if (why) {
          for (let i = before; i < this.errors.length; i++) {
            const e = this.errors[i]!;
            this.errors[i] = { ...e, message: `${e.message} when ${why}` };
          }
        }
      }
    }
  }

  private checkString(schema: Obj, value: string, path: string): void {
    const length = value.length;
    if (typeof schema.minLength === 'number' && length < schema.minLength) {
      this.report(
        path,
        schema.minLength === 1
          ? 'must not be empty'
          : `must have at least ${schema.minLength} characters`,
      );
      return;
    }
    if (typeof schema.maxLength === 'number' && length > schema.maxLength) {
      this.report(path, `is ${length} characters long; at most ${schema.maxLength} are allowed`);
      return;
    }
    if (typeof schema.pattern === 'string' && !this.regex(schema.pattern).test(value)) {
      const what = typeof schema.description === 'string' ? `: ${schema.description}` : '';
      this.report(path, `${show(value)} is not in the expected form${what}`);
    }
  }

  private checkNumber(schema: Obj, value: number, path: string): void {
    if (typeof schema.minimum === 'number' && value < schema.minimum) {
      this.report(path, `must be at least ${schema.minimum}, got ${value}`);
    } else if (typeof schema.maximum === 'number' && value > schema.maximum) {
      this.report(path, `must be at most ${schema.maximum}, got ${value}`);
    }
  }

  private checkArray(schema: Obj, value: readonly unknown[], path: string): void {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) {
      this.report(
        path,
        schema.minItems === 1
          ? 'must not be empty'
          : `needs at least ${schema.minItems} items, has ${value.length}`,
      );
    }
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) {
      this.report(path, `has ${value.length} items; at most ${schema.maxItems} are allowed`);
      return;
    }
    if (schema.items !== undefined) {
      for (let i = 0; i < value.length && !this.full(); i++) {
        this.check(schema.items as Schema, value[i], `${path}/${i}`);
      }
    }
    if (schema.uniqueItems === true) {
      const seen: unknown[] = [];
      value.forEach((item, i) => {
        if (seen.some((s) => sameJson(s, item)))
          this.report(`${path}/${i}`, `${show(item)} is listed twice`);
        else seen.push(item);
      });
    }
  }

  private checkObject(schema: Obj, value: Obj, path: string): void {
    const hasOwn = Object.prototype.hasOwnProperty;
    if (schema.minProperties !== undefined || schema.maxProperties !== undefined) {
      const count = Object.keys(value).length;
      if (typeof schema.minProperties === 'number' && count < schema.minProperties) {
        const min = schema.minProperties;
        this.report(path, min === 1 ? 'must not be empty' : `needs at least ${min} properties`);
      }
      if (typeof schema.maxProperties === 'number' && count > schema.maxProperties) {
        this.report(path, `has ${count} properties; at most ${schema.maxProperties} are allowed`);
        return;
      }
    }
    if (Array.isArray(schema.required)) {
      for (const name of schema.required as string[]) {
        if (!hasOwn.call(value, name)) {
          this.report(`${path}/${pointerSegment(name)}`, `"${name}" is missing`);
        }
      }
    }
    const properties = isObject(schema.properties) ? schema.properties : undefined;
    const closed = schema.additionalProperties !== undefined || schema.propertyNames !== undefined;
    // Without a say about other keys only the named properties matter: look them up instead of
    // walking every key (if-conditions test one property of objects with many).
    const keys = closed ? Object.keys(value) : properties ? Object.keys(properties) : [];
    for (const key of keys) {
      if (this.full()) return;
      if (!closed && !hasOwn.call(value, key)) continue;
      const at = `${path}/${pointerSegment(key)}`;
      if (schema.propertyNames !== undefined) {
        const before = this.errors.length;
        this.check(schema.propertyNames as Schema, key, at);
        for (let i = before; i < this.errors.length; i++) {
          const e = this.errors[i]!;
          this.errors[i] = { ...e, message: `the key ${e.message}` };
        }
      }
      if (properties && hasOwn.call(properties, key)) {
        const sub = properties[key] as Schema;
        if (sub === false) this.report(at, `"${key}" is not allowed here`);
        else this.check(sub, value[key], at);
      } else if (schema.additionalProperties === false) {
        this.report(at, `unknown property "${key}"`);
      } else if (schema.additionalProperties !== undefined) {
        this.check(schema.additionalProperties as Schema, value[key], at);
      }
    }
  }
}

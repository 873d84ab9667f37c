// The schema file is the authority for the pack format: the validator reads it, refuses
// keywords it cannot honour, and reports problems with pointers in document terms.
import { describe, expect, it } from 'vitest';
import schemaDocument from '../../../../rules/packs/pack.schema.json' with { type: 'json' };
import { problemMessage } from '../../../../rules/packs/wording';
import { SchemaValidator, type Schema, type SchemaError } from '../../../../rules/packs/schema';

/** Each problem's place and its English message. */
const worded = (errors: SchemaError[]) =>
  errors.map((e) => ({ path: e.path, message: problemMessage(e, 'en') }));

describe('SchemaValidator', () => {
  it('reads the pack schema, a draft 2020-12 document', () => {
    expect(schemaDocument.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(() => new SchemaValidator(schemaDocument as Schema)).not.toThrow();
  });

  it('refuses a schema with a keyword it does not implement, even in an unused definition', () => {
    expect(() => new SchemaValidator({ type: 'object', oneOf: [] })).toThrow(
      'schema: unsupported keyword oneOf at #',
    );
    expect(() => new SchemaValidator({ $defs: { x: { format: 'uri' } } })).toThrow(
      'unsupported keyword format at #/$defs/x',
    );
    expect(() => new SchemaValidator({ $ref: '#/$defs/missing' })).toThrow('cannot resolve');
  });

  it('reports each problem with its JSON pointer, escaping ~ and /', () => {
    const v = new SchemaValidator({
      type: 'object',
      required: ['a'],
      additionalProperties: {
        type: 'array',
        items: { type: 'integer', minimum: 0 },
        uniqueItems: true,
      },
    });
    expect(worded(v.validate({ 'x/y~z': [1, -1, 1, 'no'] }))).toEqual([
      { path: '/a', message: '"a" is missing' },
      { path: '/x~1y~0z/1', message: 'must be an integer of at least 0, got -1' },
      { path: '/x~1y~0z/3', message: 'must be an integer of at least 0, got a string' },
      { path: '/x~1y~0z/2', message: '1 is listed twice' },
    ]);
  });

  it('stops at the error limit', () => {
    const v = new SchemaValidator({ type: 'array', items: { type: 'string' } });
    expect(
      v.validate(
        Array.from({ length: 500 }, () => 1),
        10,
      ),
    ).toHaveLength(10);
  });

  it('says which condition made a property unwelcome', () => {
    const v = new SchemaValidator({
      type: 'object',
      if: { properties: { kind: { const: 'a' } }, required: ['kind'] },
      then: { properties: { b: false } },
    });
    expect(worded(v.validate({ kind: 'a', b: 1 }))).toEqual([
      { path: '/b', message: '"b" is not allowed here when kind is "a"' },
    ]);
    expect(v.validate({ kind: 'c', b: 1 })).toEqual([]);
  });
});

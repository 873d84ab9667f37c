// Built-in rules without code are written in the pack format (a `definition` export in
// rules/builtin/<id>.ts): each one, with its examples, must be a pack rule by the pack schema,
// and a pack holding it must fire on its invalid examples and stay silent on its valid ones, as
// the built-in does. (The limits loadPack sets for a stranger's patterns, such as gaps of at
// most five words, are not the built-ins' concern.)
import { describe, expect, it } from 'vitest';
import { createChecker, type Pack } from '../../../../rules/index';
import schemaDocument from '../../../../rules/packs/pack.schema.json' with { type: 'json' };
import { SchemaValidator, type Schema } from '../../../../rules/packs/schema';
import { BUILTIN_EXAMPLES, BUILTIN_FILES } from '../../../../rules/examples';
import { packExamples } from './pack-examples';

const written = BUILTIN_FILES.flatMap(({ default: rule, definition }) =>
  definition ? [[rule.id, definition] as const] : [],
);

it('has built-in rules written in the pack format', () => {
  expect(written.length).toBeGreaterThan(0);
});

describe.each(written)('%s', (id, definition) => {
  // A pack may not take a built-in rule's id.
  const copy = `copy-of-${id}`;
  const pack: Pack = {
    schemaVersion: 1,
    id: 'built-in-copy',
    name: 'A copy of a built-in rule',
    version: '1.0.0',
    description: 'Test.',
    author: 'Tests',
    license: 'CC0-1.0',
    languages: ['de', 'en'],
    rules: [{ ...definition, id: copy, examples: packExamples(BUILTIN_EXAMPLES[id]!) }],
  };

  it('is a pack rule by the pack schema', () => {
    const validator = new SchemaValidator(schemaDocument as Schema);
    expect(validator.validate(JSON.parse(JSON.stringify(pack)))).toEqual([]);
  });

  it('fires in a pack on its invalid examples and not on its valid ones', () => {
    const checker = createChecker({ packs: [pack] });
    if (!checker.ok) throw new Error(JSON.stringify(checker.errors));
    for (const [lang, { valid, invalid }] of Object.entries(pack.rules[0]!.examples)) {
      const fires = (draft: string, customer?: string) =>
        checker
          .check({ draft, customer, lang: lang as Pack['languages'][number] })
          .findings.some((f) => f.ruleId === copy);
      for (const { draft, customer } of invalid) expect(fires(draft, customer), draft).toBe(true);
      for (const { draft, customer } of valid) expect(fires(draft, customer), draft).toBe(false);
    }
  });
});

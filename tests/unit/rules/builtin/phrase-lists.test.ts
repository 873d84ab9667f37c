// One phrase-rule format: the phrase list of a built-in rule with code
// (rules/builtin/phrases/<id>.json) is the phrase part of a pack's "phrases" rule. With the rule's
// metadata and examples it must be a pack rule by the pack schema (the validator packs use), and
// it must be the list the rule runs. The other files there are word data (no `kind`), named in
// rules/builtin/phrases/README.md.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Pack } from '../../../../rules/index';
import { MAIN_LIST, phraseList } from '../../../../rules/engine/phrase-rule';
import schemaDocument from '../../../../rules/packs/pack.schema.json' with { type: 'json' };
import { SchemaValidator, type Schema } from '../../../../rules/packs/schema';
import { BUILTIN_EXAMPLES, BUILTIN_FILES } from '../../../../rules/examples';
import { packExamples } from './pack-examples';

const DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../rules/builtin/phrases');
const files = readdirSync(DIR)
  .filter((name) => name.endsWith('.json'))
  .map((name) => {
    const data = JSON.parse(readFileSync(join(DIR, name), 'utf8')) as Record<string, unknown>;
    return [name.slice(0, -'.json'.length), data] as const;
  });
const phraseRules = files.filter(([, data]) => 'kind' in data);
const readme = readFileSync(join(DIR, 'README.md'), 'utf8');
const rules = new Map(BUILTIN_FILES.map((file) => [file.default.id, file]));

it('has phrase rules and word data, each named in the README', () => {
  expect(phraseRules.length).toBeGreaterThan(0);
  for (const [name, data] of files) {
    expect(readme, name).toContain(`\`${name}.json\``);
    // Word data never looks like half a phrase rule.
    if (!('kind' in data)) expect(Object.keys(data), name).not.toContain('patterns');
  }
});

it('every built-in rule with a phrase list has it in the pack format', () => {
  const phraseFiles = new Set(phraseRules.map(([name]) => name));
  for (const { default: rule, definition } of BUILTIN_FILES) {
    if (!rule.lists?.[MAIN_LIST]) continue;
    expect(definition !== undefined || phraseFiles.has(rule.id), rule.id).toBe(true);
  }
});

describe.each(phraseRules)('%s.json', (id, data) => {
  const file = rules.get(id);

  it('belongs to the built-in rule of its name, which runs it', () => {
    expect(file?.definition, 'a rule without code has its list in its definition').toBe(undefined);
    const list = data as { patterns: Record<string, string[]>; except?: Record<string, string[]> };
    expect(file?.default.lists?.[MAIN_LIST]).toEqual(phraseList(list.patterns, list.except));
  });

  it('with its rule’s metadata and examples, is a pack rule by the pack schema', () => {
    const rule = file!.default;
    const pack: Pack = {
      schemaVersion: 1,
      id: 'built-in-lists',
      name: 'The phrase list of a built-in rule',
      version: '1.0.0',
      description: 'Test.',
      author: 'Tests',
      license: 'CC0-1.0',
      languages: ['de', 'en'],
      rules: [
        {
          ...(data as Pick<Pack['rules'][number], 'kind'>),
          // A pack may not take a built-in rule's id.
          id: `copy-of-${id}`,
          category: rule.category,
          severity: rule.severity,
          messages: rule.messages,
          rationale: rule.rationale,
          examples: packExamples(BUILTIN_EXAMPLES[id]!),
        } as Pack['rules'][number],
      ],
    };
    const validator = new SchemaValidator(schemaDocument as Schema);
    expect(validator.validate(JSON.parse(JSON.stringify(pack)))).toEqual([]);
  });
});

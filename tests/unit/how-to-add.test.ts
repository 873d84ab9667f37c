// Keeps the README's "How to add" true where a test can: a rule file is a rule in the index with
// its id as its name and examples beside it; a tool adapter is in the adapter list with a saved
// page of the tool beside the others and a case in the adapters' table test.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TOOL_ADAPTERS } from '../../entrypoints/sidebar.content/hosts';
import { BUILTIN_EXAMPLES } from '../../rules/examples';
import { BUILTIN_RULES } from '../../rules/registry';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const names = (dir: string, ext: string) =>
  readdirSync(join(ROOT, dir))
    .filter((name) => name.endsWith(ext))
    .map((name) => name.slice(0, -ext.length))
    .sort();

describe('how to add a rule', () => {
  it('every file in rules/builtin/ is a rule in the index, named by its id, with examples', () => {
    const files = names('rules/builtin', '.ts');
    expect(BUILTIN_RULES.map((rule) => rule.id).sort()).toEqual(files);
    expect(Object.keys(BUILTIN_EXAMPLES).sort()).toEqual(files);
  });
});

describe('how to add a tool adapter', () => {
  const HELPERS = [
    'define',
    'dom',
    'index',
    'types',
    'generic',
    'generic-thread',
    'generic-note-mode',
  ];
  const files = names('entrypoints/sidebar.content/hosts', '.ts').filter(
    (name) => !HELPERS.includes(name),
  );

  it('every adapter file is in the adapter list, named by its id', () => {
    expect(TOOL_ADAPTERS.map((adapter) => adapter.id).sort()).toEqual(files);
  });

  it('every adapter has its saved tool page and a case in the adapters’ table test', () => {
    const pages = names('tests/fixtures/hosts', '.html');
    const table = readFileSync(
      join(ROOT, 'tests/unit/entrypoints/sidebar.content/hosts/adapters.test.ts'),
      'utf8',
    );
    for (const id of files) {
      expect(pages, id).toContain(id);
      expect(table.includes(`'${id}': {`) || table.includes(`  ${id}: {`), id).toBe(true);
    }
  });
});

// Every string the journal shows exists in German and English, with the same placeholders.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
const load = (lang: string) =>
  JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<
    string,
    Entry
  >;
const en = load('en');
const de = load('de');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) =>
    item.isDirectory()
      ? sources(join(dir, item.name))
      : /\.tsx?$/.test(item.name)
        ? [join(dir, item.name)]
        : [],
  );
}

const used = new Set(
  ['components/journal', 'entrypoints/journal', 'entrypoints/journal-quicklog']
    .flatMap(sources)
    .flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/'(journal[A-Za-z0-9]+)'/g)].map((m) => m[1]!),
    ),
);

describe('journal strings', () => {
  it('are all defined in both languages', () => {
    expect(used.size).toBeGreaterThan(100);
    expect([...used].filter((key) => !en[key])).toEqual([]);
    expect([...used].filter((key) => !de[key])).toEqual([]);
  });

  it('use the same placeholders in both languages, and every placeholder appears in the text', () => {
    for (const key of Object.keys(en).filter((k) => k.startsWith('journal'))) {
      const names = (entry: Entry) => Object.keys(entry.placeholders ?? {}).sort();
      expect(names(de[key]!), key).toEqual(names(en[key]!));
      for (const entry of [en[key]!, de[key]!]) {
        const inText = [...entry.message.matchAll(/\$([A-Z]+)\$/g)]
          .map((m) => m[1]!.toLowerCase())
          .sort();
        expect(inText, key).toEqual(names(entry));
      }
    }
  });
});

// Every page of the extension's own turns spell checking off for all its fields: Chromium fetches
// a dictionary from the network for the first word typed into a checked field (the e2e suites'
// refusing proxy caught it on the options page), and Klartext sends nothing off the device.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
/** Every HTML page the build ships: the entrypoints' pages and the ones in public/. */
const PAGES = [
  ...readdirSync(resolve(ROOT, 'entrypoints'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `entrypoints/${entry.name}/index.html`)
    .filter((page) => {
      try {
        readFileSync(resolve(ROOT, page));
        return true;
      } catch {
        return false;
      }
    }),
  ...readdirSync(resolve(ROOT, 'public'))
    .filter((name) => name.endsWith('.html'))
    .map((name) => `public/${name}`),
];

it('finds the pages', () => expect(PAGES.length).toBeGreaterThanOrEqual(4));

describe.each(PAGES)('%s', (page) => {
  it('turns spell checking off for the whole page', () => {
    const html = readFileSync(resolve(ROOT, page), 'utf8');
    expect(html).toMatch(/<body[^>]*\sspellcheck="false"/);
  });
});

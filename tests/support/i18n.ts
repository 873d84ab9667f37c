// The UI texts for tests that render components: the real catalogs from public/_locales,
// read synchronously (the extension's pages load them as files, see utils/locale-files.ts).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Lang } from '../../rules';
import { parseCatalog, translator, type Catalog, type Translate } from '../../utils/i18n';

// Vitest runs from the repository's root (component tests run in happy-dom, whose URL is not a file).
const REPO_ROOT = process.cwd();

export function localeCatalog(lang: Lang): Catalog {
  const file = resolve(REPO_ROOT, `public/_locales/${lang}/messages.json`);
  const catalog = parseCatalog(JSON.parse(readFileSync(file, 'utf8')));
  if (!catalog) throw new Error(`${file} is not a messages.json catalog`);
  return catalog;
}

export function createTranslator(lang: Lang): Translate {
  return translator(localeCatalog(lang));
}

// Reads a locale's messages.json from the extension's own files. Works in extension pages and
// the background, which share the extension's origin; the sidebar's content script asks the
// background instead (the 'ui-catalog' request), since its fetches count as the page's.
import { browser } from 'wxt/browser';
import type { Lang } from '@/rules';
import { parseCatalog, translator, type Catalog, type Translate } from './i18n';

const loaded = new Map<Lang, Promise<Catalog>>();

/** The catalog of `lang`, read once per page (a failed read is tried again next time). */
export function loadCatalog(lang: Lang): Promise<Catalog> {
  let catalog = loaded.get(lang);
  if (!catalog) {
    catalog = readCatalog(lang);
    catalog.catch(() => loaded.delete(lang));
    loaded.set(lang, catalog);
  }
  return catalog;
}

async function readCatalog(lang: Lang): Promise<Catalog> {
  const url = browser.runtime.getURL(`/_locales/${lang}/messages.json` as '/');
  // Not a network call: the URL is the extension's own packaged file (chrome-extension:// or
  // moz-extension://), read from disk by the browser; nothing leaves the device.
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The ${lang} UI texts could not be read (${response.status})`);
  const catalog = parseCatalog(await response.json());
  if (!catalog) throw new Error(`The ${lang} UI texts are not a messages.json catalog`);
  return catalog;
}

export async function loadTranslator(lang: Lang): Promise<Translate> {
  return translator(await loadCatalog(lang));
}

// UI strings in German and English. The single source is public/_locales/<lang>/messages.json
// (the browser.i18n format, also used by the manifest). The UI language may differ from the
// browser's (the user can override it), so a page loads the one catalog it shows, as a file of
// the extension (locale-files.ts), instead of carrying both in its JavaScript: the sidebar's
// content script, loaded into every ticket, would otherwise hold every page's text twice. The
// journal page is the exception (bundled-texts.ts): it opens faster with both compiled in.
import type en from '../public/_locales/en/messages.json';
import type { Lang } from '@/rules';
import type { UiLanguage } from './settings';
import { isRecord } from './is-record';

interface LocaleEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export type MessageKey = keyof typeof en;

/** One locale's messages, as in its messages.json. */
export type Catalog = Readonly<Partial<Record<MessageKey, LocaleEntry>>>;

export type Translate = (key: MessageKey, ...substitutions: string[]) => string;

/** The language the UI uses: the setting, or for 'auto' the browser's UI language. */
export function resolveUiLang(setting: UiLanguage, browserLanguage: string): Lang {
  if (setting !== 'auto') return setting;
  return browserLanguage.toLowerCase().startsWith('de') ? 'de' : 'en';
}

/** Fills a message like browser.i18n.getMessage does: $NAME$ placeholders, then $1..$9. */
function format(entry: LocaleEntry, substitutions: readonly string[]): string {
  const positional = (text: string) =>
    text.replace(/\$(\d)/g, (_, index: string) => substitutions[Number(index) - 1] ?? '');
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (match, name: string) => {
      const placeholder = entry.placeholders?.[name.toLowerCase()];
      return placeholder ? positional(placeholder.content) : match;
    })
    .replace(/\$\$/g, '$');
}

/** Translates with one catalog. A key it lacks shows itself rather than breaking the page. */
export function translator(catalog: Catalog): Translate {
  return (key, ...substitutions) => {
    const entry = Object.hasOwn(catalog, key) ? catalog[key] : undefined;
    return entry ? format(entry, substitutions) : key;
  };
}

function isEntry(value: unknown): value is LocaleEntry {
  if (!isRecord(value) || typeof value.message !== 'string') return false;
  const { placeholders } = value;
  if (placeholders === undefined) return true;
  return (
    isRecord(placeholders) &&
    Object.values(placeholders).every((p) => isRecord(p) && typeof p.content === 'string')
  );
}

/**
 * The catalog in `value` (a parsed messages.json, or one received in a message), or undefined
 * when it is not one. Only well-formed entries are kept, in an object without a prototype.
 */
export function parseCatalog(value: unknown): Catalog | undefined {
  if (!isRecord(value)) return undefined;
  const catalog: Record<string, LocaleEntry> = Object.create(null);
  for (const [key, entry] of Object.entries(value)) if (isEntry(entry)) catalog[key] = entry;
  return Object.keys(catalog).length > 0 ? (catalog as Catalog) : undefined;
}

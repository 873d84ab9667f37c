// UI strings in German and English. The single source is public/_locales/<lang>/messages.json
// (the browser.i18n format, also used by the manifest). Both files are bundled so the UI
// language can differ from the browser's when the user overrides it in the options.
import de from '../public/_locales/de/messages.json' with { type: 'json' };
import en from '../public/_locales/en/messages.json' with { type: 'json' };
import type { Lang } from '@/rules';
import type { UiLanguage } from './settings';

interface LocaleEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export type MessageKey = keyof typeof en;

const CATALOGS: Record<Lang, Record<MessageKey, LocaleEntry>> = {
  en,
  de: de as Record<MessageKey, LocaleEntry>,
};

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

export function createTranslator(lang: Lang): Translate {
  const catalog = CATALOGS[lang];
  return (key, ...substitutions) => {
    const entry = catalog[key] ?? CATALOGS.en[key];
    // A key missing from both locales shows itself rather than breaking the page.
    return entry ? format(entry, substitutions) : key;
  };
}

/** Every message key of a locale, for the test that keeps both locales in step. */
export function localeKeys(lang: Lang): string[] {
  return Object.keys(CATALOGS[lang]).sort();
}

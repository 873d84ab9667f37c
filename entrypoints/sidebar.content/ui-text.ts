// The sidebar's UI texts, one language at a time, from the background: this content script is
// loaded into every ticket, so it does not carry every page's texts in both languages (see
// utils/i18n.ts). The panel and the mark cards read translators from here; a language not
// loaded yet is asked for and they render again once it is there.
import type { Lang } from '@/rules';
import { parseCatalog, translator, type Catalog, type Translate } from '@/utils/i18n';
import { createStore, type Store } from '@/utils/store';

export interface UiText {
  /** Changes when a language's texts arrive. */
  readonly store: Store<{ loaded: Partial<Record<Lang, Translate>> }>;
  /** The translator for `lang`, or undefined until its texts are here (see ensure). */
  translator(lang: Lang): Translate | undefined;
  /** Resolves once `lang`'s texts are here (rejects if the background cannot give them). */
  ensure(lang: Lang): Promise<void>;
}

/** `request` asks the background for a catalog (the 'ui-catalog' message). */
export function createUiText(request: (lang: Lang) => Promise<unknown>): UiText {
  const store = createStore<{ loaded: Partial<Record<Lang, Translate>> }>({ loaded: {} });
  const asked = new Map<Lang, Promise<void>>();
  const ensure = (lang: Lang): Promise<void> => {
    let done = asked.get(lang);
    if (!done) {
      done = request(lang).then((answer) => {
        const catalog: Catalog | undefined = parseCatalog(answer);
        if (!catalog) throw new Error(`No ${lang} UI texts from the background`);
        store.set({ loaded: { ...store.get().loaded, [lang]: translator(catalog) } });
      });
      // A failed request may be tried again (the background was restarting, say).
      done.catch(() => asked.delete(lang));
      asked.set(lang, done);
    }
    return done;
  };
  return {
    store,
    translator: (lang) => store.get().loaded[lang],
    ensure,
  };
}

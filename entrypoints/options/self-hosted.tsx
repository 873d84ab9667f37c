// The self-hosted helpdesks part of the options page: the model keeps the added sites (read and
// watched in extension storage) and the last problem; <SelfHostedPage> renders it inside the
// options page. Adding asks the browser for the one host permission right in the click
// (browser.permissions.request must run in the user gesture), then registers the sidebar
// content script for it (utils/self-hosted.ts).
import { browser } from 'wxt/browser';
import { SelfHostedCard } from '@/components/SelfHostedCard';
import '@/components/self-hosted.css';
import type { MessageKey, Translate } from '@/utils/i18n';
import {
  createSelfHostedSites,
  parseSiteInput,
  SELF_HOSTED_KEY,
  siteLabel,
  sitePattern,
  type SelfHostedApi,
  type SelfHostedSite,
} from '@/utils/self-hosted';
import { extensionStorage } from '@/utils/settings';
import { createStore, type Store } from '@/utils/store';
import { useStore } from '@/utils/use-store';
import { builtInMatches } from '../sidebar.content/matches';

interface SelfHostedState {
  /** Undefined until the stored list was read. */
  sites: SelfHostedSite[] | undefined;
  error: MessageKey | undefined;
  busy: boolean;
}

export interface SelfHostedModel {
  readonly store: Store<SelfHostedState>;
  /** Adds what was typed; answers whether it worked. */
  add(input: string): Promise<boolean>;
  remove(label: string): void;
}

export function startSelfHostedPage(signal: AbortSignal): SelfHostedModel {
  const service = createSelfHostedSites(browser as unknown as SelfHostedApi);
  const store = createStore<SelfHostedState>({ sites: undefined, error: undefined, busy: false });
  const reload = async () => store.set({ sites: await service.list() });

  async function run(step: () => Promise<void>): Promise<boolean> {
    store.set({ busy: true });
    try {
      await step();
      store.set({ error: undefined });
      return true;
    } catch {
      store.set({ error: 'selfHostedFailed' });
      return false;
    } finally {
      store.set({ busy: false });
      await reload();
    }
  }

  void reload();
  const stop = extensionStorage(browser).watch((changes) => {
    if (SELF_HOSTED_KEY in changes) void reload();
  });
  signal.addEventListener('abort', stop, { once: true });

  return {
    store,
    add(input) {
      const parsed = parseSiteInput(
        input,
        builtInMatches(browser.runtime.getManifest()),
        store.get().sites ?? [],
      );
      if (!parsed.ok) {
        store.set({ error: parsed.error });
        return Promise.resolve(false);
      }
      // First thing in the click: the browser shows its prompt only during a user gesture.
      const granted = browser.permissions.request({ origins: [sitePattern(parsed.site)] });
      return granted.then(
        (allowed) => {
          if (allowed) return run(() => service.add(parsed.site));
          store.set({ error: 'selfHostedDenied' });
          return false;
        },
        () => {
          store.set({ error: 'selfHostedFailed' });
          return false;
        },
      );
    },
    remove(label) {
      const site = store.get().sites?.find((known) => siteLabel(known) === label);
      if (site) void run(() => service.remove(site));
    },
  };
}

export function SelfHostedPage({ model, t }: { model: SelfHostedModel; t: Translate }) {
  const { sites, error, busy } = useStore(model.store);
  if (!sites) return null;
  return (
    <SelfHostedCard
      t={t}
      sites={sites.map(siteLabel)}
      error={error}
      busy={busy}
      accessFor={(input) => {
        const parsed = parseSiteInput(input, builtInMatches(browser.runtime.getManifest()), []);
        return parsed.ok ? sitePattern(parsed.site) : undefined;
      }}
      onAdd={model.add}
      onRemove={model.remove}
    />
  );
}

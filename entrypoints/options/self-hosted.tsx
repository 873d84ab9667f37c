// The self-hosted helpdesks card on the options page, rendered into its own root below the
// other settings. Adding asks the browser for the one host permission right in the click
// (browser.permissions.request must run in the user gesture), then registers the sidebar
// content script for it (utils/self-hosted.ts).
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { SelfHostedCard } from '@/components/SelfHostedCard';
import '@/components/self-hosted.css';
import { createTranslator, resolveUiLang, type MessageKey } from '@/utils/i18n';
import {
  createSelfHostedSites,
  parseSiteInput,
  SELF_HOSTED_KEY,
  siteLabel,
  sitePattern,
  type SelfHostedApi,
  type SelfHostedSite,
} from '@/utils/self-hosted';
import { extensionStorage, loadSettings, watchSettings, type Settings } from '@/utils/settings';
import { SIDEBAR_MATCHES } from '../sidebar.content/matches';

const root = document.getElementById('self-hosted');
const service = createSelfHostedSites(browser as unknown as SelfHostedApi);
const storage = extensionStorage(browser);

let settings: Settings | undefined;
let sites: SelfHostedSite[] = [];
let error: MessageKey | undefined;
let busy = false;

function show(): void {
  if (!root || !settings) return;
  const t = createTranslator(resolveUiLang(settings.uiLanguage, browser.i18n.getUILanguage()));
  render(
    <SelfHostedCard
      t={t}
      sites={sites.map(siteLabel)}
      error={error}
      busy={busy}
      onAdd={add}
      onRemove={(label) => {
        const site = sites.find((known) => siteLabel(known) === label);
        if (site) void run(() => service.remove(site));
      }}
    />,
    root,
  );
}

async function run(step: () => Promise<void>): Promise<boolean> {
  busy = true;
  show();
  try {
    await step();
    error = undefined;
    return true;
  } catch {
    error = 'selfHostedFailed';
    return false;
  } finally {
    busy = false;
    sites = await service.list();
    show();
  }
}

function add(input: string): Promise<boolean> {
  const parsed = parseSiteInput(input, SIDEBAR_MATCHES, sites);
  if (!parsed.ok) {
    error = parsed.error;
    show();
    return Promise.resolve(false);
  }
  // First thing in the click: the browser shows its prompt only during a user gesture.
  const granted = browser.permissions.request({ origins: [sitePattern(parsed.site)] });
  return granted.then(
    (allowed) => {
      if (allowed) return run(() => service.add(parsed.site));
      error = 'selfHostedDenied';
      show();
      return false;
    },
    () => {
      error = 'selfHostedFailed';
      show();
      return false;
    },
  );
}

void Promise.all([loadSettings(storage), service.list()]).then(([loaded, listed]) => {
  settings = loaded;
  sites = listed;
  show();
  const signal = new AbortController().signal;
  watchSettings(
    storage,
    loaded,
    (next) => {
      settings = next;
      show();
    },
    signal,
  );
  storage.watch((changes) => {
    if (!(SELF_HOSTED_KEY in changes)) return;
    void service.list().then((listed) => {
      sites = listed;
      show();
    });
  });
});

// The toolbar button's popup: Klartext on or off in the current tab's site, in the tab (for
// this browser session) and everywhere. It asks the background for the tab's state (the
// background knows which host Klartext runs on there) and changes it through the background.
// `?tab=<id>` names the tab explicitly (the popup opened as a page, as the e2e tests do).
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup, type PopupState } from '@/components/Popup';
import '@/components/popup.css';
import { resolveUiLang } from '@/utils/i18n';
import { loadTranslator } from '@/utils/locale-files';
import { createBackgroundClient, type Done } from '@/utils/messages';
import { extensionStorage, isHostDisabled, loadSettings } from '@/utils/settings';

const root = document.getElementById('app')!;
const storage = extensionStorage(browser);
const client = createBackgroundClient((message) => browser.runtime.sendMessage(message));

async function targetTab(): Promise<number | undefined> {
  const named = new URLSearchParams(location.search).get('tab');
  if (named !== null && /^\d+$/.test(named)) return Number(named);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function readState(tabId: number | undefined): Promise<PopupState> {
  const [settings, tab] = await Promise.all([
    loadSettings(storage),
    tabId === undefined
      ? Promise.resolve(undefined)
      : client.request({ kind: 'get-tab-state', tabId }),
  ]);
  const known = tab?.ok ? tab : undefined;
  const host = known?.host;
  return {
    uiLanguage: settings.uiLanguage,
    host,
    siteEnabled: host === undefined ? true : !isHostDisabled(settings, host),
    tabEnabled: known?.tabEnabled !== false,
    everywhereEnabled: known?.everywhereEnabled !== false,
    failed: false,
  };
}

async function main(): Promise<void> {
  const tabId = await targetTab();
  let state = await readState(tabId);
  // The popup lives for a moment: the language it opened in stays.
  const lang = resolveUiLang(state.uiLanguage, browser.i18n.getUILanguage());
  const t = await loadTranslator(lang);
  document.documentElement.lang = lang;

  const show = () => {
    render(
      <Popup
        t={t}
        state={state}
        onSite={(enabled) =>
          state.host !== undefined &&
          change(client.request({ kind: 'set-site-enabled', host: state.host, enabled }))
        }
        onTab={(enabled) =>
          tabId !== undefined && change(client.request({ kind: 'set-tab-enabled', tabId, enabled }))
        }
        onEverywhere={(enabled) =>
          change(client.request({ kind: 'set-enabled-everywhere', enabled }))
        }
        onOpenSettings={() => {
          void browser.runtime.openOptionsPage();
          window.close();
        }}
      />,
      root,
    );
  };

  const change = (done: Promise<Done>) => {
    void done.then(async (answer) => {
      state = { ...(await readState(tabId)), failed: !answer.ok };
      show();
    });
  };

  show();
}

void main();

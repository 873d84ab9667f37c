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
import { createBackgroundClient, type Done, type TabMessage } from '@/utils/messages';
import { extensionStorage, isHostDisabled, loadSettings } from '@/utils/settings';
import { readSites, SELF_HOSTED_KEY, sitePattern } from '@/utils/self-hosted';
import { patternLabel, withheldSites } from '@/utils/site-access';
import { builtInMatches } from '../sidebar.content/matches';

const root = document.getElementById('app')!;
const storage = extensionStorage(browser);
const client = createBackgroundClient((message) => browser.runtime.sendMessage(message));

async function targetTab(): Promise<number | undefined> {
  const named = new URLSearchParams(location.search).get('tab');
  if (named !== null && /^\d+$/.test(named)) return Number(named);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/**
 * Klartext's site patterns the browser withholds for this tab: those covering its address
 * (the toolbar click lends the popup the tab through activeTab), or the host its sidebar
 * reported when the address is hidden (access taken back while the page was open), else all.
 */
async function withheldPatterns(tabId: number | undefined, host: string | undefined) {
  const [tab, granted, stored] = await Promise.all([
    tabId === undefined
      ? Promise.resolve(undefined)
      : browser.tabs.get(tabId).catch(() => undefined),
    browser.permissions.getAll(),
    browser.storage.local.get(SELF_HOSTED_KEY),
  ]);
  const wanted = [
    ...builtInMatches(browser.runtime.getManifest()),
    ...readSites(stored[SELF_HOSTED_KEY]).map(sitePattern),
  ];
  const origins = granted.origins ?? [];
  if (tab?.url !== undefined || host === undefined) return withheldSites(wanted, origins, tab?.url);
  return [
    ...new Set([
      ...withheldSites(wanted, origins, `https://${host}/`),
      ...withheldSites(wanted, origins, `http://${host}/`),
    ]),
  ];
}

async function readState(tabId: number | undefined): Promise<PopupState> {
  const [settings, tab] = await Promise.all([
    loadSettings(storage),
    tabId === undefined
      ? Promise.resolve(undefined)
      : client.request({ kind: 'get-tab-state', tabId }),
  ]);
  const known = tab?.ok ? tab : undefined;
  // The background remembers the host a tab's content script reported; the tab itself says
  // whether the script still runs there (a reload without site access took it away).
  const running =
    tabId !== undefined &&
    known?.host !== undefined &&
    (await browser.tabs.sendMessage(tabId, { kind: 'ping' } satisfies TabMessage).then(
      (answer) => answer === true,
      () => false,
    ));
  const host = running ? known?.host : undefined;
  withheld = await withheldPatterns(tabId, host);
  return {
    uiLanguage: settings.uiLanguage,
    host,
    siteEnabled: host === undefined ? true : !isHostDisabled(settings, host),
    tabEnabled: known?.tabEnabled !== false,
    everywhereEnabled: known?.everywhereEnabled !== false,
    failed: false,
    withheld: withheld.map(patternLabel),
  };
}

/** The patterns behind state.withheld, for the request that gives them back. */
let withheld: string[] = [];

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
        onAllowAccess={() => {
          // Asked in the click itself (browsers want a user gesture). Once granted, the
          // background starts the sidebar in the open tabs of those sites at once
          // (entrypoints/background/site-access.ts), so the agent loses no draft to a reload.
          void browser.permissions.request({ origins: withheld }).then(
            async (granted) => {
              state = { ...(await readState(tabId)), accessDenied: !granted };
              show();
              // The sidebar starts in the tab a moment later; then its switches show here.
              for (let wait = 0; granted && state.host === undefined && wait < 20; wait += 1) {
                await new Promise((done) => setTimeout(done, 150));
                state = await readState(tabId);
                show();
              }
            },
            () => {
              state = { ...state, accessDenied: true };
              show();
            },
          );
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

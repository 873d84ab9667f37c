// What the toolbar popup finds out about its tab: the address, whether Klartext's content
// script runs there (and sees a reply box), its switches, and which of Klartext's sites the
// browser withholds. Only the browser and Klartext's own background answer: the page itself
// has no say, beyond whether its reply box is there.
import { browser } from 'wxt/browser';
import { createBackgroundClient, parsePingAnswer, type TabMessage } from '@/utils/messages';
import { popupReason, type PopupReason } from '@/utils/popup-reason';
import { readSites, SELF_HOSTED_KEY, sitePattern, type SelfHostedSite } from '@/utils/self-hosted';
import { extensionStorage, isHostDisabled, loadSettings, type UiLanguage } from '@/utils/settings';
import { patternLabel, withheldSites } from '@/utils/site-access';
import { builtInMatches, LOCAL_MATCHES } from '../sidebar.content/matches';

const storage = extensionStorage(browser);
const client = createBackgroundClient((message) => browser.runtime.sendMessage(message));

/** `?tab=<id>` names the tab (the popup opened as a page, as the e2e tests do). */
export async function targetTab(): Promise<number | undefined> {
  const named = new URLSearchParams(location.search).get('tab');
  if (named !== null && /^\d+$/.test(named)) return Number(named);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** The test build: its content script also runs on local pages (wxt.config.ts). */
function isTestBuild(): boolean {
  return builtInMatches(browser.runtime.getManifest()).some((p) => LOCAL_MATCHES.includes(p));
}

/**
 * The tab's address: the toolbar click lends the popup the tab through activeTab. The popup
 * opened as a page (the e2e tests) is lent nothing, so the test build, and only it, takes the
 * address a test names in `?url=`; a production build never reads it.
 */
async function tabUrl(tabId: number | undefined): Promise<string | undefined> {
  const tab =
    tabId === undefined ? undefined : await browser.tabs.get(tabId).catch(() => undefined);
  if (tab?.url !== undefined) return tab.url;
  const named = new URLSearchParams(location.search).get('url');
  return named !== null && isTestBuild() ? named : undefined;
}

export interface TabView {
  uiLanguage: UiLanguage;
  /** The host Klartext runs on in the tab; undefined when it does not run there. */
  host: string | undefined;
  siteEnabled: boolean;
  tabEnabled: boolean;
  everywhereEnabled: boolean;
  reason: PopupReason;
  /** The patterns behind a 'no-access' reason, for the request that gives them back. */
  withheld: string[];
  /** The self-hosted sites among them: registered again once their access is back. */
  withheldSites: SelfHostedSite[];
}

export async function readTab(tabId: number | undefined): Promise<TabView> {
  const [settings, known, url, granted, stored] = await Promise.all([
    loadSettings(storage),
    tabId === undefined
      ? Promise.resolve(undefined)
      : client
          .request({ kind: 'get-tab-state', tabId })
          .then((answer) => (answer.ok ? answer : undefined)),
    tabUrl(tabId),
    browser.permissions.getAll(),
    browser.storage.local.get(SELF_HOSTED_KEY),
  ]);
  // The background remembers the host a tab's content script reported; the tab itself says
  // whether the script still runs there (a reload without site access took it away).
  const ping =
    tabId === undefined || known?.host === undefined
      ? undefined
      : parsePingAnswer(
          await browser.tabs
            .sendMessage(tabId, { kind: 'ping' } satisfies TabMessage)
            .catch(() => undefined),
        );
  const host = ping ? known?.host : undefined;
  const selfHosted = readSites(stored[SELF_HOSTED_KEY]);
  const wanted = [...builtInMatches(browser.runtime.getManifest()), ...selfHosted.map(sitePattern)];
  const origins = granted.origins ?? [];
  // Without the address, the host the sidebar reported names the site; else all are listed.
  const withheld =
    url !== undefined || host === undefined
      ? withheldSites(wanted, origins, url)
      : [
          ...new Set([
            ...withheldSites(wanted, origins, `https://${host}/`),
            ...withheldSites(wanted, origins, `http://${host}/`),
          ]),
        ];
  const siteEnabled = host === undefined ? true : !isHostDisabled(settings, host);
  const tabEnabled = known?.tabEnabled !== false;
  const everywhereEnabled = known?.everywhereEnabled !== false;
  return {
    uiLanguage: settings.uiLanguage,
    host,
    siteEnabled,
    tabEnabled,
    everywhereEnabled,
    withheld,
    withheldSites: selfHosted.filter((site) => withheld.includes(sitePattern(site))),
    reason: popupReason({
      url,
      host,
      replyBox: ping?.replyBox === true,
      siteEnabled,
      tabEnabled,
      everywhereEnabled,
      withheld: withheld.map(patternLabel),
      wanted,
    }),
  };
}

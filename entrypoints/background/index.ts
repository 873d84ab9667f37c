// The background: routes requests from content scripts and extension pages, relays the
// keyboard command to the active tab, and opens the options page from the toolbar button.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { loadCatalog } from '@/utils/locale-files';
import { acceptReplyPort } from '@/utils/journal/reply-port';
import { parseRequest, REPLY_PORT, TOGGLE_COMMAND, type TabMessage } from '@/utils/messages';
import { injectEngine } from './engine';
import { startPacksBackground } from './packs';
import { openJournalPage, openQuickLogWindow, startJournalBackground } from './journal';
import { handleRequest, type RouterDeps } from './router';
import { createPlacementWriter } from '@/utils/sidebar/placement';
import { extensionStorage } from '@/utils/settings';
import { startSelfHostedBackground } from './self-hosted';
import { openSidePanel } from './side-panel';
import { startSiteAccessBackground } from './site-access';
import { startSwitchesBackground } from './switches';

/** A sender that is one of Klartext's pages, not a content script in a web page. */
function isExtensionPage(sender: { url?: string; origin?: string }): boolean {
  const own = new URL(browser.runtime.getURL('/')).origin;
  const url = sender.origin ?? sender.url;
  if (!url) return false;
  try {
    return new URL(url).origin === own;
  } catch {
    return false;
  }
}

async function toggleSidebarInActiveTab(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  const message: TabMessage = { kind: 'toggle-sidebar' };
  // Pages without the content script (no reply box, other sites) have no receiver.
  await browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
}

export default defineBackground(() => {
  startSelfHostedBackground();
  const siteAccess = startSiteAccessBackground();
  const packs = startPacksBackground();
  const journal = startJournalBackground();
  const deps: RouterDeps = {
    settings: packs.settings,
    placements: createPlacementWriter(extensionStorage(browser)),
    packs: packs.packs,
    openOptions: () => browser.runtime.openOptionsPage(),
    switches: startSwitchesBackground(),
    openJournal: openJournalPage,
    openQuickLog: openQuickLogWindow,
    loadCatalog,
    injectEngine,
    openSidePanel,
    journal,
    checkSite: (site) => siteAccess.checkSite(site),
  };

  browser.runtime.onMessage.addListener((message, sender) => {
    // Only Klartext's own content scripts and pages may change its settings.
    if (sender.id !== browser.runtime.id) return undefined;
    const request = parseRequest(message);
    return request
      ? handleRequest(request, deps, {
          tabId: sender.tab?.id,
          frameId: sender.frameId,
          url: sender.url,
          extensionPage: isExtensionPage(sender),
        })
      : undefined;
  });

  // Sidebars report the reply being written here; a reply still in progress when its page goes
  // away is counted when the port closes (utils/journal/reply-port.ts).
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== REPLY_PORT) return;
    acceptReplyPort(port, {
      extensionId: browser.runtime.id,
      count: (reply) => void journal.replyChecked(reply),
    });
  });

  browser.commands.onCommand.addListener((command) => {
    if (command === TOGGLE_COMMAND) void toggleSidebarInActiveTab();
  });

  // The toolbar button opens the popup (entrypoints/popup): the on/off switches and a link
  // to the options page.
});

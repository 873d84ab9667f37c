// When the user gives Klartext access to a site (the popup's "Allow Klartext there again" or
// "Check replies on this site", the browser's own extensions menu, a self-hosted site added on
// the options page), the sidebar starts at once in the tabs already open there: injected, not
// reloaded, so a draft in progress stays. The script itself makes sure it runs once per page.
// A site the popup asked to check is also registered for the pages opened later
// (utils/pending-sites.ts), the same way as a self-hosted site added on the options page.
import { browser } from 'wxt/browser';
import { createPendingSites } from '@/utils/pending-sites';
import {
  createSelfHostedSites,
  parseSiteInput,
  SIDEBAR_SCRIPT_FILE,
  type SelfHostedApi,
  type SelfHostedSite,
} from '@/utils/self-hosted';
import { builtInMatches } from '../sidebar.content/matches';

async function startSidebarsIn(origins: string[]): Promise<void> {
  const tabs = await browser.tabs.query({ url: origins }).catch(() => []);
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    await browser.scripting
      .executeScript({ target: { tabId: tab.id }, files: [`/${SIDEBAR_SCRIPT_FILE}` as const] })
      .catch(() => undefined);
  }
}

export interface SiteAccessBackground {
  /** The popup's "Check replies on this site" for `site` (its permission asked in the click). */
  checkSite(site: SelfHostedSite): Promise<void>;
}

export function startSiteAccessBackground(): SiteAccessBackground {
  const pending = createPendingSites({
    session: browser.storage.session,
    hasPermission: (origin) => browser.permissions.contains({ origins: [origin] }),
    add: (site) => createSelfHostedSites(browser as unknown as SelfHostedApi).add(site),
  });
  browser.permissions.onAdded.addListener((added) => {
    const origins = added.origins ?? [];
    if (origins.length === 0) return;
    void startSidebarsIn(origins);
    void pending.adopt().catch(() => undefined);
  });
  return {
    async checkSite(site) {
      // Klartext's own sites need no registration of their own (their access comes back
      // through "Allow Klartext there again").
      const known = parseSiteInput(
        `${site.scheme}://${site.host}`,
        builtInMatches(browser.runtime.getManifest()),
        [],
      );
      if (!known.ok) throw new Error(`not a site to add: ${known.error}`);
      await pending.ask(site);
    },
  };
}

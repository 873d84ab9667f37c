// When the user gives Klartext access to a site (the popup's "Allow Klartext there again", the
// browser's own extensions menu, a self-hosted site added on the options page), the sidebar
// starts at once in the tabs already open there: injected, not reloaded, so a draft in
// progress stays. The script itself makes sure it runs once per page.
import { browser } from 'wxt/browser';
import { SIDEBAR_SCRIPT_FILE } from '@/utils/self-hosted';

async function startSidebarsIn(origins: string[]): Promise<void> {
  const tabs = await browser.tabs.query({ url: origins }).catch(() => []);
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    await browser.scripting
      .executeScript({ target: { tabId: tab.id }, files: [`/${SIDEBAR_SCRIPT_FILE}` as const] })
      .catch(() => undefined);
  }
}

export function startSiteAccessBackground(): void {
  browser.permissions.onAdded.addListener((added) => {
    const origins = added.origins ?? [];
    if (origins.length > 0) void startSidebarsIn(origins);
  });
}

// The background's part for self-hosted helpdesks: when the browser starts or Klartext is
// installed or updated, the registered content scripts are made to match the stored list
// (Firefox forgets run-time registrations on restart; an update may change the script file).
// A host permission the user takes back in the browser's settings unregisters its site.
import { browser } from 'wxt/browser';
import { createSelfHostedSites, type SelfHostedApi } from '@/utils/self-hosted';

export function startSelfHostedBackground(): void {
  const sites = createSelfHostedSites(browser as unknown as SelfHostedApi);
  const sync = () => void sites.sync().catch(() => undefined);
  browser.runtime.onStartup.addListener(sync);
  browser.runtime.onInstalled.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
}

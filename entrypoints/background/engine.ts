// Injects the rule engine into the sidebar that asked for it (utils/sidebar/engine-loader.ts). The
// script is one of the extension's own packaged files; it runs in the content script's isolated
// world (the default world), never in the page's.
import { browser } from 'wxt/browser';
import { NO_SITE_ACCESS } from '@/utils/sidebar/engine-loader';
import type { RequestOrigin } from '@/utils/switches/protocol';

/** Whether the browser still grants Klartext the site of `url` (the user may take it back). */
async function hasSiteAccess(url: string | undefined): Promise<boolean> {
  if (!url) return true;
  try {
    const { protocol, hostname } = new URL(url);
    return await browser.permissions.contains({ origins: [`${protocol}//${hostname}/*`] });
  } catch {
    return true;
  }
}

export async function injectEngine(from: RequestOrigin): Promise<void> {
  if (from.tabId === undefined) throw new Error('only a tab can load the engine');
  try {
    await browser.scripting.executeScript({
      target: { tabId: from.tabId, frameIds: [from.frameId ?? 0] },
      files: ['/engine.js'],
    });
  } catch (error) {
    if (!(await hasSiteAccess(from.url))) throw new Error(NO_SITE_ACCESS);
    throw error;
  }
}

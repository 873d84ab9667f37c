// Injects the rule engine into the sidebar that asked for it (utils/engine-loader.ts). The
// script is one of the extension's own packaged files; it runs in the content script's isolated
// world (the default world), never in the page's.
import { browser } from 'wxt/browser';
import type { RequestOrigin } from '@/utils/switches';

export async function injectEngine(from: RequestOrigin): Promise<void> {
  if (from.tabId === undefined) throw new Error('only a tab can load the engine');
  await browser.scripting.executeScript({
    target: { tabId: from.tabId, frameIds: [from.frameId ?? 0] },
    files: ['/engine.js'],
  });
}

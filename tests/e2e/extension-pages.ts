// Helpers for the extension's own pages in e2e tests: choosing the UI language on the options
// page, as the agent would, and the browser's id of a tab (for popup.html?tab=<id>).
import type { BrowserContext, Page } from '@playwright/test';
import { extensionWorker } from '../support/chromium';
import { expect } from './fixtures';

/** Picks the UI language in the options page, as the agent would. */
export async function setUiLanguage(
  context: BrowserContext,
  extensionId: string,
  lang: 'en' | 'de',
): Promise<void> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.locator(`input[name="uiLanguage"][value="${lang}"]`).check();
  await expect(options.locator('html')).toHaveAttribute('lang', lang);
  await options.close();
}

interface TabsApi {
  chrome: { tabs: { query(query: { active: boolean }): Promise<{ id?: number }[]> } };
}

/** The browser's id for `page`'s tab: the active tab once the page is brought to the front. */
export async function tabIdOf(context: BrowserContext, page: Page): Promise<number> {
  const worker = await extensionWorker(context);
  await page.bringToFront();
  const ids = await worker.evaluate(async () =>
    (await (globalThis as unknown as TabsApi).chrome.tabs.query({ active: true })).map(
      (tab) => tab.id,
    ),
  );
  if (ids.length !== 1 || ids[0] === undefined) throw new Error(`active tabs: ${ids.join()}`);
  return ids[0];
}

// The toolbar popup says why Klartext shows nothing in a tab and how to change it: off on this
// site (with an undo right after switching it off), no reply box on the page, and a site
// Klartext does not know, which it offers to check with one click. The popup is opened as a
// page for a named tab (Playwright cannot click the toolbar button). Chromium cannot answer its
// own permission prompt here (no switch or policy grants an optional host permission), so the
// page's permissions.request is answered in the popup page; the granted path, with the real
// browser answering, runs in Firefox (tests/firefox/check-site.spec.ts).
import type { BrowserContext, Page } from '@playwright/test';
import { extensionWorker } from '../support/chromium';
import { tabIdOf } from './extension-pages';
import { expect, test } from './fixtures';
import { sidebar } from './sidebar';

async function openPopup(context: BrowserContext, extensionId: string, query: string) {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?${query}`);
  return popup;
}

const reason = (popup: Page) => popup.locator('[data-klartext-reason]');

test('off on this site from the popup: it says so, and Undo switches it back on', async ({
  context,
  page,
  extensionId,
  demoUrl,
}) => {
  await page.goto(demoUrl({ lang: 'en', editor: 'plain' }));
  await expect(sidebar(page).panel).toBeVisible();
  const popup = await openPopup(context, extensionId, `tab=${await tabIdOf(context, page)}`);
  const site = popup.locator('[data-klartext-switch="site"]');
  await expect(site).toBeChecked();
  await expect(reason(popup)).toHaveCount(0);

  await site.uncheck();
  await expect(reason(popup)).toHaveAttribute('data-klartext-reason', 'off-site');
  await expect(reason(popup)).toContainText(
    'Klartext is off on 127.0.0.1. Switch “On this site” back on to check replies here.',
  );
  await expect(page.locator('klartext-sidebar')).toHaveCount(0);

  // By keyboard: after the three switches, Tab reaches the undo button.
  await site.focus();
  for (let press = 0; press < 3; press += 1) await popup.keyboard.press('Tab');
  const undo = popup.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeFocused();
  await popup.keyboard.press('Enter');
  await expect(site).toBeChecked();
  await expect(site).toBeFocused();
  await expect(reason(popup)).toHaveCount(0);
  await expect(sidebar(page).panel).toBeVisible();

  // Opened again later, the popup still says why, but there is nothing to undo any more.
  await site.uncheck();
  await expect(undo).toBeVisible();
  await popup.reload();
  await expect(reason(popup)).toHaveAttribute('data-klartext-reason', 'off-site');
  await expect(undo).toHaveCount(0);
  await site.check();
  await expect(reason(popup)).toHaveCount(0);
});

test('a page without a reply box: Klartext runs but says it waits for a reply', async ({
  context,
  page,
  extensionId,
  server,
}) => {
  await page.goto(`${server.origin}/demo/queue.html`);
  await page.waitForFunction(() => 'openReply' in window);
  const popup = await openPopup(context, extensionId, `tab=${await tabIdOf(context, page)}`);
  await expect(reason(popup)).toHaveAttribute('data-klartext-reason', 'no-reply-box');
  await expect(reason(popup)).toContainText('this page has no reply box');
  await expect(popup.locator('[data-klartext-switch="site"]')).toBeChecked();

  await page.evaluate(() => (window as unknown as { openReply(): void }).openReply());
  await popup.reload();
  await expect(popup.locator('[data-klartext-switch="site"]')).toBeChecked();
  await expect(reason(popup)).toHaveCount(0);
});

test('a site Klartext does not know: one click asks the browser for that site only', async ({
  context,
  page,
  extensionId,
  server,
}) => {
  // Another name for the fixture server: a site neither built in nor added (Chromium resolves
  // every *.localhost name to loopback and sends it past the proxy).
  const url = `${server.localhostOrigin.replace('localhost', 'tickets.localhost')}/demo/?lang=en`;
  await page.goto(url);
  await expect(page.locator('#reply')).toBeVisible();
  const tabId = await tabIdOf(context, page);

  // The browser's answer: "Deny" (the recorded calls show what was asked).
  const popup = await context.newPage();
  await popup.addInitScript(() => {
    const calls: unknown[] = [];
    (window as unknown as { ktCalls: unknown[] }).ktCalls = calls;
    const api = (globalThis as unknown as { chrome: { permissions: object } }).chrome;
    Object.defineProperty(api.permissions, 'request', {
      configurable: true,
      value: (request: unknown, callback?: (granted: boolean) => void) => {
        calls.push(request);
        if (typeof callback === 'function') setTimeout(() => callback(false));
        else return Promise.resolve(false);
        return undefined;
      },
    });
  });
  await popup.goto(
    `chrome-extension://${extensionId}/popup.html?tab=${tabId}&url=${encodeURIComponent(url)}`,
  );
  await expect(reason(popup)).toHaveAttribute('data-klartext-reason', 'new-site');
  await expect(reason(popup)).toContainText(
    'Klartext does not check replies on tickets.localhost yet.',
  );
  await expect(popup.locator('[data-klartext-switch="site"]')).toBeDisabled();
  const check = popup.getByRole('button', { name: 'Check replies on this site' });
  await check.focus();
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('alert')).toHaveText(
    'The browser did not allow it. Klartext stays off there.',
  );
  expect(await popup.evaluate(() => (window as unknown as { ktCalls: unknown[] }).ktCalls)).toEqual(
    [{ origins: ['http://tickets.localhost/*'] }],
  );

  // Refused, nothing was registered for the site, and the page has no Klartext.
  const worker = await extensionWorker(context);
  const registered = await worker.evaluate(async () => {
    const api = (
      globalThis as unknown as {
        chrome: { scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> } };
      }
    ).chrome;
    return (await api.scripting.getRegisteredContentScripts()).map((script) => script.id);
  });
  expect(registered).toEqual([]);
  await expect(page.locator('klartext-sidebar')).toHaveCount(0);
});

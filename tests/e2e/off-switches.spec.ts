// Turning Klartext off and on again: in one tab (from the sidebar's header menu; other tabs
// keep it), everywhere (from the menu, by keyboard) and on a site, each switched back on from
// the toolbar popup (opened as a page for a named tab, since Playwright cannot click the
// toolbar button). Off means no sidebar and no marks; on brings both back.
import type { BrowserContext, Page } from '@playwright/test';
import { tabIdOf } from './extension-pages';
import { expect, test } from './fixtures';
import { sidebar } from './sidebar';

/** Klartext's marks on the page: highlight ranges (contenteditable) and drawn marks (textarea). */
function markCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    const highlights = ['klartext-warning', 'klartext-hint']
      .map((name) => CSS.highlights.get(name)?.size ?? 0)
      .reduce((a, b) => a + b, 0);
    const layer = document.querySelector('klartext-marks')?.shadowRoot;
    return highlights + (layer?.querySelectorAll('[data-klartext-mark]').length ?? 0);
  });
}

async function openTicket(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('#reply').click();
  await page.locator('#reply').pressSequentially('As already stated, asap.');
  await expect(sidebar(page).finding('condescension')).toHaveCount(1);
  await expect.poll(() => markCount(page)).toBeGreaterThan(0);
}

/** The same ticket in `page` and in a second tab, both checked; `page` in front. */
async function openTwoTickets(context: BrowserContext, page: Page, url: string): Promise<Page> {
  await openTicket(page, url);
  const other = await context.newPage();
  await openTicket(other, url);
  await page.bringToFront();
  return other;
}

async function expectOff(page: Page): Promise<void> {
  await expect(sidebar(page).panel).toHaveCount(0);
  await expect.poll(() => markCount(page)).toBe(0);
}

async function expectOn(page: Page): Promise<void> {
  await expect(sidebar(page).finding('condescension')).toHaveCount(1);
  await expect.poll(() => markCount(page)).toBeGreaterThan(0);
}

async function openPopup(context: BrowserContext, extensionId: string, tabId: number) {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  return {
    page: popup,
    toggle: (name: 'site' | 'tab' | 'everywhere') =>
      popup.locator(`[data-klartext-switch="${name}"]`),
  };
}

test('off in this tab from the sidebar menu: other tabs keep Klartext; the popup turns it back on', async ({
  context,
  page,
  extensionId,
  demoUrl,
}) => {
  // Two tickets and the popup, each with its own page: three times the usual time.
  test.slow();
  const other = await openTwoTickets(context, page, demoUrl({ lang: 'en', editor: 'rich' }));
  await sidebar(page).action('off-menu').click();
  await sidebar(page).action('off-tab').click();
  await expectOff(page);
  // The other tab on the same site is untouched.
  await expectOn(other);

  const popup = await openPopup(context, extensionId, await tabIdOf(context, page));
  await expect(popup.toggle('tab')).not.toBeChecked();
  await expect(popup.toggle('site')).toBeChecked();
  await expect(popup.toggle('everywhere')).toBeChecked();
  await popup.toggle('tab').check();
  await expectOn(page);
});

test('off everywhere from the sidebar menu by keyboard, on again from the popup', async ({
  context,
  page,
  extensionId,
  demoUrl,
}) => {
  // Two tickets and the popup, each with its own page: three times the usual time.
  test.slow();
  const other = await openTwoTickets(context, page, demoUrl({ lang: 'en', editor: 'rich' }));
  await sidebar(page).action('off-menu').focus();
  await page.keyboard.press('Enter');
  const items = page.locator('klartext-sidebar [role="menu"] [role="menuitem"]');
  // The menu takes focus once it is open; keys go where the agent sees the focus.
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('End');
  await expect(items.last()).toBeFocused();
  await page.keyboard.press('Enter');
  await expectOff(page);
  await expectOff(other);

  const popup = await openPopup(context, extensionId, await tabIdOf(context, other));
  await expect(popup.toggle('everywhere')).not.toBeChecked();
  await popup.toggle('everywhere').check();
  await expectOn(page);
  await expectOn(other);
});

test('off on this site from the popup, on again from the popup', async ({
  context,
  page,
  extensionId,
  demoUrl,
}) => {
  await openTicket(page, demoUrl({ lang: 'en', editor: 'plain' }));
  const popup = await openPopup(context, extensionId, await tabIdOf(context, page));
  // The popup shows the tab's real state before it is changed: all three on.
  await expect(popup.toggle('site')).toBeChecked();
  await expect(popup.toggle('tab')).toBeChecked();
  await expect(popup.toggle('everywhere')).toBeChecked();
  await popup.toggle('site').uncheck();
  await expectOff(page);

  await popup.toggle('site').check();
  await expectOn(page);
});

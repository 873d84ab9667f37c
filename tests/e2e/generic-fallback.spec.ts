// The generic fallback on a helpdesk Klartext has no adapter for (tests/fixtures/
// generic-thread.html): the customer's last message, read from the thread's structure, drives
// the empathy check; a composer whose active tab says "Internal note" is not checked; on a page
// without a thread it can see, the sidebar says the empathy check has no context, and one click
// on its control plus one click on the customer's message bring the empathy hint.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { sidebar } from './sidebar';

/** A reply that answers the facts but not the customer's anger. */
const UNACKNOWLEDGING_DRAFT =
  'Hello Ms Novak, please restart the router and send us the log file from the status page. I will check it on Monday by 12:00 and call you.';

async function type(page: Page, text: string): Promise<void> {
  await page.locator('#reply').click();
  await page.keyboard.press('End');
  await page.keyboard.insertText(text);
}

test("reads the customer's last message from the thread for the empathy check", async ({
  page,
  server,
}) => {
  await page.goto(`${server.origin}/generic-thread.html`);
  const kt = sidebar(page);
  await type(page, UNACKNOWLEDGING_DRAFT);
  await expect(kt.finding('unacknowledged-emotion')).toHaveCount(1);
  await expect(page.locator('klartext-sidebar [data-klartext-context]')).toHaveCount(0);
});

test('does not check a composer whose active tab says "Internal note"', async ({
  page,
  server,
}) => {
  await page.goto(`${server.origin}/generic-thread.html`);
  const kt = sidebar(page);
  await type(page, 'As already stated, this is not our department.');
  await expect(kt.finding('condescension')).toHaveCount(1);
  // The agent switches the composer to a note: the same box is no longer checked.
  await page.locator('#tab-note').click();
  await page.locator('#reply').fill('');
  await type(page, 'As already stated, this is not our department.');
  await expect(kt.finding()).toHaveCount(0);

  // Opened in note mode, nothing is checked at all.
  await page.goto(`${server.origin}/generic-thread.html?mode=note`);
  await type(page, 'As already stated, this is not our department.');
  await page.waitForTimeout(500);
  await expect(kt.finding()).toHaveCount(0);
});

test('without a thread it says the empathy check has no context, and the agent points at the message', async ({
  page,
  server,
}) => {
  await page.goto(`${server.origin}/generic-thread.html?thread=none`);
  const kt = sidebar(page);
  await type(page, UNACKNOWLEDGING_DRAFT);
  const context = page.locator('klartext-sidebar [data-klartext-context]');
  await expect(context).toHaveAttribute('data-klartext-context', 'missing');
  await expect(context).toContainText('empathy check');
  await expect(kt.checklist('empathy')).toContainText('No customer message');
  await expect(kt.finding('unacknowledged-emotion')).toHaveCount(0);

  // A script's click on the control arms nothing, and a script's click on the message picks nothing.
  await page.evaluate(() => {
    const host = document.querySelector('klartext-sidebar')!;
    host.shadowRoot!.querySelector<HTMLElement>('[data-klartext-action="pick-context"]')!.click();
    document.getElementById('lonely')!.click();
  });
  await expect(context).toHaveAttribute('data-klartext-context', 'missing');

  // Esc cancels an armed picker.
  await page.locator('klartext-sidebar [data-klartext-action="pick-context"]').click();
  await expect(context).toHaveAttribute('data-klartext-context', 'picking');
  await page.keyboard.press('Escape');
  await expect(context).toHaveAttribute('data-klartext-context', 'missing');

  // One click on the control, one on the message: the empathy check has its context.
  const before = await page.evaluate(() => document.body.innerHTML);
  await page.locator('klartext-sidebar [data-klartext-action="pick-context"]').click();
  await page.locator('#lonely').hover();
  await expect(page.locator('klartext-sidebar .kt-pick-outline')).toBeVisible();
  // The picker draws in Klartext's shadow root only: the page's DOM is unchanged.
  expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
  await page.locator('#lonely').click();
  await expect(kt.finding('unacknowledged-emotion')).toHaveCount(1);
  await expect(context).toHaveCount(0);
  await expect(page.locator('klartext-sidebar .kt-pick-outline')).toHaveCount(0);
});

test('the picker control is reachable by keyboard', async ({ page, server }) => {
  await page.goto(`${server.origin}/generic-thread.html?thread=none`);
  await type(page, UNACKNOWLEDGING_DRAFT);
  const control = page.locator('klartext-sidebar [data-klartext-action="pick-context"]');
  await control.focus();
  await page.keyboard.press('Enter');
  const context = page.locator('klartext-sidebar [data-klartext-context]');
  await expect(context).toHaveAttribute('data-klartext-context', 'picking');
  await page.keyboard.press('Escape');
  await expect(context).toHaveAttribute('data-klartext-context', 'missing');
});

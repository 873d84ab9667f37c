// The journal's two optional prompts in the real browser: switched on on the journal page,
// the break suggestion appears as a browser notification after three tense tickets in a row
// answered in the sidebar, and the daily check-in is set as a browser alarm for the chosen
// time. Both stay off until the agent switches them on.
import type { BrowserContext, Page } from '@playwright/test';
import { extensionWorker } from '../support/chromium';
import { expect, test } from './fixtures';
import { openJournalPage } from './journal';
import { sidebar } from './sidebar';

interface ExtensionApi {
  chrome: {
    notifications: { getAll(): Promise<Record<string, boolean>> };
    alarms: { get(name: string): Promise<{ scheduledTime: number } | undefined> };
  };
}

async function notifications(context: BrowserContext): Promise<string[]> {
  const worker = await extensionWorker(context);
  return worker.evaluate(async () =>
    Object.keys(await (globalThis as unknown as ExtensionApi).chrome.notifications.getAll()),
  );
}

/** One reply to the (angry) demo customer on its own ticket address, written, then cleared. */
async function answerTicket(page: Page, ticket: number): Promise<void> {
  await page.evaluate((n) => {
    const url = new URL(location.href);
    url.searchParams.set('ticket', String(n));
    history.pushState({}, '', url);
  }, ticket);
  const reply = page.locator('#reply');
  // Typed key by key: only replies the agent typed count (a script's fill would not).
  await reply.pressSequentially('We will look into it.');
  await expect(sidebar(page).finding('unacknowledged-emotion')).toHaveCount(1);
  // Clearing the box ends the reply: the sidebar reports it (hints, tense) to the background.
  await reply.fill('');
  await expect(sidebar(page).finding('unacknowledged-emotion')).toHaveCount(0);
}

test('after three tense tickets in a row the break suggestion is a browser notification', async ({
  context,
  page,
  extensionId,
  demoUrl,
}) => {
  test.slow(); // the journal page and three replies
  await page.goto(demoUrl({ lang: 'en', editor: 'plain' }));
  // Off by default: three tense tickets bring no notification.
  for (const ticket of [1, 2, 3]) await answerTicket(page, ticket);
  await page.waitForTimeout(500);
  expect(await notifications(context)).toEqual([]);

  const journal = await openJournalPage(context, extensionId);
  const enable = journal.getByLabel('Suggest a short break after 3 tense tickets in a row');
  // The box shows the stored setting: it turns checked once the journal has saved it.
  await enable.click();
  await expect(enable).toBeChecked();

  await page.bringToFront();
  for (const ticket of [4, 5]) await answerTicket(page, ticket);
  await page.waitForTimeout(500);
  expect(await notifications(context)).toEqual([]);
  await answerTicket(page, 6);
  await expect.poll(() => notifications(context)).toEqual(['klartext-journal-break']);
});

test('the daily check-in is set as a browser alarm for the chosen time, and cleared when off', async ({
  context,
  extensionId,
}) => {
  const journal = await openJournalPage(context, extensionId);
  const worker = await extensionWorker(context);
  const alarm = () =>
    worker.evaluate(async () =>
      (globalThis as unknown as ExtensionApi).chrome.alarms.get('klartext-journal-check-in'),
    );
  expect(await alarm()).toBeUndefined();

  const remind = journal.getByLabel('Remind me to check in once a day');
  await remind.click();
  await expect(remind).toBeChecked();
  await journal.getByLabel('Time', { exact: true }).fill('07:45');
  await expect.poll(async () => (await alarm())?.scheduledTime).toBeGreaterThan(Date.now());
  await expect
    .poll(async () => {
      const when = new Date((await alarm())!.scheduledTime);
      return `${when.getHours()}:${when.getMinutes()}`;
    })
    .toBe('7:45');

  await remind.click();
  await expect(remind).not.toBeChecked();
  await expect.poll(alarm).toBeUndefined();
});

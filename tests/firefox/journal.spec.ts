// Firefox ESR: the private journal. The quick log opens from the sidebar in a window of its own
// and saves; the journal page shows the entry and says truthfully that the browser keeps it,
// without ever asking the agent (Firefox prompts for persistent storage unless the add-on has
// unlimitedStorage). With the workload counters on, replies whose tabs are simply closed are
// counted: the background hears of the reply while it is typed (utils/journal/reply-port.ts).
import type { Page } from 'puppeteer-core';
import { expect, test } from './fixtures';
import { openExtensionPage, waitForExtensionTab } from './firefox';
import { action, click, count, expectCount, finding, SIDEBAR } from './sidebar';

const textOnPage = (page: Page) => page.evaluate(() => document.body.innerText);

async function weekRepliesChecked(journal: Page): Promise<string> {
  return journal.evaluate(() => {
    const row = [...document.querySelectorAll('.kj-summary tr')].find((tr) =>
      tr.querySelector('th')?.textContent?.includes('Replies checked'),
    );
    return row?.querySelector('td')?.textContent ?? '';
  });
}

/** Whether the page's window went away (puppeteer does not always notice it over BiDi). */
async function closedWithin(page: Page, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const gone = await page.evaluate(() => false).catch(() => true);
    if (gone || page.isClosed()) return true;
    await new Promise((done) => setTimeout(done, 100));
  }
  return false;
}

test('quick log from the sidebar, the entry on the journal page, and no storage prompt', async ({
  firefox,
  tab,
  watch,
  demoUrl,
}) => {
  await tab.goto(demoUrl({ lang: 'en', editor: 'plain' }));
  await click(tab, '#reply');
  await tab.keyboard.type('As already stated, this is not our department.');
  await expectCount(tab, finding('condescension'), 1);

  // 1: open the quick log (an extension window of its own), 2: pick a mood, 3: save.
  await click(tab, action('quick-log'));
  const quickLog = watch(await waitForExtensionTab(firefox, 'journal-quicklog.html'));
  await click(quickLog, '::-p-aria([name="bad"][role="radio"])');
  await click(quickLog, '::-p-aria([name="Save"][role="button"])');
  await expect.poll(() => textOnPage(quickLog)).toContain('Saved to your private journal.');
  // It says so, then closes itself and leaves the agent at the ticket.
  expect(await closedWithin(quickLog, 10_000)).toBe(true);

  const journal = watch(await openExtensionPage(firefox, 'journal.html'));
  await expect.poll(() => textOnPage(journal)).toContain('Mood: bad');
  // The browser keeps the journal, and says so without asking: a prompt would leave persist()
  // waiting for the agent's answer.
  await expect
    .poll(() => textOnPage(journal))
    .toContain('The browser keeps this journal even when disk space runs low.');
  const persistence = await journal.evaluate(async () => ({
    persisted: await navigator.storage.persisted(),
    persist: await Promise.race([
      navigator.storage.persist(),
      new Promise((done) => setTimeout(() => done('waiting for an answer'), 2_000)),
    ]),
  }));
  expect(persistence).toEqual({ persisted: true, persist: true });
});

test('with the counters on, replies in tabs that are simply closed are counted', async ({
  firefox,
  watch,
  demoUrl,
}) => {
  test.slow(); // a journal page and three tickets
  const journal = watch(await openExtensionPage(firefox, 'journal.html'));
  await click(journal, '::-p-text(Count replies checked and hints per category each day)');
  await expect
    .poll(() =>
      journal.evaluate(
        () =>
          [...document.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find((box) =>
            box.parentElement?.textContent?.includes('Count replies checked'),
          )?.checked,
      ),
    )
    .toBe(true);

  for (const ticket of ['t-101', 't-102', 't-103']) {
    const page = watch(await firefox.newPage());
    await page.goto(demoUrl({ lang: 'en', editor: 'plain', id: ticket }));
    await click(page, '#reply');
    // The agent starts once Klartext is there: keys typed before it came do not count.
    await page.waitForSelector(`${SIDEBAR} >>> [data-klartext-panel]`, { timeout: 10_000 });
    // Typed key by key: only replies the agent typed count.
    await page.keyboard.type('As already stated, no.');
    await expect.poll(() => count(page, finding())).toBeGreaterThan(0);
    // The agent closes the tab without sending or clearing anything.
    await page.close();
  }

  // The open journal page follows the counts by itself.
  await expect.poll(() => weekRepliesChecked(journal), { timeout: 15_000 }).toBe('3');
});

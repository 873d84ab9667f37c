// The private journal from the sidebar: a quick log in three interactions, seen on the journal
// page, exported and imported again; and the ticketing page's own scripts never see it.
import { readFile } from 'node:fs/promises';
import { EN_PROBLEM_DRAFT } from '../support/drafts';
import { expect, test } from './fixtures';
import {
  installKeySpy,
  openJournalPage,
  openQuickLog,
  quickLogFromSidebar,
  whatThePageCanSee,
} from './journal';
import { sidebar } from './sidebar';

/** A note no page would contain by chance. */
const NOTE = 'Zwölfter Eskalationsanruf, Kopfweh 7QX4';

test('log from the sidebar in three interactions, then see it on the journal page', async ({
  page,
  context,
  demoUrl,
}) => {
  test.slow(); // several pages on a shared machine
  await page.goto(demoUrl({ lang: 'en', editor: 'plain' }));
  await page.locator('#reply').fill(EN_PROBLEM_DRAFT);
  await expect(sidebar(page).finding().first()).toBeVisible();

  // 1: open the quick log (a window of its own), 2: pick a mood, 3: save.
  const quickLog = await openQuickLog(page);
  await quickLog.getByRole('radio', { name: 'bad', exact: true }).check();
  await quickLog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(quickLog.getByText('Saved to your private journal.')).toBeVisible();
  // It says so, then closes itself and leaves the agent at the ticket.
  await quickLog.waitForEvent('close');

  // The sidebar's "Open journal" opens the full journal in a tab of its own.
  const [journal] = await Promise.all([
    context.waitForEvent('page'),
    sidebar(page).action('open-journal').click(),
  ]);
  await journal.waitForURL(/journal\.html$/);
  const entries = journal.locator('#kj-sec-entries');
  await expect(entries.getByText('Mood: bad', { exact: true })).toBeVisible();

  // The chart reads today out under the pointer, an empty day at its left edge, and the days
  // one by one from the keyboard.
  const chart = journal.locator('.kj-chart-svg');
  const readout = journal.locator('.kj-chart-readout');
  await chart.scrollIntoViewIfNeeded();
  const box = (await chart.boundingBox())!;
  await journal.mouse.move(box.x + box.width - 4, box.y + box.height / 2);
  // The quick log left stress alone: logged, but not rated (no invented 50).
  await expect(readout).toHaveText(/^\w+, \w+ \d+: stress –, workload –$/);
  await journal.mouse.move(box.x + 2, box.y + box.height / 2);
  await expect(readout).toHaveText(/: nothing logged$/);
  await journal.mouse.move(0, 0);
  await expect(readout).toHaveText('');
  await chart.focus();
  await expect(readout).toHaveText(/: stress –/);
  await journal.keyboard.press('ArrowLeft');
  await expect(readout).toHaveText(/: nothing logged$/);
});

test('the host page finds no trace of an entry typed in the sidebar', async ({
  page,
  context,
  extensionId,
  demoUrl,
}) => {
  test.slow(); // several pages on a shared machine
  // The page's own listeners, installed before any of its scripts (and before logging).
  await page.addInitScript(installKeySpy);
  await page.goto(demoUrl({ lang: 'en', editor: 'plain' }));
  // The page keeps something of its own in IndexedDB: proves the search reads databases.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('host-app');
        request.onupgradeneeded = () => request.result.createObjectStore('drafts');
        request.onsuccess = () => {
          const tx = request.result.transaction('drafts', 'readwrite');
          tx.objectStore('drafts').put('host canary 5521', 'k');
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
        request.onerror = () => reject(request.error);
      }),
  );
  const reply = page.locator('#reply');
  await reply.pressSequentially('Hello Sam, ');
  await expect(sidebar(page).host).toBeAttached();

  // The note is typed key by key, so the page's key spy would hear every key that reached it.
  await quickLogFromSidebar(page, { mood: 'very bad', note: NOTE });

  const seen = await whatThePageCanSee(page);
  // Controls: the search does see what the page owns and what was typed in the page itself.
  expect(seen.text).toContain('host canary 5521');
  expect(seen.text).toContain('keydown:S:');
  expect(seen.text).toContain('Hello Sam');
  expect(seen.databases).toContain('host-app');
  // The quick log was never inside the page: no frame of Klartext's to look into.
  expect(seen.frameReadable).toBe(false);
  // Nothing of the note, not even a fragment of it.
  expect(seen.text).not.toContain(NOTE);
  expect(seen.text).not.toContain('7QX4');
  expect(seen.text).not.toContain('Kopfweh');
  expect(seen.text).not.toMatch(/keydown:Z:|keydown:7:/);

  // And the entry is in the journal, in the extension's origin.
  const journal = await openJournalPage(context, extensionId);
  await expect(journal.locator('#kj-sec-entries').getByText(NOTE)).toBeVisible();
});

test('export everything as JSON, delete everything, import the backup: the entry is back', async ({
  page,
  context,
  demoUrl,
  extensionId,
}) => {
  test.slow(); // several pages and a download on a shared machine
  await page.goto(demoUrl({ lang: 'en', editor: 'plain' }));
  await page.locator('#reply').fill(EN_PROBLEM_DRAFT);
  await quickLogFromSidebar(page, { mood: 'good', note: NOTE });

  const journal = await openJournalPage(context, extensionId);
  const entries = journal.locator('#kj-sec-entries');
  await expect(entries.getByText(NOTE)).toBeVisible();

  const [download] = await Promise.all([
    journal.waitForEvent('download'),
    journal.getByRole('button', { name: 'Export everything (JSON backup)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.json$/);
  const backupPath = await download.path();
  const backup = JSON.parse(await readFile(backupPath, 'utf8')) as { entries: { note: string }[] };
  expect(backup.entries.map((entry) => entry.note)).toEqual([NOTE]);

  await journal.getByRole('button', { name: 'Delete the whole journal…' }).click();
  await journal.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(entries.getByText('No entries yet.')).toBeVisible();
  await expect(entries.getByText(NOTE)).toHaveCount(0);

  await journal.getByLabel('JSON backup file').setInputFiles(backupPath);
  await expect(journal.getByText('What the import would do')).toBeVisible();
  await journal.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(entries.getByText(NOTE)).toBeVisible();
  // Stored for good: a journal page opened afresh shows it too.
  const again = await openJournalPage(context, extensionId);
  await expect(again.locator('#kj-sec-entries').getByText(NOTE)).toBeVisible();
});

test('with the counters on, replies in tabs that are simply closed are counted, live on the journal page', async ({
  context,
  extensionId,
  demoUrl,
}) => {
  test.slow(); // a journal page and three tickets
  const journal = await openJournalPage(context, extensionId);
  const counting = journal.getByLabel('Count replies checked and hints per category each day');
  // The box shows the stored setting, so it ticks once the journal has saved it.
  await expect(counting).toBeEnabled();
  await counting.click();
  await expect(counting).toBeChecked();
  const repliesThisWeek = journal
    .locator('.kj-summary tr')
    .filter({ has: journal.getByRole('rowheader', { name: 'Replies checked' }) })
    .locator('td')
    .first();

  for (const ticket of ['t-201', 't-202', 't-203']) {
    const page = await context.newPage();
    await page.goto(`${demoUrl({ lang: 'en', editor: 'plain' })}&ticket=${ticket}`);
    // The agent starts once Klartext is there: keys typed before it came are not seen, and a
    // reply it did not see typed does not count (a page's script could have filled it).
    await page.locator('#reply').click();
    await expect(sidebar(page).panel).toBeVisible();
    // Typed key by key: only replies the agent typed count.
    await page.locator('#reply').pressSequentially('As already stated, no.');
    await expect(sidebar(page).finding().first()).toBeVisible();
    // The agent closes the tab without sending or clearing anything.
    await page.close();
  }
  // The open journal page follows the counts by itself.
  await expect(repliesThisWeek).toHaveText('3');
});

// Firefox ESR: the ticketing page's own scripts attack Klartext (tests/fixtures/hostile/attacks.js,
// the same attacks as the Chromium suite's tests/e2e/hostile-page.spec.ts). Firefox isolates
// content scripts differently (Xray wrappers), so the promises are proven here too: the page's
// made-up clicks and keys change nothing and open nothing, it cannot stop, reach or
// impersonate Klartext, and replies it fills and empties by script are not counted. Each test
// ends with the agent's own action, which the same check does see, so it can fail.
import type { Browser, Page } from 'puppeteer-core';
import { expect, test } from './fixtures';
import { EXTENSION_ORIGIN, openExtensionPage } from './firefox';
import { click, count, expectCount, finding, SIDEBAR } from './sidebar';

const PROBLEM_DRAFT = 'As already stated, refunds are not our department. We will revert asap.';

/** Runs one of the page's attacks in its main world, as its own scripts would. */
function attack(page: Page, name: string, ...args: unknown[]): Promise<unknown> {
  return page.evaluate(
    (key, rest) => {
      const hostile = (
        window as unknown as { hostile: Record<string, (...a: unknown[]) => unknown> }
      ).hostile;
      return hostile[key]!(...rest);
    },
    name,
    args,
  );
}

/** Everything Klartext keeps in extension storage, read from one of its own pages. */
async function extensionState(firefox: Browser): Promise<Record<string, string>> {
  const probe = await openExtensionPage(firefox, 'options.html');
  const state = await probe.evaluate(async () => {
    type Area = { get(keys: null): Promise<Record<string, unknown>> };
    const api = (globalThis as unknown as { browser: { storage: { local: Area; session: Area } } })
      .browser;
    const all = {
      ...(await api.storage.local.get(null)),
      ...(await api.storage.session.get(null)),
    };
    return Object.fromEntries(Object.entries(all).map(([k, v]) => [k, JSON.stringify(v)]));
  });
  await probe.close();
  return state;
}

function changed(before: Record<string, string>, after: Record<string, string>): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((key) => before[key] !== after[key])
    .map((key) => after[key] ?? '(removed)')
    .filter((value) => value !== '{}' && value !== '[]');
}

async function openHostilePage(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/hostile/?origin=${encodeURIComponent(EXTENSION_ORIGIN)}`);
  await click(page, '#reply');
  await page.keyboard.type(PROBLEM_DRAFT);
  await expectCount(page, finding('condescension'), 1);
  await expectCount(page, finding('vague-time'), 1);
}

/** Tabs and windows showing one of Klartext's pages with content. */
async function extensionPagesShown(firefox: Browser): Promise<number> {
  let shown = 0;
  for (const page of await firefox.pages()) {
    for (const frame of page.frames()) {
      const content = await frame
        .evaluate(() =>
          location.protocol === 'moz-extension:' ? document.body?.innerText.trim().length : 0,
        )
        .catch(() => 0);
      if (content) shown += 1;
    }
  }
  return shown;
}

/** The agent's own click switches vague-time off: handled after anything the attacks sent. */
async function barrier(page: Page): Promise<void> {
  await click(page, `${finding('vague-time')} [data-klartext-action="disable-rule"]`);
  await expectCount(page, finding('vague-time'), 0);
}

test("the page's own clicks, keys and events change nothing and open nothing", async ({
  firefox,
  tab,
  server,
}) => {
  await openHostilePage(tab, server.origin);
  const findings = await count(tab, finding());
  const before = await extensionState(firefox);
  const pagesBefore = (await firefox.pages()).length;

  expect(await attack(tab, 'clickEverything')).toBeGreaterThan(20);
  await attack(tab, 'pressShortcuts');
  await new Promise((done) => setTimeout(done, 1_000));
  expect((await firefox.pages()).length).toBe(pagesBefore);
  expect(await tab.$eval('#reply', (box) => (box as HTMLTextAreaElement).value)).toBe(
    PROBLEM_DRAFT,
  );
  expect(await count(tab, finding())).toBe(findings);

  // Control, and the barrier: the agent's own click acts, and only it changed anything.
  await barrier(tab);
  const after = changed(before, await extensionState(firefox));
  expect(after).toHaveLength(1);
  expect(after[0]).toContain('vague-time');
  expect(after[0]).not.toContain('condescension');
});

test('the page cannot stop, remove, reach or impersonate Klartext', async ({
  firefox,
  tab,
  server,
  pageErrors,
}) => {
  await openHostilePage(tab, server.origin);
  const before = await extensionState(firefox);

  await attack(tab, 'sendStopSignal');
  await attack(tab, 'removeSidebar');
  await expect.poll(() => count(tab, SIDEBAR)).toBe(1);
  await click(tab, '#reply');
  await tab.keyboard.type(' Dear customer,');
  await expectCount(tab, finding('impersonal-greeting'), 1);

  expect(await attack(tab, 'messageBackground')).not.toBe('sent');
  const probed = (await attack(tab, 'probeFiles')) as Record<string, number | 'refused'>;
  expect(Object.values(probed).every((result) => result === 'refused')).toBe(true);
  // Firefox refuses outright: window.open throws, and the console reports each refusal.
  await attack(tab, 'openJournal').catch(() => 'refused');
  await attack(tab, 'frameQuickLog');
  await new Promise((done) => setTimeout(done, 1_000));
  expect(await extensionPagesShown(firefox)).toBe(0);
  const refusals = pageErrors.filter((e) => /may not load or link to moz-extension:/.test(e));
  expect(refusals.length).toBeGreaterThan(0);
  pageErrors.splice(0, pageErrors.length, ...pageErrors.filter((e) => !refusals.includes(e)));
  expect(changed(before, await extensionState(firefox))).toEqual([]);

  // Control: the same check sees Klartext's page once the agent opens it.
  await click(tab, `${SIDEBAR} >>> [data-klartext-action="open-journal"]`);
  await expect.poll(() => extensionPagesShown(firefox)).toBeGreaterThan(0);
});

test('replies the page fills and empties by script are not counted', async ({
  firefox,
  tab,
  server,
}) => {
  const journal = await openExtensionPage(firefox, 'journal.html');
  await click(journal, '::-p-text(Count replies checked and hints per category each day)');
  const repliesThisWeek = () =>
    journal.evaluate(() => {
      const row = [...document.querySelectorAll('.kj-summary tr')].find((tr) =>
        tr.querySelector('th')?.textContent?.includes('Replies checked'),
      );
      return row?.querySelector('td')?.textContent ?? '';
    });

  await tab.goto(`${server.origin}/hostile/?origin=${encodeURIComponent(EXTENSION_ORIGIN)}`);
  await click(tab, '#reply');
  // Six forged replies: Firefox runs this headless tab's timers at most once a second, and
  // each forged reply waits twice (the Chromium suite forges fifty).
  await attack(tab, 'forgeReplies', 6);
  await tab.goto('about:blank');
  await new Promise((done) => setTimeout(done, 1_000));
  expect(await repliesThisWeek()).toMatch(/^(0|not counted)$/);

  // Control: one reply the agent types, then leaves, counts once.
  await openHostilePage(tab, server.origin);
  await tab.goto('about:blank');
  await expect.poll(repliesThisWeek).toBe('1');
});

// Firefox lets the user take an add-on's access back per site. Klartext then cannot run there;
// the toolbar popup says which site it has no access to and gives the access back in one click,
// and the sidebar starts at once in the open ticket, with the draft the agent already wrote.
// (The browser's own permission question is switched off by a preference here, as if the agent
// had said yes: headless Firefox cannot show it.)
import type { Browser, Page } from 'puppeteer-core';
import { expect, test } from './fixtures';
import { openExtensionPage } from './firefox';
import { click, count, expectCount, finding } from './sidebar';

test.use({ firefoxOptions: { prefs: { 'extensions.webextOptionalPermissionPrompts': false } } });

const DRAFT = 'As already stated, this is not our department.';

interface Api {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  permissions: { remove(p: { origins: string[] }): Promise<boolean> };
}

async function demoTabId(firefox: Browser): Promise<number> {
  const probe = await openExtensionPage(firefox, 'options.html');
  const id = await probe.evaluate(async () => {
    const { tabs } = (globalThis as unknown as { browser: Api }).browser;
    return (await tabs.query({})).find((tab) => tab.url?.includes('/demo/'))?.id;
  });
  await probe.close();
  if (typeof id !== 'number') throw new Error('no tab shows the demo ticket');
  return id;
}

/** What the agent does in the browser's extensions menu: take Klartext's access to a site back. */
async function withdrawAccess(firefox: Browser, origin: string): Promise<boolean> {
  const probe = await openExtensionPage(firefox, 'options.html');
  const removed = await probe.evaluate(
    (pattern) =>
      (globalThis as unknown as { browser: Api }).browser.permissions.remove({
        origins: [pattern],
      }),
    origin,
  );
  await probe.close();
  return removed;
}

const popupText = (popup: Page) => popup.evaluate(() => document.body.innerText);

test('no access to a site: the popup names it, gives it back in one click, the sidebar starts with the draft', async ({
  firefox,
  tab,
  watch,
  demoUrl,
}) => {
  await tab.goto(demoUrl({ lang: 'en', editor: 'plain' }));
  await tab.waitForSelector('klartext-sidebar');
  const tabId = await demoTabId(firefox);

  // The agent takes Klartext's access to the site back; after a reload it is not there.
  expect(await withdrawAccess(firefox, 'http://127.0.0.1/*')).toBe(true);
  await tab.reload();
  await click(tab, '#reply');
  await tab.keyboard.type(DRAFT);
  await new Promise((done) => setTimeout(done, 1_000));
  expect(await count(tab, 'klartext-sidebar')).toBe(0);

  const popup = watch(await openExtensionPage(firefox, `popup.html?tab=${tabId}`));
  await expect
    .poll(() => popupText(popup))
    .toContain('Klartext has no access to 127.0.0.1, so it cannot check replies there.');
  await click(popup, '[data-klartext-action="allow-access"]');

  // The sidebar starts in the open ticket, without a reload: the draft is checked as it is.
  await expectCount(tab, finding('condescension'), 1);
  expect(await tab.$eval('#reply', (area) => (area as HTMLTextAreaElement).value)).toBe(DRAFT);
  expect(await count(tab, 'klartext-sidebar')).toBe(1);
  // The popup now shows the switches for the site instead.
  await expect.poll(() => popupText(popup)).not.toContain('no access');
  await expect
    .poll(() =>
      popup.$eval('[data-klartext-switch="site"]', (n) => (n as HTMLInputElement).checked),
    )
    .toBe(true);
});

test('access taken back while a ticket is open: the sidebar says so, the popup gives it back, the check starts', async ({
  firefox,
  tab,
  watch,
  server,
}) => {
  // A ticket list; the reply box comes when the agent opens a reply.
  await tab.goto(`${server.origin}/demo/queue.html`);
  await tab.waitForFunction(() => 'openReply' in window);
  const tabId = await demoTabId(firefox);
  expect(await withdrawAccess(firefox, 'http://127.0.0.1/*')).toBe(true);

  await tab.evaluate(() => (window as unknown as { openReply(): void }).openReply());
  await click(tab, '#reply');
  await tab.keyboard.type(DRAFT);
  const failure = `klartext-sidebar >>> [data-klartext-failure="no-site-access"]`;
  await expect
    .poll(() => tab.$eval(failure, (n) => n.textContent ?? '').catch(() => ''))
    .toContain('Klartext has no access to this site any more');

  // The popup names the site although the sidebar runs there, and gives the access back.
  const popup = watch(await openExtensionPage(firefox, `popup.html?tab=${tabId}`));
  await expect
    .poll(() => popupText(popup))
    .toContain('Klartext has no access to 127.0.0.1, so it cannot check replies there.');
  await click(popup, '[data-klartext-action="allow-access"]');
  await expect.poll(() => popupText(popup)).not.toContain('no access');

  // The next key the agent types brings the check (the sidebar asks for the engine again).
  await new Promise((done) => setTimeout(done, 5_000));
  await click(tab, '#reply');
  await tab.keyboard.type(' ');
  await expectCount(tab, finding('condescension'), 1);
  expect(await count(tab, failure)).toBe(0);
});

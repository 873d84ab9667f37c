// "Check replies on this site", with the browser itself answering: on a site Klartext does not
// know, the toolbar popup asks for that one site's access, the browser grants it (its question
// is switched off by a preference here, as if the agent had said yes: headless Firefox cannot
// show it), and the sidebar starts at once in the open ticket with the draft already typed;
// the site stays registered, so a reload brings it back. Chromium cannot answer its prompt;
// its suite covers the refusal (tests/e2e/popup-reasons.spec.ts).
import type { Browser } from 'puppeteer-core';
import { expect, test } from './fixtures';
import { openExtensionPage } from './firefox';
import { click, count, expectCount, overlayMark } from './sidebar';

test.use({
  firefoxOptions: {
    prefs: {
      'extensions.webextOptionalPermissionPrompts': false,
      // A second name for the fixture server on loopback, past the proxy like 127.0.0.1.
      'network.dns.localDomains': 'tickets.localhost',
      'network.proxy.no_proxies_on': 'tickets.localhost',
    },
  },
});

const DRAFT = 'As already stated, this is not our department.';

interface Api {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
}

/** The id of the tab showing a page of 127.0.0.1, whose address Klartext may read. */
async function localTabId(firefox: Browser): Promise<number | undefined> {
  const probe = await openExtensionPage(firefox, 'options.html');
  const id = await probe.evaluate(async () => {
    const { tabs } = (globalThis as unknown as { browser: Api }).browser;
    return (await tabs.query({ url: 'http://127.0.0.1/*' }))[0]?.id;
  });
  await probe.close();
  return id;
}

/** The match patterns of the content scripts Klartext registered at run time. */
async function registeredMatches(firefox: Browser): Promise<(string[] | undefined)[]> {
  const probe = await openExtensionPage(firefox, 'options.html');
  const matches = await probe.evaluate(async () => {
    const { scripting } = (globalThis as unknown as { browser: Api }).browser;
    return (await scripting.getRegisteredContentScripts()).map((script) => script.matches);
  });
  await probe.close();
  return matches;
}

test('a site Klartext does not know: one click in the popup, and the open ticket is checked', async ({
  firefox,
  tab,
  watch,
  server,
}) => {
  // The tab's id while Klartext may still read its address (127.0.0.1 is one of its sites).
  await tab.goto(`${server.origin}/demo/queue.html`);
  const tabId = await localTabId(firefox);
  expect(typeof tabId).toBe('number');

  const url = `${server.origin.replace('127.0.0.1', 'tickets.localhost')}/demo/?lang=en&editor=plain`;
  await tab.goto(url);
  await click(tab, '#reply');
  await tab.keyboard.type(DRAFT);
  await new Promise((done) => setTimeout(done, 1_000));
  expect(await count(tab, 'klartext-sidebar')).toBe(0);

  const popup = watch(
    await openExtensionPage(firefox, `popup.html?tab=${tabId}&url=${encodeURIComponent(url)}`),
  );
  await expect
    .poll(() => popup.evaluate(() => document.body.innerText))
    .toContain('Klartext does not check replies on tickets.localhost yet.');
  await click(popup, '[data-klartext-action="check-site"]');

  // At once, without a reload: the draft as it is is checked (its mark shows in every placement).
  await expectCount(tab, overlayMark('condescension'), 1);
  expect(await tab.$eval('#reply', (area) => (area as HTMLTextAreaElement).value)).toBe(DRAFT);
  // The popup now shows the switches for the site.
  await expect
    .poll(() =>
      popup.$eval('[data-klartext-switch="site"]', (n) => (n as HTMLInputElement).checked),
    )
    .toBe(true);
  await expect
    .poll(() => popup.evaluate(() => document.body.innerText))
    .toContain('On this site (tickets.localhost)');

  // Registered like a self-hosted site: a reload (or the next ticket) has Klartext again.
  await expect.poll(() => registeredMatches(firefox)).toEqual([['http://tickets.localhost/*']]);
  await tab.reload();
  await click(tab, '#reply');
  await tab.keyboard.type(DRAFT);
  await expectCount(tab, overlayMark('condescension'), 1);
});

// Firefox ESR: Klartext's own pages. A team pack imported on the options page checks the reply
// in a ticket; the toolbar popup switches Klartext off and on for the ticket's site; choosing
// Deutsch turns an open sidebar German.
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { resolve } from 'node:path';
import { REPO_ROOT } from '../support/chromium';
import { expect, test } from './fixtures';
import { openExtensionPage } from './firefox';
import { action, attributeOf, click, count, expectCount, finding, checklist } from './sidebar';

const SAMPLE_PACK = resolve(REPO_ROOT, 'rules/packs/examples/team-pack.json');
const textOnPage = (page: Page) => page.evaluate(() => document.body.innerText);

async function openTicket(page: Page, url: string, draft: string): Promise<void> {
  await page.goto(url);
  await click(page, '#reply');
  await page.keyboard.type(draft);
}

/** The id of the tab showing `urlPart`, asked from one of Klartext's pages. */
async function tabIdOf(browser: Browser, urlPart: string): Promise<number> {
  const probe = await openExtensionPage(browser, 'options.html');
  const id = await probe.evaluate(async (part) => {
    type Tabs = { query(q: object): Promise<{ id?: number; url?: string }[]> };
    const tabs = await (globalThis as unknown as { browser: { tabs: Tabs } }).browser.tabs.query(
      {},
    );
    return tabs.find((tab) => tab.url?.includes(part))?.id;
  }, urlPart);
  await probe.close();
  if (id === undefined) throw new Error(`no tab shows ${urlPart}`);
  return id;
}

test('a team pack imported on the options page checks the reply in a ticket', async ({
  firefox,
  tab,
  watch,
  demoUrl,
}) => {
  const options = watch(await openExtensionPage(firefox, 'options.html'));
  await options.waitForSelector('[data-klartext-no-packs]');
  const input = (await options.waitForSelector(
    'input[data-klartext-pack-file]',
  )) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(SAMPLE_PACK);
  const preview = '[data-klartext-import-preview]';
  await expect
    .poll(() => options.$eval(preview, (node) => node.textContent ?? '').catch(() => ''))
    .toContain('New pack: ACME support team 1.2.0');
  await click(options, `${preview} [data-klartext-action="import-confirm"]`);
  await expect
    .poll(
      () => options.$eval('[data-klartext-import-done]', (n) => n.textContent).catch(() => ''),
      { timeout: 15_000 },
    )
    .toContain('ACME support team');

  await openTicket(
    tab,
    demoUrl({ lang: 'en', editor: 'plain' }),
    'No worries, we will look into it.',
  );
  await expectCount(tab, finding('disliked-phrases'), 1);
  expect(await tab.$eval(finding('disliked-phrases'), (n) => n.textContent)).toContain(
    'customer survey',
  );
});

test('the toolbar popup switches Klartext off and on for the ticket’s site', async ({
  firefox,
  tab,
  watch,
  demoUrl,
}) => {
  await openTicket(tab, demoUrl({ lang: 'en', editor: 'plain' }), 'As already stated, no.');
  await expectCount(tab, finding('condescension'), 1);

  const tabId = await tabIdOf(firefox, '/demo/');
  const popup = watch(await openExtensionPage(firefox, `popup.html?tab=${tabId}`));
  const site = '[data-klartext-switch="site"]';
  await expect.poll(() => popup.$eval(site, (n) => (n as HTMLInputElement).checked)).toBe(true);
  await click(popup, site);
  await expectCount(tab, 'klartext-sidebar', 0);
  await expect.poll(() => popup.$eval(site, (n) => (n as HTMLInputElement).checked)).toBe(false);

  await click(popup, site);
  await expectCount(tab, 'klartext-sidebar', 1);
  await expect.poll(() => count(tab, finding('condescension'))).toBe(1);
});

test('choosing Deutsch on the options page turns an open sidebar German', async ({
  firefox,
  tab,
  watch,
  demoUrl,
}) => {
  await openTicket(tab, demoUrl({ lang: 'en', editor: 'plain' }), 'As already stated, no.');
  await expectCount(tab, finding('condescension'), 1);
  expect(await attributeOf(tab, action('collapse'), 'aria-label')).toBe('Collapse (Alt+Shift+K)');

  const options = watch(await openExtensionPage(firefox, 'options.html'));
  await click(options, '::-p-aria([name="Deutsch"][role="radio"])');
  await expect.poll(() => textOnPage(options)).toContain('Wie der Browser');

  await expect
    .poll(() => attributeOf(tab, action('collapse'), 'aria-label'))
    .toBe('Einklappen (Alt+Umschalt+K)');
  await expect
    .poll(() => tab.$eval(checklist('tone'), (n) => n.textContent ?? ''))
    .toContain('Hinweis');
  expect(await tab.$eval(finding('condescension'), (n) => n.textContent)).toContain(
    'Einmal ignorieren',
  );
});

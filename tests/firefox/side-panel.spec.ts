// Klartext's sidebar_action page in Firefox ESR (the Chromium suite's tests/e2e/side-panel.spec.ts
// has the full set). Firefox's sidebar cannot be driven over BiDi, so its page is opened as a tab
// pinned to the ticket's tab (sidepanel.html?tab=<id>): it shows the ticket's findings over the
// extension port, a fix clicked there lands in the reply box and one Ctrl+Z takes it back. Firefox
// opens its sidebar only from its own controls, so choosing the side panel mode in the page
// leaves the badge there, whose popover says where to open it.
import type { Browser, Page } from 'puppeteer-core';
import { expect, test } from './fixtures';
import { openExtensionPage } from './firefox';
import { click, expectCount, SIDEBAR, undo } from './sidebar';

const DRAFT = 'As already stated, your parcel is on its way. We will get back to you soon.';
const FIXED = 'Your parcel is on its way. We will get back to you soon.';
const IN_PANEL = (ruleId: string) => `#app >>> [data-klartext-finding][data-rule-id="${ruleId}"]`;
const replyValue = (tab: Page) =>
  tab.evaluate(() => (document.getElementById('reply') as HTMLTextAreaElement).value);

/** The side panel's page, as a tab showing the ticket tab (found by its address, asked there). */
async function openSidePanelFor(firefox: Browser, urlPart: string): Promise<Page> {
  const panel = await openExtensionPage(firefox, 'sidepanel.html');
  const id = await panel.evaluate(async (part) => {
    type Tabs = { query(q: object): Promise<{ id?: number; url?: string }[]> };
    const { tabs } = (globalThis as unknown as { browser: { tabs: Tabs } }).browser;
    return (await tabs.query({})).find((tab) => tab.url?.includes(part))?.id;
  }, urlPart);
  if (id === undefined) throw new Error(`no tab shows ${urlPart}`);
  await panel.close();
  return openExtensionPage(firefox, `sidepanel.html?tab=${id}`);
}

test('the sidebar page shows the ticket’s findings; a fix clicked there lands in the reply box and one Ctrl+Z takes it back; the side panel mode leaves the badge with its note', async ({
  firefox,
  tab,
  watch,
  server,
}) => {
  await tab.goto(`${server.origin}/helpdesk/`);
  await click(tab, '#reply');
  await tab.keyboard.type(DRAFT);
  await tab.waitForSelector(`${SIDEBAR} >>> [data-klartext-finding]`, { timeout: 15_000 });

  const panel = watch(await openSidePanelFor(firefox, '/helpdesk/'));
  await panel.waitForSelector(IN_PANEL('condescension'), { timeout: 15_000 });
  await click(panel, `${IN_PANEL('condescension')} [data-klartext-action="apply-suggestion"]`);
  await expect.poll(() => replyValue(tab)).toBe(FIXED);
  await expectCount(panel, IN_PANEL('condescension'), 0);
  await tab.bringToFront();
  await tab.focus('#reply');
  await undo(tab);
  await expect.poll(() => replyValue(tab)).toBe(DRAFT);
  await panel.waitForSelector(IN_PANEL('condescension'));

  // The side panel mode chosen in the page: Firefox opens its sidebar only from its own
  // controls, so the badge stays and its popover (opened for it) says where to open it.
  await panel.close();
  await click(tab, `${SIDEBAR} >>> [data-klartext-action="placement-menu"]`);
  await click(tab, `${SIDEBAR} >>> [data-klartext-action="place-sidepanel"]`);
  await tab.waitForSelector(`${SIDEBAR} >>> [data-klartext-notice]`, { timeout: 15_000 });
  await expectCount(tab, `${SIDEBAR} >>> [data-klartext-action="badge"]`, 1);
});

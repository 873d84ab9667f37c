// Klartext in the browser's own side panel (issue 16, item 1(c)). The agent's choice of the mode
// in the page opens Chromium's real side panel (the extension's contexts show it), but Playwright
// cannot reach into it, so its page (sidepanel.html) is also opened as a tab: `?tab=<id>` pins
// it to the ticket's tab, without it the page follows the active tab of its window, as in the
// side panel. The page talks to the tab's content script only over an extension port: it shows
// the ticket's findings as the agent types, a fix clicked there lands in the editor through the
// editor's own input path (one Ctrl+Z takes it back), and in side panel mode the page keeps
// only the marks, so its send button, reply box and customer's message stay visible and
// clickable at 1280×720 and 1024×768. Choosing another place gives the page its panel back.
import type { BrowserContext, Page } from '@playwright/test';
import { extensionWorker } from '../support/chromium';
import { tabIdOf } from './extension-pages';
import { expect, test } from './fixtures';
import { expectPageReachable } from './page-reachable';
import { sidebar } from './sidebar';

const DRAFT = 'As already stated, your parcel is on its way. We will get back to you soon.';
const FIXED = 'Your parcel is on its way. We will get back to you soon.';
const MARK = (ruleId: string) => `klartext-marks [data-klartext-mark][data-rule-id="${ruleId}"]`;
const PLACED = (mode: string) => `klartext-sidebar [data-klartext-placement="${mode}"]`;
const BADGE = 'klartext-sidebar [data-klartext-action="badge"]';
const FINDING = (ruleId: string) => `[data-klartext-finding][data-rule-id="${ruleId}"]`;

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
] as const;

async function openTicket(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/helpdesk/`);
  await page.locator('#reply').fill(DRAFT);
  await expect(sidebar(page).host).toBeAttached();
}

/** The side panel's page as a tab, pinned to `page`'s tab or (no page) following the active one. */
async function openSidePanel(
  context: BrowserContext,
  extensionId: string,
  page?: Page,
): Promise<Page> {
  const query = page ? `?tab=${await tabIdOf(context, page)}` : '';
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html${query}`);
  return panel;
}

interface SidePanelApi {
  chrome: {
    runtime: { getContexts(filter: object): Promise<{ documentUrl?: string }[]> };
    sidePanel: { close(options: { windowId: number }): Promise<void> };
    windows: { getAll(): Promise<{ id?: number }[]> };
  };
}

/** The addresses of the extension's pages open in the browser's real side panel. */
async function realSidePanels(context: BrowserContext): Promise<string[]> {
  const worker = await extensionWorker(context);
  return worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as SidePanelApi;
    const panels = await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] });
    // A panel still loading has no address yet.
    return panels.flatMap((panel) =>
      panel.documentUrl ? [new URL(panel.documentUrl).pathname] : [],
    );
  });
}

/** Closes the browser's real side panel, as the agent would with its close button. */
async function closeRealSidePanel(context: BrowserContext): Promise<void> {
  const worker = await extensionWorker(context);
  await worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as SidePanelApi;
    for (const window of await chrome.windows.getAll()) {
      if (window.id !== undefined) await chrome.sidePanel.close({ windowId: window.id });
    }
  });
}

/** Chooses `mode` in the in-page panel's placement menu (a badge's popover opened first). */
async function chooseInPage(page: Page, mode: string): Promise<void> {
  if (await page.locator(BADGE).isVisible()) {
    const popover = page.locator('klartext-sidebar [data-klartext-popover]');
    if (!(await popover.isVisible())) await page.locator(BADGE).click();
  }
  await page.locator('klartext-sidebar [data-klartext-action="placement-menu"]').click();
  await page.locator(`klartext-sidebar [data-klartext-action="place-${mode}"]`).click();
}

test('the side panel shows the ticket tab’s findings live; a fix clicked there lands in the editor and one Ctrl+Z takes it back', async ({
  context,
  page,
  extensionId,
  server,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openTicket(page, server.origin);
  const panel = await openSidePanel(context, extensionId, page);
  await expect(panel.locator(FINDING('condescension'))).toBeVisible();
  await expect(panel.locator(FINDING('vague-time'))).toBeVisible();
  await expect(panel.locator('[data-klartext-panel]')).toHaveAttribute('lang', 'en');

  // Live: the agent types on in the ticket, the side panel follows.
  await page.locator('#reply').fill('Your parcel is on its way. We will get back to you soon.');
  await expect(panel.locator(FINDING('condescension'))).toHaveCount(0);
  await page.locator('#reply').fill(DRAFT);
  await expect(panel.locator(FINDING('condescension'))).toBeVisible();

  // A fix from the side panel goes through the page's editor.
  await panel
    .locator(`${FINDING('condescension')} [data-klartext-action="apply-suggestion"]`)
    .first()
    .click();
  await expect(page.locator('#reply')).toHaveValue(FIXED);
  await expect(panel.locator(FINDING('condescension'))).toHaveCount(0);
  await page.bringToFront();
  await page.locator('#reply').press('Control+z');
  await expect(page.locator('#reply')).toHaveValue(DRAFT);
  await expect(panel.locator(FINDING('condescension'))).toBeVisible();

  // "Show in reply" selects the words in the editor.
  await panel.locator(`${FINDING('vague-time')} [data-klartext-action="select-finding"]`).click();
  await expect
    .poll(() =>
      page.evaluate(() => {
        const reply = document.getElementById('reply') as HTMLTextAreaElement;
        return reply.value.slice(reply.selectionStart, reply.selectionEnd);
      }),
    )
    .toBe('soon');
});

test('without a tab named, the side panel follows the active tab and says when it has no reply box', async ({
  context,
  page,
  extensionId,
  server,
}) => {
  await openTicket(page, server.origin);
  const panel = await openSidePanel(context, extensionId);
  // Its own tab is the active one: no reply box there.
  await expect(panel.locator('[data-klartext-no-tab]')).toHaveText(
    'This tab has no reply box for Klartext to check.',
  );
  await page.bringToFront();
  await expect(panel.locator(FINDING('condescension'))).toBeVisible();
  // A tab without Klartext (a blank page): it says so again.
  const other = await context.newPage();
  await other.bringToFront();
  await expect(panel.locator('[data-klartext-no-tab]')).toBeVisible();
  await page.bringToFront();
  await expect(panel.locator(FINDING('condescension'))).toBeVisible();
});

for (const size of SIZES) {
  test(`side panel mode at ${size.width}×${size.height}: the page keeps only the marks and stays reachable; the mode survives a reload; another mode gives the panel back`, async ({
    context,
    page,
    extensionId,
    server,
  }) => {
    await page.setViewportSize(size);
    await openTicket(page, server.origin);
    await chooseInPage(page, 'sidepanel');
    // The choice opened the browser's real side panel, which took the findings off the page.
    await expect.poll(() => realSidePanels(context)).toEqual(['/sidepanel.html']);
    await expect(page.locator(PLACED('sidepanel'))).toHaveCount(1);
    await expect(sidebar(page).panel).toHaveCount(0);
    const panel = await openSidePanel(context, extensionId, page);
    await expect(panel.locator(FINDING('condescension'))).toBeVisible();
    await expect(page.locator(PLACED('sidepanel'))).toHaveCount(1);
    await expect(sidebar(page).panel).toHaveCount(0);
    await expect(page.locator(BADGE)).toHaveCount(0);
    await expect(page.locator(MARK('condescension')).first()).toBeAttached();
    await expectPageReachable(page);

    // Remembered for the site: after a reload the side panel shows the new page's draft.
    await page.reload();
    await page.locator('#reply').fill(DRAFT);
    await expect(panel.locator(FINDING('condescension'))).toBeVisible();
    await expect(page.locator(PLACED('sidepanel'))).toHaveCount(1);
    await expect(sidebar(page).panel).toHaveCount(0);
    await expectPageReachable(page);

    // The side panel closed: the badge stands in, its popover says where the findings went.
    await panel.close();
    // The real side panel still shows this tab: the page stays as it was until that one goes.
    await expect(page.locator(BADGE)).toHaveCount(0);
    await closeRealSidePanel(context);
    await expect(page.locator(BADGE)).toBeVisible();
    await page.locator(BADGE).click();
    await expect(page.locator('klartext-sidebar [data-klartext-notice]')).toBeVisible();
    await page.keyboard.press('Escape');
    await expectPageReachable(page);

    // Another place chosen in the side panel: the page shows its own panel again.
    const again = await openSidePanel(context, extensionId, page);
    await expect(again.locator(FINDING('condescension'))).toBeVisible();
    await expect(page.locator(BADGE)).toHaveCount(0);
    await again.locator('[data-klartext-action="placement-menu"]').click();
    await again.locator('[data-klartext-action="place-docked"]').click();
    await expect(page.locator(PLACED('docked'))).toHaveCount(1);
    await expect(sidebar(page).finding('condescension')).toBeVisible();
  });
}

// Where the sidebar sits, in Firefox ESR (the Chromium suite's tests/e2e/placement.spec.ts has
// the full set): on the helpdesk-like ticket (tests/fixtures/helpdesk) at 1280×800 the panel
// docks by default and the page makes room (elementFromPoint at the send button, the reply box
// and the customer's message finds them); as a badge the page stays reachable, the badge opens
// the findings and Escape closes them and gives the focus back; the choice survives a reload.
import type { Page } from 'puppeteer-core';
import { expect, test } from './fixtures';
import { action, click, count, expectCount, finding, SIDEBAR } from './sidebar';

const DRAFT = 'As already stated, your parcel is on its way. We will get back to you soon.';
const PLACED = (mode: string) => `${SIDEBAR} >>> [data-klartext-placement="${mode}"]`;
const POPOVER = `${SIDEBAR} >>> [data-klartext-popover]`;

async function openTicket(tab: Page, origin: string): Promise<void> {
  await tab.goto(`${origin}/helpdesk/`);
  await tab.click('#reply');
  await tab.keyboard.type(DRAFT);
}

/** Each of the page's controls is what the centre of its box hits (not Klartext). */
async function reachable(tab: Page): Promise<Record<string, boolean>> {
  return tab.evaluate(() =>
    Object.fromEntries(
      ['#send', '#reply', '#customer-message'].map((css) => {
        const target = document.querySelector(css)!;
        target.scrollIntoView({ block: 'nearest' });
        const box = target.getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return [css, hit !== null && (hit === target || target.contains(hit))];
      }),
    ),
  );
}

const ALL_REACHABLE = { '#send': true, '#reply': true, '#customer-message': true };

test('docked by default, a badge by choice: the page stays reachable, Escape closes the popover and refocuses the badge, the choice survives a reload', async ({
  tab,
  server,
}) => {
  await openTicket(tab, server.origin);
  await expectCount(tab, PLACED('docked'), 1);
  await expectCount(tab, finding('condescension'), 1);
  await expect
    .poll(() => tab.evaluate(() => document.documentElement.style.marginRight))
    .toBe('320px');
  expect(await reachable(tab)).toEqual(ALL_REACHABLE);

  await click(tab, action('placement-menu'));
  await click(tab, action('place-badge'));
  await expectCount(tab, PLACED('badge'), 1);
  expect(await tab.evaluate(() => document.documentElement.getAttribute('style') ?? '')).toBe('');
  expect(await reachable(tab)).toEqual(ALL_REACHABLE);

  // The badge opens the findings with the focus inside; Escape closes them and refocuses the
  // badge. (Pressed by click: a key that puppeteer sends over WebDriver BiDi does not activate
  // a focused button in this Firefox at all, no click event follows; the Chromium suite presses
  // Enter.)
  await click(tab, action('badge'));
  await expectCount(tab, POPOVER, 1);
  await expectCount(tab, finding('condescension'), 1);
  await expect
    .poll(() =>
      tab.evaluate(
        () =>
          document
            .querySelector('klartext-sidebar')!
            .shadowRoot!.activeElement?.hasAttribute('data-klartext-popover') ?? false,
      ),
    )
    .toBe(true);
  await tab.keyboard.press('Escape');
  await expectCount(tab, POPOVER, 0);
  const focused = await tab.evaluate(
    () =>
      document
        .querySelector('klartext-sidebar')!
        .shadowRoot!.activeElement?.getAttribute('data-klartext-action') ?? '',
  );
  expect(focused).toBe('badge');

  await tab.reload();
  await tab.click('#reply');
  await tab.keyboard.type(DRAFT);
  await expectCount(tab, PLACED('badge'), 1);
  expect(await count(tab, PLACED('docked'))).toBe(0);
  expect(await reachable(tab)).toEqual(ALL_REACHABLE);
});

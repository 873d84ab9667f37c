// Where the sidebar sits (issue 16, item 1), on a ticket page laid out like the common helpdesks
// (tests/fixtures/helpdesk: the send button at the reply form's bottom right, the ticket filling
// the window's width), at 1280×720 and 1024×768: as a badge at the reply box and docked beside
// the page, the page's send button, the reply box and the customer's message stay visible and
// clickable (document.elementFromPoint at their centres finds them, not Klartext), findings and
// marks still work, and the choice survives a reload (remembered per site). No mode lays a
// panel over the page: a collapsed dock leaves only the badge.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectPageReachable } from './page-reachable';
import { sidebar } from './sidebar';

const DRAFT = 'As already stated, your parcel is on its way. We will get back to you soon.';
const MARK = (ruleId: string) => `klartext-marks [data-klartext-mark][data-rule-id="${ruleId}"]`;
const PLACED = (mode: string) => `klartext-sidebar [data-klartext-placement="${mode}"]`;
const BADGE = 'klartext-sidebar [data-klartext-action="badge"]';
const POPOVER = 'klartext-sidebar [data-klartext-popover]';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
] as const;

type Mode = 'badge' | 'docked';

/** Chooses `mode` in the header's placement menu (in badge mode: in the popover's header). */
async function choose(page: Page, mode: Mode): Promise<void> {
  const kt = sidebar(page);
  if (await page.locator(BADGE).isVisible()) {
    if (!(await page.locator(POPOVER).isVisible())) await page.locator(BADGE).click();
  }
  await page.locator('klartext-sidebar [data-klartext-action="placement-menu"]').click();
  await page.locator(`klartext-sidebar [data-klartext-action="place-${mode}"]`).click();
  await expect(page.locator(PLACED(mode))).toHaveCount(1);
  await expect(kt.host).toBeAttached();
}

async function openTicket(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/helpdesk/`);
  await page.locator('#reply').fill(DRAFT);
}

/** The condescension finding in the panel (in badge mode: the popover, opened and closed). */
async function expectFinding(page: Page, mode: Mode): Promise<void> {
  const kt = sidebar(page);
  if (mode === 'badge') {
    await expect(page.locator(BADGE)).toHaveAccessibleName(/1 of 6|[0-9] of 6/);
    await page.locator(BADGE).click();
    await expect(kt.finding('condescension')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator(POPOVER)).toHaveCount(0);
  } else {
    await expect(kt.finding('condescension')).toBeVisible();
  }
  await expect(page.locator(MARK('condescension')).first()).toBeAttached();
}

for (const size of SIZES) {
  for (const mode of ['badge', 'docked'] as const) {
    test(`${mode} at ${size.width}×${size.height}: the page stays reachable, findings and marks work, the mode survives a reload`, async ({
      page,
      server,
    }) => {
      await page.setViewportSize(size);
      await openTicket(page, server.origin);
      await expect(sidebar(page).host).toBeAttached();
      await choose(page, mode);
      await expectFinding(page, mode);
      await expectPageReachable(page);

      await page.reload();
      await page.locator('#reply').fill(DRAFT);
      await expect(page.locator(PLACED(mode))).toHaveCount(1);
      await expectFinding(page, mode);
      await expectPageReachable(page);
    });
  }

  test(`docked and collapsed at ${size.width}×${size.height}: the page gets its width back and only the badge stays, which opens the dock again`, async ({
    page,
    server,
  }) => {
    await page.setViewportSize(size);
    await openTicket(page, server.origin);
    await expect(sidebar(page).host).toBeAttached();
    await choose(page, 'docked');
    await sidebar(page).action('collapse').click();
    // No header left at the window's corner, where the send button is.
    await expect(page.locator(BADGE)).toBeVisible();
    await expect(sidebar(page).panel).toHaveAttribute('data-collapsed', 'true');
    await expect(sidebar(page).action('collapse')).toHaveCount(0);
    await expectPageReachable(page);
    await expect(page.locator(MARK('condescension')).first()).toBeAttached();
    // The badge opens the dock, not a popover.
    await page.locator(BADGE).click();
    await expect(page.locator(POPOVER)).toHaveCount(0);
    await expect(sidebar(page).finding('condescension')).toBeVisible();
    await expect(page.locator(BADGE)).toHaveCount(0);
    await expectPageReachable(page);
  });
}

test('the default follows the window: docked from 1280 px, a badge below', async ({
  page,
  server,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openTicket(page, server.origin);
  await expect(page.locator(PLACED('docked'))).toHaveCount(1);
  await page.setViewportSize({ width: 1024, height: 768 });
  // A new page in a narrower window of a site with no choice yet.
  await openTicket(page, server.origin);
  await expect(page.locator(PLACED('badge'))).toHaveCount(1);
  await expectPageReachable(page);
});

test('docked: the page narrows on the panel side, resizes by keyboard and drag, gives its margin back', async ({
  page,
  server,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openTicket(page, server.origin);
  await choose(page, 'docked');
  const margin = (side: 'left' | 'right') =>
    page.evaluate((s) => document.documentElement.style.getPropertyValue(`margin-${s}`), side);
  const panelWidth = () =>
    page
      .locator(PLACED('docked'))
      .evaluate((element) => Math.round(element.getBoundingClientRect().width));
  await expect.poll(() => margin('right')).toBe('320px');
  expect(await panelWidth()).toBe(320);
  // The page's right edge ends where the panel starts.
  const formRight = await page
    .locator('#reply-form')
    .evaluate((form) => form.getBoundingClientRect().right);
  expect(formRight).toBeLessThanOrEqual(1280 - 320);

  // Keyboard: the handle is a separator; ArrowLeft widens a panel on the right.
  const handle = page.locator('klartext-sidebar [data-klartext-action="resize-dock"]');
  await handle.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Shift+ArrowLeft');
  await expect.poll(() => margin('right')).toBe('400px');
  await expect(handle).toHaveAttribute('aria-valuenow', '400');

  // Drag: 60 px to the right narrows it again.
  const box = (await handle.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 200);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 30, box.y + 200);
  await page.mouse.move(box.x + box.width / 2 + 60, box.y + 200);
  await page.mouse.up();
  await expect.poll(() => margin('right')).toBe('340px');

  // A made-up key press or drag from the page's script changes nothing.
  await page.evaluate(() => {
    const el = document
      .querySelector('klartext-sidebar')!
      .shadowRoot!.querySelector('[data-klartext-action="resize-dock"]')!;
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, clientX: 900, button: 0 }));
    el.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, clientX: 100 }));
    el.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, clientX: 100 }));
  });
  expect(await margin('right')).toBe('340px');

  // The other side; the width and side survive a reload.
  await page.locator('klartext-sidebar [data-klartext-action="placement-menu"]').click();
  await page.locator('klartext-sidebar [data-klartext-action="place-left"]').click();
  await expect.poll(() => margin('left')).toBe('340px');
  expect(await margin('right')).toBe('');
  await page.reload();
  await page.locator('#reply').fill(DRAFT);
  await expect.poll(() => margin('left')).toBe('340px');
  await expectPageReachable(page);
  // A narrower window keeps the page at least half of it; wider again, the chosen width.
  await page.setViewportSize({ width: 640, height: 720 });
  await expect.poll(() => margin('left')).toBe('320px');
  expect(await panelWidth()).toBe(320);
  await page.setViewportSize({ width: 1280, height: 720 });
  await expect.poll(() => margin('left')).toBe('340px');

  // Collapsed, the page gets its whole width back (the badge stays); the badge opens the dock again.
  await sidebar(page).action('collapse').click();
  await expect.poll(() => margin('left')).toBe('');
  await page.locator(BADGE).click();
  await expect.poll(() => margin('left')).toBe('340px');

  // A badge: nothing of Klartext's stays on the page's root element.
  await choose(page, 'badge');
  await expect
    .poll(() => page.evaluate(() => document.documentElement.getAttribute('style') ?? ''))
    .toBe('');

  // Off on this site: the page as it was.
  await choose(page, 'docked');
  await expect.poll(() => margin('left')).toBe('340px');
  await sidebar(page).action('disable-site').click();
  await expect(sidebar(page).host).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.getAttribute('style') ?? '')).toBe('');
});

test('badge by keyboard: Enter opens the findings, Escape closes them and returns the focus; Alt+Shift+K from the reply box', async ({
  page,
  server,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await openTicket(page, server.origin);
  const badge = page.locator(BADGE);
  await expect(badge).toBeVisible();
  await expect(badge).toHaveAccessibleName(/important/);
  await expect(badge).toHaveAttribute('aria-expanded', 'false');

  // Tab from the send button reaches the badge (it is the next control in the page's order).
  await page.locator('#send').focus();
  let reached = false;
  for (let i = 0; i < 5 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await badge.evaluate((element) => element.matches(':focus'));
  }
  expect(reached, 'the badge is reached with Tab').toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.locator(POPOVER)).toBeVisible();
  await expect(badge).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator(POPOVER)).toBeFocused();
  await expect(sidebar(page).finding('condescension')).toBeVisible();
  // The findings' own controls are next in the tab order.
  await page.keyboard.press('Tab');
  const inside = await page.locator(POPOVER).evaluate((popover) => {
    const active =
      popover.getRootNode() instanceof ShadowRoot
        ? (popover.getRootNode() as ShadowRoot).activeElement
        : null;
    return active !== null && popover.contains(active);
  });
  expect(inside).toBe(true);
  await page.keyboard.press('Escape');
  await expect(page.locator(POPOVER)).toHaveCount(0);
  await expect(badge).toBeFocused();

  // The popover is beside the editor or over the page, never off screen.
  await page.keyboard.press('Enter');
  const box = (await page.locator(POPOVER).boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(1024);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(768);
  // The close button closes it too and gives the focus back.
  await page.locator('klartext-sidebar [data-klartext-action="close-popover"]').click();
  await expect(page.locator(POPOVER)).toHaveCount(0);
  await expect(badge).toBeFocused();

  // The shortcut opens and closes it while the agent types.
  await page.locator('#reply').focus();
  await page.keyboard.press('Alt+Shift+K');
  await expect(page.locator(POPOVER)).toBeVisible();
  await expect(page.locator('#reply')).toBeFocused();
  await page.keyboard.press('Alt+Shift+K');
  await expect(page.locator(POPOVER)).toHaveCount(0);

  // A click on the page closes it; the page's own .click() on the badge does nothing.
  await badge.click();
  await expect(page.locator(POPOVER)).toBeVisible();
  await page.locator('#customer-message').click();
  await expect(page.locator(POPOVER)).toHaveCount(0);
  await page.evaluate(() =>
    (
      document
        .querySelector('klartext-sidebar')!
        .shadowRoot!.querySelector('[data-klartext-action="badge"]') as HTMLElement
    ).click(),
  );
  await page.waitForTimeout(200);
  await expect(page.locator(POPOVER)).toHaveCount(0);
});

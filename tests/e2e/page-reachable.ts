// Whether the ticket page's own controls stay visible and clickable beside Klartext
// (issue 16, item 1): document.elementFromPoint at the centre of each finds it, not Klartext.
// Shared by the placement and the side panel specs, on the helpdesk-like fixture.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** The element at the centre of `selector`'s box (scrolled into view first): it or inside it? */
export async function reachable(page: Page, selector: string): Promise<boolean> {
  await page.locator(selector).scrollIntoViewIfNeeded();
  return page.evaluate((css) => {
    const target = document.querySelector(css)!;
    const box = target.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return hit !== null && (hit === target || target.contains(hit));
  }, selector);
}

/** The send button, the reply box and the customer's message are all reachable. */
export async function expectPageReachable(page: Page): Promise<void> {
  for (const selector of ['#send', '#reply', '#customer-message']) {
    expect(await reachable(page, selector), `${selector} is visible and clickable`).toBe(true);
  }
}

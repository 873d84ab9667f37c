// The sidebar and marks in a Firefox page, through puppeteer's `>>>` (it pierces the open
// shadow roots Klartext renders into), written against the same test-tool contract
// (data-klartext-*) as the Chromium suite's tests/e2e/sidebar.ts.
import type { Frame, Page } from 'puppeteer-core';
import { expect } from './fixtures';

export const SIDEBAR = 'klartext-sidebar';
export const finding = (ruleId?: string) =>
  ruleId
    ? `${SIDEBAR} >>> [data-klartext-finding][data-rule-id="${ruleId}"]`
    : `${SIDEBAR} >>> [data-klartext-finding]`;
export const action = (name: string) => `${SIDEBAR} >>> [data-klartext-action="${name}"]`;
export const checklist = (category: string) =>
  `${SIDEBAR} >>> [data-klartext-category="${category}"]`;
export const overlayMark = (ruleId: string) =>
  `klartext-marks >>> [data-klartext-mark][data-rule-id="${ruleId}"]`;

export async function count(page: Page, selector: string): Promise<number> {
  return (await page.$$(selector)).length;
}

/** Waits until `selector` matches `n` elements. */
export async function expectCount(page: Page, selector: string, n: number): Promise<void> {
  await expect.poll(() => count(page, selector), { message: selector }).toBe(n);
}

export async function textOf(page: Page, selector: string): Promise<string> {
  const element = await page.waitForSelector(selector, { timeout: 10_000 });
  return element!.evaluate((node) => node.textContent ?? '');
}

export async function attributeOf(page: Page, selector: string, name: string): Promise<string> {
  const element = await page.waitForSelector(selector, { timeout: 10_000 });
  return element!.evaluate((node, attr) => node.getAttribute(attr) ?? '', name);
}

/** Clicks with a real (trusted) pointer event, as the agent does. */
export async function click(page: Page, selector: string): Promise<void> {
  const element = await page.waitForSelector(selector, { visible: true, timeout: 10_000 });
  await element!.click();
}

/** The words under Klartext's highlights, read in the page's own world, in every frame. */
export async function markedWords(page: Page): Promise<string[]> {
  const read = (frame: Frame) =>
    frame
      .evaluate(() =>
        ['klartext-warning', 'klartext-hint'].flatMap((name) =>
          [...(CSS.highlights.get(name) ?? [])].map((range) => range.toString()),
        ),
      )
      .catch(() => [] as string[]);
  return (await Promise.all(page.frames().map(read))).flat();
}

/** Ctrl+Z, as the agent presses it. */
export async function undo(page: Page): Promise<void> {
  await page.keyboard.down('Control');
  await page.keyboard.press('z');
  await page.keyboard.up('Control');
}

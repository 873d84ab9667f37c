// (f) Privacy: a full working session sends nothing off the machine.
// Every non-loopback request of the browser (pages, extension, Chromium itself) goes to a
// refusing proxy; the shared fixture also checks it again after the browser has closed.
import { readdirSync } from 'node:fs';
import { EXTENSION_DIR } from '../support/chromium';
import { DE_PROBLEM_DRAFT, EN_PROBLEM_DRAFT, EN_POLITE_DRAFT } from '../support/drafts';
import { expect, test } from './fixtures';
import { sidebar } from './sidebar';

/** Every HTML page the built extension ships (options, journal, ...). */
function extensionPages(): string[] {
  return readdirSync(EXTENSION_DIR).filter((name) => name.endsWith('.html'));
}

test('a full session in both editors and the extension pages sends nothing off the machine', async ({
  context,
  page,
  refusingProxy: proxy,
  extensionId,
  demoUrl,
}) => {
  // English ticket, plain textarea: type, select a finding, apply a suggestion, collapse.
  await page.goto(demoUrl({ lang: 'en', editor: 'plain' }));
  const reply = page.locator('#reply');
  const kt = sidebar(page);
  await reply.pressSequentially(EN_PROBLEM_DRAFT.slice(0, 60));
  await reply.fill(EN_PROBLEM_DRAFT);
  await expect(kt.finding().first()).toBeVisible();
  await kt.selectControl('condescension').click();
  await kt.action('apply-suggestion').first().click();
  await expect(reply).not.toHaveValue(EN_PROBLEM_DRAFT);
  await kt.action('collapse').click();
  await expect(kt.panel).toHaveAttribute('data-collapsed', 'true');
  await reply.focus();
  await page.keyboard.press('Alt+Shift+K');
  await expect(kt.panel).toHaveAttribute('data-collapsed', 'false');
  await reply.fill(EN_POLITE_DRAFT);
  await expect(kt.finding('condescension')).toHaveCount(0);

  // German ticket, contenteditable.
  await page.goto(demoUrl({ lang: 'de', editor: 'rich' }));
  await page.locator('#reply').fill(DE_PROBLEM_DRAFT);
  await expect(kt.finding('condescension')).toHaveCount(1);
  await kt.selectControl('deflection').click();

  // The extension's own pages.
  const pages = extensionPages();
  expect(pages.length, 'the build ships extension pages (options)').toBeGreaterThan(0);
  const extPage = await context.newPage();
  for (const name of pages) {
    await extPage.goto(`chrome-extension://${extensionId}/${name}`);
    await extPage.waitForLoadState('networkidle');
  }

  // Give late background fetches (update checks, component downloads) a moment to show up.
  await page.waitForTimeout(2_000);
  expect(proxy.attempts, 'requests that tried to leave the machine').toEqual([]);
});

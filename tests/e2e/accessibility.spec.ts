// Every screen of Klartext is axe-clean in the light and the dark theme: the sidebar with
// findings (English and German), the card at a mark, the toolbar popup, the browser's side
// panel (its page, in a shadow root like the sidebar's), the options page, the
// journal page with an entry and the quick log window. axe-core runs offline inside each page
// (its source evaluated there; extension pages allow no inline script tag), and for the sidebar
// and the mark card, which live in open shadow roots, it analyses inside the shadow host only:
// the demo page around them is not Klartext's. A test fails on any serious or critical
// violation, and on colour contrast from moderate up, and prints each one readably.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { DE_PROBLEM_DRAFT, EN_PROBLEM_DRAFT } from '../support/drafts';
import { setUiLanguage, tabIdOf } from './extension-pages';
import { expect, test } from './fixtures';
import { addEntryOnJournalPage, openJournalPage, openQuickLog } from './journal';
import { sidebar } from './sidebar';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

const THEMES = ['light', 'dark'] as const;
type Theme = (typeof THEMES)[number];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary: string }[];
}

/** Serious and critical always; colour contrast already from moderate. */
function counts(violation: Violation): boolean {
  if (violation.impact === 'serious' || violation.impact === 'critical') return true;
  return violation.id === 'color-contrast' && violation.impact === 'moderate';
}

function describe(screen: string, theme: Theme, violation: Violation): string {
  const nodes = violation.nodes.map(
    (node) =>
      `    at ${JSON.stringify(node.target)}\n      ${node.failureSummary.replace(/\n/g, '\n      ')}`,
  );
  return [
    `${screen} (${theme}): ${violation.id} [${violation.impact}] ${violation.help}`,
    `    ${violation.helpUrl}`,
    ...nodes,
  ].join('\n');
}

/**
 * Runs axe in `page` (in `scope`, a shadow host's selector, or the whole document) in each theme
 * and returns the violations that count, described.
 */
async function audit(page: Page, screen: string, scope?: string): Promise<string[]> {
  const found: string[] = [];
  for (const theme of THEMES) {
    await page.emulateMedia({ colorScheme: theme });
    const violations = await page.evaluate(
      async ({ source, scope }) => {
        type Axe = {
          run(context: unknown, options: unknown): Promise<{ violations: Violation[] }>;
        };
        const global = window as unknown as { axe?: Axe };
        // The theme just changed: let colour transitions end, so axe reads the final colours.
        const root = scope ? document.querySelector(scope)?.shadowRoot : null;
        const running = [...document.getAnimations(), ...(root?.getAnimations() ?? [])];
        await Promise.all(running.map((animation) => animation.finished.catch(() => null)));
        // Evaluated, not injected as a script tag: extension pages allow no inline scripts.
        if (!global.axe) (0, eval)(source);
        const result = await global.axe!.run(scope ? { include: [[scope]] } : document, {
          resultTypes: ['violations'],
        });
        return result.violations.map(({ id, impact, help, helpUrl, nodes }) => ({
          id,
          impact: impact ?? null,
          help,
          helpUrl,
          nodes: nodes.map((node) => ({
            target: node.target,
            failureSummary: node.failureSummary ?? '',
          })),
        }));
      },
      { source: AXE_SOURCE, scope },
    );
    found.push(...violations.filter(counts).map((v) => describe(screen, theme, v)));
  }
  return found;
}

function expectClean(found: string[]): void {
  expect(found, `axe violations:\n${found.join('\n')}`).toEqual([]);
}

for (const { lang, draft } of [
  { lang: 'en' as const, draft: EN_PROBLEM_DRAFT },
  { lang: 'de' as const, draft: DE_PROBLEM_DRAFT },
]) {
  test(`sidebar with findings on the demo ticket (${lang}) is axe-clean`, async ({
    context,
    page,
    extensionId,
    demoUrl,
  }) => {
    if (lang === 'de') await setUiLanguage(context, extensionId, 'de');
    await page.goto(demoUrl({ lang, editor: 'plain' }));
    const kt = sidebar(page);
    // Before the first draft: the empty panel.
    await expect(kt.panel).toHaveAttribute('lang', lang);
    const found = await audit(page, `empty sidebar (${lang})`, 'klartext-sidebar');
    await page.locator('#reply').fill(draft);
    await expect(kt.finding().first()).toBeVisible();
    await expect(
      page.locator('klartext-sidebar [data-klartext-action="fix-all-safe"]'),
    ).toBeVisible();
    found.push(...(await audit(page, `sidebar with findings (${lang})`, 'klartext-sidebar')));
    // The header's menu open, and the panel collapsed.
    await kt.action('off-menu').click();
    await expect(kt.action('off-tab')).toBeVisible();
    found.push(...(await audit(page, `sidebar off menu (${lang})`, 'klartext-sidebar')));
    await page.keyboard.press('Escape');
    await expect(kt.action('off-tab')).toHaveCount(0);
    await kt.action('collapse').click();
    await expect(kt.panel).toHaveAttribute('data-collapsed', 'true');
    found.push(...(await audit(page, `collapsed sidebar (${lang})`, 'klartext-sidebar')));
    expectClean(found);
  });
}

test('the card at a mark is axe-clean', async ({ page, demoUrl }) => {
  await page.goto(demoUrl({ lang: 'en', editor: 'rich' }));
  const reply = page.locator('#reply');
  await reply.click();
  await page.keyboard.insertText('Dear customer, as already stated, the router ships asap.');
  await expect(sidebar(page).finding('impersonal-greeting')).toHaveCount(1);
  // The caret inside the marked greeting opens its card.
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const card = page.locator('klartext-marks [data-klartext-mark-card]');
  await expect(card).toHaveAttribute('data-severity', 'hint');
  const found = await audit(page, 'mark card, hint', 'klartext-marks');
  // The caret in "asap" at the end: a warning's card.
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(card).toHaveAttribute('data-severity', 'warning');
  found.push(...(await audit(page, 'mark card, warning', 'klartext-marks')));
  expectClean(found);
});

test('control: the audit sees into the sidebar’s shadow root and fails on poor contrast', async ({
  page,
  demoUrl,
}) => {
  await page.goto(demoUrl({ lang: 'en', editor: 'plain' }));
  await expect(sidebar(page).panel).toBeVisible();
  await page.evaluate(() => {
    const faint = document.createElement('p');
    faint.textContent = 'Barely readable grey text';
    faint.style.cssText = 'color: #c8c8c8 !important; background: #ffffff !important';
    document.querySelector('klartext-sidebar')!.shadowRoot!.querySelector('aside')!.append(faint);
  });
  const found = await audit(page, 'sidebar with faint text', 'klartext-sidebar');
  expect(found).toHaveLength(2); // light and dark
  expect(found[0]).toContain('color-contrast [serious]');
  expect(found[0]).toContain('insufficient color contrast');
});

test('the toolbar popup is axe-clean', async ({ context, page, extensionId, demoUrl, server }) => {
  await page.goto(demoUrl({ lang: 'en', editor: 'plain' }));
  await expect(sidebar(page).panel).toBeVisible();
  const tabId = await tabIdOf(context, page);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.locator('[data-klartext-switch="site"]')).toBeChecked();
  const found = await audit(popup, 'popup');
  // Off on this site, with the undo offered right after.
  await popup.locator('[data-klartext-switch="site"]').uncheck();
  await expect(popup.locator('[data-klartext-action="undo"]')).toBeVisible();
  found.push(...(await audit(popup, 'popup, off on this site with undo')));
  await popup.locator('[data-klartext-action="undo"]').click();
  await expect(popup.locator('[data-klartext-switch="site"]')).toBeChecked();
  // Off everywhere: the other switches are disabled and the popup says how to turn it on.
  await popup.locator('[data-klartext-switch="everywhere"]').uncheck();
  await expect(popup.locator('.kt-popup-note')).toBeVisible();
  found.push(...(await audit(popup, 'popup, off everywhere')));
  await popup.locator('[data-klartext-switch="everywhere"]').check();
  await expect(popup.locator('.kt-popup-note')).toHaveCount(0);

  // A site Klartext does not know (another name of the fixture server), in German too, and a
  // page without a reply box.
  const url = `${server.localhostOrigin.replace('localhost', 'tickets.localhost')}/demo/`;
  await page.goto(url);
  const query = `tab=${tabId}&url=${encodeURIComponent(url)}`;
  for (const lang of ['en', 'de'] as const) {
    if (lang === 'de') await setUiLanguage(context, extensionId, 'de');
    await popup.goto(`chrome-extension://${extensionId}/popup.html?${query}`);
    await expect(popup.locator('[data-klartext-action="check-site"]')).toBeVisible();
    found.push(...(await audit(popup, `popup, a new site (${lang})`)));
  }
  await page.goto(`${server.origin}/demo/queue.html`);
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.locator('[data-klartext-reason="no-reply-box"]')).toBeVisible();
  found.push(...(await audit(popup, 'popup, no reply box (de)')));
  expectClean(found);

  // The logo draws in each theme: the accent square with the letter on it (axe does not look
  // at drawings; a stylesheet without the accent colours left a dark square with no letter).
  for (const [theme, square, letter] of [
    ['light', 'rgb(51, 70, 184)', 'rgb(255, 255, 255)'],
    ['dark', 'rgb(154, 168, 255)', 'rgb(22, 26, 46)'],
  ] as const) {
    await popup.emulateMedia({ colorScheme: theme });
    const logo = popup.locator('.kt-logo');
    await expect(logo.locator('rect')).toHaveCSS('fill', square);
    await expect(logo.locator('path')).toHaveCSS('stroke', letter);
  }
});

test('the browser’s side panel is axe-clean, with findings and without a reply box', async ({
  context,
  page,
  extensionId,
  demoUrl,
}) => {
  await page.goto(demoUrl({ lang: 'en', editor: 'plain' }));
  await page.locator('#reply').fill(EN_PROBLEM_DRAFT);
  await expect(sidebar(page).finding().first()).toBeVisible();
  const tabId = await tabIdOf(context, page);
  // The side panel's page as a tab for the demo ticket's tab; its panel is in a shadow root.
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
  await expect(panel.locator('[data-klartext-finding]').first()).toBeVisible();
  const found = await audit(panel, 'side panel with findings', '#app');
  await panel.locator('[data-klartext-action="placement-menu"]').click();
  await expect(panel.locator('[data-klartext-action="place-sidepanel"]')).toBeVisible();
  found.push(...(await audit(panel, 'side panel, placement menu open', '#app')));
  // A tab without Klartext: the side panel says there is no reply box.
  const blank = await context.newPage();
  await panel.goto(
    `chrome-extension://${extensionId}/sidepanel.html?tab=${await tabIdOf(context, blank)}`,
  );
  await expect(panel.locator('[data-klartext-no-tab]')).toBeVisible();
  found.push(...(await audit(panel, 'side panel without a reply box', '#app')));
  expectClean(found);
});

test('the options page is axe-clean', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.locator('input[name="uiLanguage"]').first()).toBeVisible();
  const found = await audit(options, 'options');
  await options.getByRole('radio', { name: 'Deutsch' }).check();
  await expect(options.locator('html')).toHaveAttribute('lang', 'de');
  found.push(...(await audit(options, 'options (de)')));
  expectClean(found);
});

test('the journal page with an entry is axe-clean', async ({ context, extensionId }) => {
  const journal = await openJournalPage(context, extensionId);
  await addEntryOnJournalPage(journal, 'Long call about the router.');
  await expect(journal.locator('#kj-sec-entries')).toContainText('Long call about the router.');
  expectClean(await audit(journal, 'journal'));
});

test('the quick log window is axe-clean', async ({ page, demoUrl }) => {
  await page.goto(demoUrl({ lang: 'en', editor: 'plain' }));
  await page.locator('#reply').fill(EN_PROBLEM_DRAFT);
  await expect(sidebar(page).finding().first()).toBeVisible();
  const quickLog = await openQuickLog(page);
  await expect(quickLog.getByRole('radio', { name: 'good', exact: true })).toBeVisible();
  // Each face has its word on screen, readable (not a 1-pixel screen-reader text), in a window
  // as wide as the one the background opens (400 px, entrypoints/background/journal.ts).
  await quickLog.setViewportSize({ width: 384, height: 520 });
  const width = await quickLog.evaluate(() => document.documentElement.clientWidth);
  for (const word of ['very bad', 'bad', 'okay', 'good', 'very good']) {
    const box = (await quickLog
      .locator('.kj-mood-text')
      .getByText(word, { exact: true })
      .boundingBox())!;
    expect(box.width, word).toBeGreaterThan(15);
    expect(box.x + box.width, word).toBeLessThanOrEqual(width);
  }
  await expect(quickLog.locator('output[for="kj-quick-stress"]')).toHaveText('not rated');
  const found = await audit(quickLog, 'quick log');
  await quickLog.getByRole('radio', { name: 'good', exact: true }).check();
  await quickLog.getByLabel('Stress').fill('70');
  await expect(quickLog.locator('output[for="kj-quick-stress"]')).toHaveText('70');
  found.push(...(await audit(quickLog, 'quick log, mood picked')));
  expectClean(found);
});

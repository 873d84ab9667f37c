// (d) The panel collapses by button and by Alt+Shift+K, and remembers the state across reloads;
// before the first draft its header keeps both buttons inside the panel in both languages, and
// collapsed, the docked panel leaves only the badge at the reply box.
import { EN_PROBLEM_DRAFT } from '../support/drafts';
import { setUiLanguage } from './extension-pages';
import { expect, test } from './fixtures';
import { sidebar } from './sidebar';

test('collapse by button and Alt+Shift+K; the state survives a reload', async ({
  page,
  demoUrl,
}) => {
  await page.goto(demoUrl({ lang: 'en', editor: 'plain' }));
  const reply = page.locator('#reply');
  const kt = sidebar(page);
  await reply.fill(EN_PROBLEM_DRAFT);
  await expect(kt.finding().first()).toBeVisible();
  await expect(kt.panel).toHaveAttribute('data-collapsed', 'false');

  await kt.action('collapse').click();
  await expect(kt.panel).toHaveAttribute('data-collapsed', 'true');

  // The shortcut works while the agent is typing in the reply box.
  await reply.focus();
  await page.keyboard.press('Alt+Shift+K');
  await expect(kt.panel).toHaveAttribute('data-collapsed', 'false');
  await expect(kt.finding().first()).toBeVisible();
  await page.keyboard.press('Alt+Shift+K');
  await expect(kt.panel).toHaveAttribute('data-collapsed', 'true');

  await page.reload();
  await expect(kt.panel).toHaveAttribute('data-collapsed', 'true');
  await reply.fill(EN_PROBLEM_DRAFT);
  await expect(kt.panel).toHaveAttribute('data-collapsed', 'true');

  // And the other way round: expanded stays expanded.
  await reply.focus();
  await page.keyboard.press('Alt+Shift+K');
  await expect(kt.panel).toHaveAttribute('data-collapsed', 'false');
  await page.reload();
  await reply.fill(EN_PROBLEM_DRAFT);
  await expect(kt.panel).toHaveAttribute('data-collapsed', 'false');
  await expect(kt.finding().first()).toBeVisible();
});

for (const { lang, waiting } of [
  { lang: 'en' as const, waiting: 'Waiting for you to type' },
  { lang: 'de' as const, waiting: 'Wartet auf Ihre Eingabe' },
]) {
  test(`before the first draft the header's buttons stay inside the panel (${lang})`, async ({
    context,
    page,
    extensionId,
    demoUrl,
  }) => {
    // Chosen explicitly in both languages: the browser's own may be either.
    await setUiLanguage(context, extensionId, lang);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(demoUrl({ lang, editor: 'plain' }));
    const kt = sidebar(page);
    await expect(kt.panel.locator('.kt-summary')).toHaveText(waiting);
    await expect(kt.panel).toHaveAttribute('data-collapsed', 'false');
    const panel = (await kt.panel.boundingBox())!;
    for (const control of [kt.action('collapse'), kt.action('off-menu')]) {
      const box = (await control.boundingBox())!;
      expect(box.x, 'left edge').toBeGreaterThanOrEqual(panel.x);
      expect(box.x + box.width, 'right edge').toBeLessThanOrEqual(panel.x + panel.width);
      expect(box.y + box.height).toBeLessThanOrEqual(panel.y + panel.height);
    }
    // The button is really there for the pointer: it, not something over it, takes the click.
    // Collapsed, the docked panel leaves only the badge at the reply box, which opens it again.
    await kt.action('collapse').click();
    await expect(kt.panel).toHaveAttribute('data-collapsed', 'true');
    await expect(kt.action('collapse')).toHaveCount(0);
    await page.locator('#reply').scrollIntoViewIfNeeded();
    await page.locator('klartext-sidebar [data-klartext-action="badge"]').click();
    await expect(kt.panel).toHaveAttribute('data-collapsed', 'false');
  });
}

// (d) The panel collapses by button and by Alt+Shift+K, and remembers the state across reloads.
import { EN_PROBLEM_DRAFT } from '../support/drafts';
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

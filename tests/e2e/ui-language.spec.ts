// The UI language chosen on the options page: the options page itself, an open ticket's sidebar
// (live, without a reload) and its finding texts follow it. The sidebar gets its words from the
// background, one language at a time, so this is the path a German agent's sidebar takes.
import { expect, test } from './fixtures';
import { sidebar } from './sidebar';

test('choosing Deutsch on the options page turns an open sidebar German, and back', async ({
  context,
  page,
  extensionId,
  demoUrl,
}) => {
  await page.goto(demoUrl({ lang: 'en', editor: 'plain' }));
  await page.locator('#reply').fill('As already stated, this is not our department.');
  const kt = sidebar(page);
  await expect(kt.action('collapse')).toHaveAttribute('aria-label', 'Collapse (Alt+Shift+K)');
  await expect(kt.checklist('tone')).toContainText('Tone');

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('radio', { name: 'Deutsch' }).check();
  // The options page itself changes language.
  await expect(options.getByRole('radio', { name: 'Wie der Browser' })).toBeVisible();

  await page.bringToFront();
  await expect(kt.action('collapse')).toHaveAttribute('aria-label', 'Einklappen (Alt+Umschalt+K)');
  // "Ton" alone would match "Tone" too: the German count word shows it is German.
  await expect(kt.checklist('tone')).toContainText('Hinweis');
  await expect(kt.checklist('tone')).not.toContainText('Tone');
  await expect(kt.finding('condescension')).toContainText('Einmal ignorieren');

  await options.getByRole('radio', { name: 'English' }).check();
  await expect(kt.action('collapse')).toHaveAttribute('aria-label', 'Collapse (Alt+Shift+K)');
});

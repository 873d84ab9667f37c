// Rule packs on the options page: import the sample team pack through the file picker, see what
// it adds, confirm, and its rule finds its phrase on the demo ticket; a broken pack is refused
// with the place of the problem and nothing installed changes; the local adjustments export as
// a pack that loads again.
import { readFile } from 'node:fs/promises';
import { loadPack } from '../../rules/index';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { sidebar } from './sidebar';

const SAMPLE_PACK = 'rules/packs/examples/team-pack.json';

/** Imports the sample pack on the open options page and waits until it is listed. */
async function installSamplePack(page: Page): Promise<void> {
  await page.locator('[data-klartext-pack-file]').setInputFiles(SAMPLE_PACK);
  await page.locator('[data-klartext-action="import-confirm"]').click();
  // The background validates the pack again (examples included) before it stores it; a fresh
  // service worker compiles the rules first, which can take a while on a busy machine.
  await expect(page.locator('[data-klartext-pack="acme-support"]')).toBeVisible({
    timeout: 15_000,
  });
}

test('importing the sample team pack: preview, confirm, and its rule checks the reply', async ({
  context,
  page,
  extensionId,
  demoUrl,
}) => {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.locator('[data-klartext-no-packs]')).toBeVisible();
  await page.locator('[data-klartext-pack-file]').setInputFiles(SAMPLE_PACK);

  const preview = page.locator('[data-klartext-import-preview]');
  await expect(preview).toContainText('New pack: ACME support team 1.2.0');
  await expect(preview).toContainText('disliked-phrases');
  await expect(preview).toContainText('long-sentence: switched off');
  // Nothing is installed before confirming.
  await expect(page.locator('[data-klartext-no-packs]')).toBeVisible();

  await preview.locator('[data-klartext-action="import-confirm"]').click();
  // The background validates the pack again (examples included) before it stores it; a fresh
  // service worker compiles the rules first, which can take a while on a busy machine.
  await expect(page.locator('[data-klartext-import-done]')).toContainText('ACME support team', {
    timeout: 15_000,
  });
  await expect(page.locator('[data-klartext-pack="acme-support"]')).toBeVisible();
  await expect(page.locator('[data-klartext-rule="disliked-phrases"]')).toBeVisible();

  const ticket = await context.newPage();
  await ticket.goto(demoUrl({ lang: 'en', editor: 'plain' }));
  await ticket.locator('#reply').fill('No worries, we will look into it.');
  await expect(sidebar(ticket).finding('disliked-phrases')).toHaveCount(1);
  // The pack rule's reason shows like a built-in rule's.
  await expect(sidebar(ticket).finding('disliked-phrases')).toContainText('customer survey');
});

test('a broken pack (dropped) is refused with the place of the problem; the installed list is unchanged', async ({
  page,
  extensionId,
}) => {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await installSamplePack(page);

  const broken = JSON.parse(await readFile(SAMPLE_PACK, 'utf8'));
  broken.id = 'broken-pack';
  broken.version = '1.0';
  const text = JSON.stringify(broken, null, 2);
  const line = text.split('\n').findIndex((l) => l.includes('"version": "1.0"')) + 1;
  // This time by drag and drop onto the import area.
  const dataTransfer = await page.evaluateHandle((content) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], 'broken.json', { type: 'application/json' }));
    return transfer;
  }, text);
  await page.locator('[data-klartext-dropzone]').dispatchEvent('drop', { dataTransfer });

  const problems = page.locator('[data-klartext-import-problems]');
  await expect(problems).toContainText('broken.json cannot be installed');
  await expect(problems).toContainText('Nothing installed has changed.');
  await expect(problems.locator('[data-klartext-problem]').first()).toContainText(
    new RegExp(`Line ${line}, column \\d+:.*semantic version`),
  );
  await expect(page.locator('[data-klartext-import-preview]')).toHaveCount(0);
  await expect(page.locator('[data-klartext-pack]')).toHaveCount(1);
  await page.reload();
  await expect(page.locator('[data-klartext-pack]')).toHaveCount(1);
  await expect(page.locator('[data-klartext-pack="broken-pack"]')).toHaveCount(0);
});

test('exporting the local adjustments downloads a pack that loads again', async ({
  page,
  extensionId,
  demoUrl,
}) => {
  // An allowed word from the sidebar, a rule switched off on the options page.
  await page.goto(demoUrl({ lang: 'en', editor: 'plain' }));
  await page
    .locator('#reply')
    .fill(
      'Thanks for your message. The JWT of your account had expired, so the router could not log in. I renewed it. I will call you on Friday at 10:00 to confirm it works. Does that time suit you?',
    );
  const jargon = sidebar(page).finding('jargon');
  await jargon.locator('[data-klartext-action="allow-words"]').click();
  await expect(jargon).toHaveCount(0);

  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.locator('[data-klartext-allowed="JWT"]')).toBeVisible();
  const rule = page.locator('[data-klartext-rule="vague-time"]');
  await rule.locator('input[type="checkbox"]').uncheck();
  await expect(rule).toHaveAttribute('data-enabled', 'false');

  const downloading = page.waitForEvent('download');
  await page.locator('[data-klartext-action="export-adjustments"]').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('my-adjustments-1.0.0.json');
  const text = await readFile(await download.path(), 'utf8');
  const loaded = loadPack(text);
  expect(loaded.ok).toBe(true);
  if (!loaded.ok) return;
  expect(loaded.pack.allowlist).toEqual(['JWT']);
  expect(loaded.pack.builtins).toEqual({ 'vague-time': { enabled: false } });
});

test('editing a rule of an imported pack: live preview while typing, saved, used by the sidebar; then removed', async ({
  context,
  page,
  extensionId,
  demoUrl,
}) => {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await installSamplePack(page);
  const rule = page.locator('[data-klartext-rule="disliked-phrases"]');
  await rule.locator('[data-klartext-action="edit-rule"]').click();

  const editor = page.locator('[data-klartext-editor]');
  await expect(editor).toBeVisible();
  await editor.locator('[data-klartext-sample]').fill('Cheers, we will ring you back by 3 pm.');
  await expect(editor.locator('[data-klartext-preview-count]')).toContainText('finds nothing');
  const patterns = editor.locator('[data-klartext-field="patternsEn"]');
  await patterns.press('Control+End');
  await patterns.pressSequentially('\ncheers');
  await expect(editor.locator('[data-klartext-preview-count]')).toContainText('finds 1 place');
  await expect(editor.locator('[data-klartext-preview-finding="disliked-phrases"]')).toContainText(
    'Cheers',
  );

  await editor.locator('[data-klartext-action="save-rule"]').click();
  await expect(editor).toHaveCount(0);

  const ticket = await context.newPage();
  await ticket.goto(demoUrl({ lang: 'en', editor: 'plain' }));
  await ticket.locator('#reply').fill('Cheers, we will ring you back by 3 pm today.');
  await expect(sidebar(ticket).finding('disliked-phrases')).toHaveCount(1);

  await page
    .locator('[data-klartext-pack="acme-support"] [data-klartext-action="remove-pack"]')
    .click();
  await expect(page.locator('[data-klartext-pack]')).toHaveCount(0);
  await expect(page.locator('[data-klartext-rule="disliked-phrases"]')).toHaveCount(0);
  await ticket.locator('#reply').fill('Cheers, we will ring you back by 3 pm today!');
  await expect(sidebar(ticket).finding('disliked-phrases')).toHaveCount(0);
});

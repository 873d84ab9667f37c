// (b) The same live check in a contenteditable reply box, with a German draft.
import { DE_SHORT_POLITE, DE_SHORT_PROBLEM } from '../support/drafts';
import { expect, test } from './fixtures';
import { sidebar } from './sidebar';

test('contenteditable: German condescension and deflection are flagged and clear after fixing', async ({
  page,
  demoUrl,
}) => {
  await page.goto(demoUrl({ lang: 'de', editor: 'rich' }));
  const reply = page.locator('[contenteditable="true"]#reply');
  const kt = sidebar(page);

  await reply.pressSequentially(DE_SHORT_PROBLEM);
  await expect(kt.finding('condescension')).toHaveCount(1);
  await expect(kt.finding('deflection')).toHaveCount(1);
  await expect(kt.finding('deflection')).toHaveAttribute('data-category', 'ownership');
  await expect(kt.checklist('tone')).toHaveAttribute('data-state', 'hints');
  await expect(kt.checklist('ownership')).toHaveAttribute('data-state', 'hints');

  await reply.fill(DE_SHORT_POLITE);
  await expect(kt.finding('condescension')).toHaveCount(0);
  await expect(kt.finding('deflection')).toHaveCount(0);
  await expect(kt.checklist('tone')).toHaveAttribute('data-state', 'ok');
  await expect(kt.checklist('ownership')).toHaveAttribute('data-state', 'ok');
});

// (a) Live check in a plain <textarea>: a condescending phrase is flagged while typing,
// and the flag and the tone hint go away once the reply is rewritten politely.
import { EN_POLITE_DRAFT } from '../support/drafts';
import { expect, test } from './fixtures';
import { sidebar } from './sidebar';

test('textarea: "As already stated" is flagged as condescension and clears after a polite rewrite', async ({
  page,
  demoUrl,
}) => {
  await page.goto(demoUrl({ lang: 'en', editor: 'plain' }));
  const reply = page.locator('textarea#reply');
  const kt = sidebar(page);

  // Typed key by key, as an agent would.
  await reply.pressSequentially('As already stated, the router is on its way.');
  await expect(kt.finding('condescension')).toHaveCount(1);
  await expect(kt.finding('condescension')).toHaveAttribute('data-category', 'tone');
  await expect(kt.checklist('tone')).toHaveAttribute('data-state', 'hints');

  await reply.fill(EN_POLITE_DRAFT);
  await expect(kt.finding('condescension')).toHaveCount(0);
  await expect(kt.checklist('tone')).toHaveAttribute('data-state', 'ok');
});

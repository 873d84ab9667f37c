// Local adjustments from the sidebar: ignore a hint once, switch a rule off (it stays off after
// a reload), and allow a word such as a product name, so its finding goes away.
import { EN_PROBLEM_DRAFT } from '../support/drafts';
import { expect, test } from './fixtures';
import { sidebar } from './sidebar';

const JARGON_DRAFT =
  'Thanks for your message. The JWT of your account had expired, so the router could not log in. ' +
  'I renewed it. I will call you on Friday at 10:00 to confirm it works. Does that time suit you?';

test('"switch rule off" removes the finding, and the rule stays off after a reload', async ({
  page,
  demoUrl,
}) => {
  await page.goto(demoUrl({ lang: 'en', editor: 'plain' }));
  const kt = sidebar(page);
  await page.locator('#reply').fill(EN_PROBLEM_DRAFT);
  await expect(kt.finding('vague-time')).toHaveCount(1);
  await expect(kt.finding('condescension')).toHaveCount(1);

  await kt.findingAction('vague-time', 'disable-rule').click();
  await expect(kt.finding('vague-time')).toHaveCount(0);
  await expect(kt.finding('condescension')).toHaveCount(1);

  await page.reload();
  await page.locator('#reply').fill(EN_PROBLEM_DRAFT);
  await expect(kt.finding('condescension')).toHaveCount(1);
  await expect(kt.finding('vague-time')).toHaveCount(0);
});

test('allowing a flagged word (by keyboard) removes its finding, also in a new reply', async ({
  page,
  demoUrl,
}) => {
  await page.goto(demoUrl({ lang: 'en', editor: 'plain' }));
  const kt = sidebar(page);
  await page.locator('#reply').fill(JARGON_DRAFT);
  await expect(kt.finding('jargon')).toHaveCount(1);
  await expect(kt.finding('jargon')).toContainText('JWT');

  const allow = kt.findingAction('jargon', 'allow-words');
  await allow.focus();
  await page.keyboard.press('Enter');
  await expect(kt.finding('jargon')).toHaveCount(0);

  await page.reload();
  await page.locator('#reply').fill(`${JARGON_DRAFT} Your JWT is valid again.`);
  // The new reply has been checked (the checklist shows only then) and clarity, the jargon
  // rule's category, has nothing to say: a finding shown before the check would not count.
  await expect(kt.checklist('clarity')).toHaveAttribute('data-state', 'ok');
  await expect(kt.finding('jargon')).toHaveCount(0);
});

test('"ignore once" hides the hint for this reply only', async ({ page, demoUrl }) => {
  await page.goto(demoUrl({ lang: 'en', editor: 'plain' }));
  const kt = sidebar(page);
  const reply = page.locator('#reply');
  await reply.fill(EN_PROBLEM_DRAFT);
  await expect(kt.finding('condescension')).toHaveCount(1);

  await kt.findingAction('condescension', 'ignore-once').click();
  await expect(kt.finding('condescension')).toHaveCount(0);
  await expect(kt.finding('vague-time')).toHaveCount(1);
  // Typing on keeps it hidden: it is the same reply.
  await reply.press('End');
  await reply.pressSequentially(' Thanks.');
  await expect(kt.finding('vague-time')).toHaveCount(1);
  await expect(kt.finding('condescension')).toHaveCount(0);

  // Nothing was stored: the next page load shows the hint again.
  await page.reload();
  await page.locator('#reply').fill(EN_PROBLEM_DRAFT);
  await expect(kt.finding('condescension')).toHaveCount(1);
});

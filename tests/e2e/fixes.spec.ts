// One-click fixes on the demo draft (issue 16, items 2 and 3): the greeting takes the name the
// ticket shows, the sign-off the agent's name from the options page, a vague time becomes a
// placeholder that is selected for the agent to type over; each fix is read back from the
// editor (the textarea's value, the rich box's text) and taken back by one Ctrl+Z. "Fix all
// safe ones" applies every fix without a placeholder as one undo step, and the card at a mark
// offers the sidebar card's actions.
import type { BrowserContext, Page } from '@playwright/test';
import { DE_PROBLEM_DRAFT, EN_PROBLEM_DRAFT } from '../support/drafts';
import { setUiLanguage } from './extension-pages';
import { expect, test } from './fixtures';
import { selectedReplyText, sidebar } from './sidebar';

const CARD = 'klartext-marks [data-klartext-mark-card]';

/** What the reply box holds, read through the editor's own API (value or text). */
function replyText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const reply = document.getElementById('reply')!;
    return reply instanceof HTMLTextAreaElement ? reply.value : reply.innerText;
  });
}

/** Saves the agent's name in the options page, as the agent would. */
async function setAgentName(context: BrowserContext, extensionId: string, name: string) {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const field = options.locator('input[name="agentName"]');
  await field.fill(name);
  await field.press('Enter');
  await expect
    .poll(() =>
      options.evaluate(async () => {
        type Local = { get(key: string): Promise<Record<string, unknown>> };
        const api = (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome;
        const stored = await api.storage.local.get('settings.agentName');
        return stored['settings.agentName'];
      }),
    )
    .toBe(name);
  await options.close();
}

for (const { lang, draft, greeting, signOff, vague, placeholder } of [
  {
    lang: 'en' as const,
    draft: EN_PROBLEM_DRAFT,
    greeting: 'Hello Daniel Whitaker,',
    signOff: 'Regards\nSam Taylor',
    vague: 'We will get back to you by [day], [time].',
    placeholder: '[day]',
  },
  {
    lang: 'de' as const,
    draft: DE_PROBLEM_DRAFT,
    greeting: 'Guten Tag Sabine Krüger,',
    signOff: 'Mit freundlichen Grüßen\nLena Vogt',
    vague: 'Wir melden uns bis [Tag], [Uhrzeit].',
    placeholder: '[Tag]',
  },
]) {
  test(`${lang}: fixes on the demo draft go into the textarea and one Ctrl+Z takes each back`, async ({
    page,
    context,
    extensionId,
    demoUrl,
  }) => {
    await setAgentName(context, extensionId, lang === 'en' ? 'Sam Taylor' : 'Lena Vogt');
    await page.goto(demoUrl({ lang, editor: 'plain' }));
    const reply = page.locator('textarea#reply');
    await reply.fill(draft);
    const kt = sidebar(page);
    await expect(kt.finding('impersonal-greeting')).toHaveCount(1);
    // Most findings offer a fix.
    const total = await kt.finding().count();
    const fixable = await page
      .locator(
        'klartext-sidebar [data-klartext-finding]:has([data-klartext-action="apply-suggestion"])',
      )
      .count();
    expect(fixable / total).toBeGreaterThanOrEqual(0.6);

    const apply = (ruleId: string) =>
      kt.finding(ruleId).locator('[data-klartext-action="apply-suggestion"]').first();

    // The greeting names the customer as the ticket shows them.
    await apply('impersonal-greeting').click();
    await expect.poll(() => replyText(page)).toContain(greeting);
    await reply.press('Control+z');
    await expect.poll(() => replyText(page)).toBe(draft);

    // The sign-off carries the agent's name from the options page.
    await apply('nameless-reply').click();
    await expect.poll(() => replyText(page)).toContain(signOff);
    await reply.press('Control+z');
    await expect.poll(() => replyText(page)).toBe(draft);

    // The vague time becomes a placeholder, selected for the agent to type over.
    await apply('vague-time').click();
    await expect.poll(() => replyText(page)).toContain(vague);
    await expect.poll(() => selectedReplyText(page)).toBe(placeholder);
    await page.keyboard.type(lang === 'en' ? 'Friday' : 'Freitag');
    await expect
      .poll(() => replyText(page))
      .toContain(lang === 'en' ? 'by Friday, [time]' : 'bis Freitag, [Uhrzeit]');
  });

  test(`${lang}: "Fix all safe ones" applies every fix without a placeholder as one undo step`, async ({
    page,
    context,
    extensionId,
    demoUrl,
  }) => {
    await setUiLanguage(context, extensionId, lang);
    await page.goto(demoUrl({ lang, editor: 'rich' }));
    const reply = page.locator('#reply');
    await reply.click();
    await page.keyboard.insertText(draft);
    const kt = sidebar(page);
    await expect(kt.finding('vague-time')).toHaveCount(1);
    // The rich box reads its paragraphs back with its own line breaks.
    const typed = await replyText(page);
    const fixAll = page.locator('klartext-sidebar [data-klartext-action="fix-all-safe"]');
    await expect(fixAll).toHaveText(
      lang === 'en'
        ? /^Fix all safe ones \(\d+\)$/
        : /^Alle sicheren Vorschläge übernehmen \(\d+\)$/,
    );
    await fixAll.click();

    // Every finding with a safe fix is gone; the vague time waits for the agent.
    await expect.poll(() => replyText(page)).toContain(greeting);
    const fixed = await replyText(page);
    expect(fixed).toContain(lang === 'en' ? 'asap' : 'zeitnah');
    expect(fixed).not.toContain(lang === 'en' ? 'As already stated' : 'wie bereits gesagt');
    await expect(kt.finding('vague-time')).toHaveCount(1);
    await expect(kt.finding('condescension')).toHaveCount(0);
    await expect(kt.finding('deflection')).toHaveCount(0);
    await expect(kt.finding('read-the-faq')).toHaveCount(0);
    await expect(fixAll).toHaveCount(0);

    // One Ctrl+Z brings the whole draft back.
    await page.keyboard.press('Control+z');
    await expect.poll(() => replyText(page)).toBe(typed);
    await expect(kt.finding('condescension')).toHaveCount(1);
  });
}

test('the card at a mark offers fix, ignore once, switch rule off and allow words, by keyboard too', async ({
  page,
  demoUrl,
}) => {
  await page.goto(demoUrl({ lang: 'en', editor: 'rich' }));
  const reply = page.locator('#reply');
  await reply.click();
  await page.keyboard.insertText(
    'Dear customer, we will get back to you asap. Please read the FAQ.',
  );
  const kt = sidebar(page);
  await expect(kt.finding('vague-time')).toHaveCount(1);

  // The caret in "asap" opens its card; the pointer over "Dear customer" moves the card there.
  await page.keyboard.press('End');
  for (let i = 0; i < 'Please read the FAQ.'.length + 3; i++)
    await page.keyboard.press('ArrowLeft');
  const card = page.locator(CARD);
  await expect(card).toHaveAttribute('data-rule-id', 'vague-time');
  const greetingBox = await page.evaluate(() => {
    const text = document.getElementById('reply')!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 2);
    range.setEnd(text, 6);
    const rect = range.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
  await page.mouse.move(greetingBox.x, greetingBox.y);
  await expect(card).toHaveAttribute('data-rule-id', 'impersonal-greeting');
  for (const action of ['apply-mark-suggestion', 'ignore-once', 'disable-rule', 'allow-words']) {
    await expect(card.locator(`[data-klartext-action="${action}"]`).first()).toBeVisible();
  }

  // Ignore once from the card: the greeting's hint goes, the text stays.
  await card.locator('[data-klartext-action="ignore-once"]').click();
  await expect(kt.finding('impersonal-greeting')).toHaveCount(0);
  await expect.poll(() => replyText(page)).toContain('Dear customer');

  // The card of "read the FAQ", reached by the caret, applies its fix by keyboard: Tab to the
  // fix button and Enter, then one Ctrl+Z takes it back. Back into the reply by keyboard focus:
  // a click at the box's centre may land on the card, which sits at the caret wherever there
  // is room (as an agent's click there would).
  await reply.focus();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(card).toHaveAttribute('data-rule-id', 'read-the-faq');
  await card.locator('[data-klartext-action="apply-mark-suggestion"]').click();
  await expect
    .poll(() => replyText(page))
    .toBe('Dear customer, we will get back to you asap. I am happy to walk you through the steps.');
  await page.keyboard.press('Control+z');
  await expect
    .poll(() => replyText(page))
    .toBe('Dear customer, we will get back to you asap. Please read the FAQ.');

  // Switching the rule off from the card: no vague-time findings any more.
  await page.keyboard.press('End');
  for (let i = 0; i < 'Please read the FAQ.'.length + 3; i++)
    await page.keyboard.press('ArrowLeft');
  await expect(card).toHaveAttribute('data-rule-id', 'vague-time');
  await card.locator('[data-klartext-action="disable-rule"]').click();
  await expect(kt.finding('vague-time')).toHaveCount(0);
});

// Inline marks on the demo ticket: the mark sits over exactly the finding's words (read back
// from the page's own CSS.highlights for the contenteditable box; for the textarea, clicking
// the drawn mark's ends puts the caret at the words' ends), it moves when the box and the page
// scroll, goes when the words are fixed, never changes the editor's DOM, and pointing at it
// or moving the caret into it shows the finding's card (Alt+Enter applies the first fix).
import type { Page } from '@playwright/test';
import { EN_POLITE_DRAFT, EN_PROBLEM_DRAFT } from '../support/drafts';
import { expect, test } from './fixtures';
import { sidebar } from './sidebar';

const MARK = (ruleId: string) => `klartext-marks [data-klartext-mark][data-rule-id="${ruleId}"]`;
const CARD = 'klartext-marks [data-klartext-mark-card]';

/** The text of every range in Klartext's highlights, read in the page's own world. */
function highlighted(page: Page): Promise<{ warning: string[]; hint: string[] }> {
  return page.evaluate(() => {
    const read = (name: string) => [...(CSS.highlights.get(name) ?? [])].map((r) => r.toString());
    return { warning: read('klartext-warning'), hint: read('klartext-hint') };
  });
}

/** Sets the rich reply box's content from the page, as an app loading a draft would. */
async function setRichDraft(page: Page, text: string): Promise<void> {
  await page.evaluate((draft) => {
    const reply = document.getElementById('reply')!;
    reply.innerHTML = draft
      .split('\n')
      .map((line) => `<div>${line || '<br>'}</div>`)
      .join('');
    reply.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }, text);
}

test('contenteditable: highlights cover exactly the flagged words and leave the editor DOM alone', async ({
  page,
  demoUrl,
}) => {
  await page.goto(demoUrl({ lang: 'en', editor: 'rich' }));
  const reply = page.locator('#reply');
  await reply.click();
  // Record every change to the editor from here on, in the page's own world.
  await page.evaluate(() => {
    const records: string[] = [];
    (window as unknown as { ktMutations: string[] }).ktMutations = records;
    new MutationObserver((list) => {
      for (const record of list) records.push(record.type);
    }).observe(document.getElementById('reply')!, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  });
  await setRichDraft(page, EN_PROBLEM_DRAFT);
  const before = await reply.evaluate((element) => element.innerHTML);
  const changesBefore = await page.evaluate(
    () => (window as unknown as { ktMutations: string[] }).ktMutations.length,
  );

  await expect(sidebar(page).finding('condescension')).toHaveCount(1);
  await expect
    .poll(() => highlighted(page))
    .toEqual({
      warning: ['As already stated', 'not our department', 'read the FAQ', 'asap'],
      hint: ['Dear customer', 'RegardsSupport'],
    });

  // Marking added nothing to the editor: same markup, no mutation since the draft was set.
  expect(await reply.evaluate((element) => element.innerHTML)).toBe(before);
  expect(
    await page.evaluate(() => (window as unknown as { ktMutations: string[] }).ktMutations.length),
  ).toBe(changesBefore);

  // Fixing the words removes their marks.
  await setRichDraft(page, EN_POLITE_DRAFT);
  await expect.poll(() => highlighted(page)).toEqual({ warning: [], hint: [] });
});

test('contenteditable: the caret inside a mark shows its card; Alt+Enter applies the first fix', async ({
  page,
  demoUrl,
}) => {
  await page.goto(demoUrl({ lang: 'en', editor: 'rich' }));
  const reply = page.locator('#reply');
  await reply.click();
  await reply.pressSequentially('Dear customer, the router ships today.');
  await expect.poll(async () => (await highlighted(page)).hint).toEqual(['Dear customer']);

  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const card = page.locator(CARD);
  await expect(card).toHaveAttribute('data-rule-id', 'impersonal-greeting');
  await expect(card).toContainText('Alt+Enter');

  await page.keyboard.press('Alt+Enter');
  await expect(reply).toHaveText('Hello Daniel Whitaker, the router ships today.');
  await expect(card).toHaveCount(0);
  await expect.poll(async () => (await highlighted(page)).hint).toEqual([]);

  // The fix went through the editor's input path: undo brings the words back.
  await page.keyboard.press('Control+z');
  await expect(reply).toHaveText('Dear customer, the router ships today.');
});

test('contenteditable: the card opened by the caret applies its fix with the mouse too', async ({
  page,
  demoUrl,
}) => {
  await page.goto(demoUrl({ lang: 'en', editor: 'rich' }));
  const reply = page.locator('#reply');
  await reply.click();
  await page.keyboard.insertText('Dear customer, the router ships today.');
  await expect.poll(async () => (await highlighted(page)).hint).toEqual(['Dear customer']);
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  // Clicking the card keeps the caret in the reply box, so the card stays for the click.
  await page.locator(`${CARD} [data-klartext-action="apply-mark-suggestion"]`).first().click();
  await expect(reply).toHaveText('Hello Daniel Whitaker, the router ships today.');
});

test('textarea: the drawn mark lies over the words, follows scrolling and goes when fixed', async ({
  page,
  demoUrl,
}) => {
  await page.setViewportSize({ width: 1100, height: 600 });
  await page.goto(demoUrl({ lang: 'en', editor: 'plain' }));
  const reply = page.locator('textarea#reply');
  // Enough lines that the textarea scrolls; the flagged phrase sits in the middle.
  const filler = Array.from({ length: 12 }, (_, i) => `Line ${i + 1} of the ticket history.`);
  const draft = [...filler.slice(0, 6), 'As already stated, it is on its way.', ...filler].join(
    '\n',
  );
  await reply.fill(draft);
  // Typing ends at the bottom; the phrase is shown (and marked) once scrolled back up.
  await reply.evaluate((area) => (area.scrollTop = 0));
  const mark = page.locator(MARK('condescension'));
  await expect(mark).toHaveCount(1);

  // Clicking just inside the mark's ends puts the caret at the phrase's ends.
  const start = draft.indexOf('As already stated');
  const end = start + 'As already stated'.length;
  const caretAt = async (x: number, y: number) => {
    await page.mouse.click(x, y);
    return reply.evaluate((area: HTMLTextAreaElement) => area.selectionStart);
  };
  let box = (await mark.boundingBox())!;
  expect(await caretAt(box.x + 2, box.y + box.height / 2)).toBe(start);
  expect(await caretAt(box.x + box.width - 2, box.y + box.height / 2)).toBe(end);

  // Scrolling the textarea moves the mark with the text.
  await reply.evaluate((area) => (area.scrollTop = 30));
  await expect.poll(async () => (await mark.boundingBox())?.y).toBeCloseTo(box.y - 30, 0);

  // Scrolling the page moves it too.
  box = (await mark.boundingBox())!;
  const scrolled = await page.evaluate(() => {
    const before = window.scrollY;
    window.scrollBy(0, -60);
    return window.scrollY - before;
  });
  expect(scrolled).toBeLessThan(0);
  await expect.poll(async () => (await mark.boundingBox())?.y).toBeCloseTo(box.y - scrolled, 0);

  // Pointing at the mark shows the finding's card.
  box = (await mark.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.locator(CARD)).toHaveAttribute('data-rule-id', 'condescension');

  await reply.fill(draft.replace('As already stated, it', 'It'));
  await expect(mark).toHaveCount(0);
  await expect(sidebar(page).finding('condescension')).toHaveCount(0);
});

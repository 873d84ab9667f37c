// Firefox ESR: the sidebar attaches to real editor libraries, findings follow what the agent
// types, marks sit over the flagged words (the page's own CSS highlights; the overlay for a
// textarea), a one-click fix goes through the editor's input path (its API reads the fixed
// text back) and one Ctrl+Z undoes it. The same flow as the Chromium suite's
// tests/e2e/editors/editors.spec.ts, on the editors agents meet most.
import type { Page } from 'puppeteer-core';
import { EDITOR_PAGES, editorPageUrl } from '../e2e/editors/pages';
import { expect, test } from './fixtures';
import {
  attributeOf,
  checklist,
  click,
  expectCount,
  finding,
  markedWords,
  overlayMark,
  undo,
} from './sidebar';

const GREETING = 'Hello Anna,';
/** Condescension ("obviously"), jargon ("ETA", fixable) and a vague time ("asap"). */
const BODY = 'obviously the router works. The ETA is Friday, we will call you asap';
const DRAFT = `${GREETING}\n${BODY}`;
const FOLLOW_UP = 'at 10:00.';
const EDITED = `${DRAFT.slice(0, -'asap'.length)}${FOLLOW_UP}`;
const FIXED = EDITED.replace('ETA', 'expected arrival time');
/** Longer than the longest undo grouping delay of the fixture editors (Quill's 1 s). */
const READING_PAUSE_MS = 1_200;

/**
 * The editor pages whose whole flow works in Firefox ESR today. Not yet (seen with this suite,
 * README "Firefox, for real"): CKEditor 4 in its iframe gets no check at all (the sidebar never
 * hears the frame's typing once CKEditor rewrote it), and a fix goes wrong in Lexical (nothing
 * replaced), Trix (the next word eaten), Draft.js (inserted at the end, twice) and Froala (no
 * undo step).
 */
const IN_FIREFOX = [
  'textarea',
  'contenteditable',
  'tinymce-iframe',
  'tinymce-inline',
  'ckeditor5',
  'quill',
  'tiptap',
  'prosemirror',
  'summernote',
];

interface Hook {
  fixtureEditor?: { name: string; getText(): string; focus(): void };
}

async function editorText(page: Page): Promise<string> {
  const text = await page.evaluate(() => (window as Hook).fixtureEditor!.getText());
  return text
    .replace(/\u00a0/g, ' ')
    .replace(/\n+/g, '\n')
    .trim();
}

test.describe.configure({ timeout: 60_000 });

for (const editor of EDITOR_PAGES.filter((page) => IN_FIREFOX.includes(page.name))) {
  test(`${editor.label}: findings, marks, a fix through the editor and Ctrl+Z in Firefox`, async ({
    tab: page,
    server,
  }) => {
    await page.goto(editorPageUrl(server.origin, editor));
    await page.waitForFunction(
      (name) => (window as Hook).fixtureEditor?.name === name,
      {},
      editor.name,
    );
    // Headless Firefox gives a box focused by script no caret (and an editor in an iframe not
    // even the focus); the agent clicks into it anyway.
    if (editor.iframe) {
      // The editor's own frame: the one whose document is editable.
      const frame = await page.waitForFunction(() =>
        [...document.querySelectorAll('iframe')].find(
          (f) =>
            f.contentDocument?.body?.isContentEditable || f.contentDocument?.designMode === 'on',
        ),
      );
      await (frame as unknown as { click(): Promise<void> }).click();
    } else {
      await page.evaluate(() => (window as Hook).fixtureEditor!.focus());
      await page.waitForFunction(
        () => document.activeElement !== null && document.activeElement !== document.body,
      );
      const box = await page.evaluateHandle(() => document.activeElement as HTMLElement);
      await box.click();
    }

    // Typed key by key, as the agent types (BiDi inserts one character at a time).
    await page.keyboard.type(GREETING);
    await page.keyboard.press('Enter');
    await page.keyboard.type(BODY);
    for (const rule of ['condescension', 'jargon', 'vague-time']) {
      await expectCount(page, finding(rule), 1);
    }
    expect(await attributeOf(page, checklist('next-steps'), 'data-state')).toBe('hints');
    await expect.poll(() => editorText(page)).toBe(DRAFT);
    if (editor.name === 'textarea') {
      for (const rule of ['condescension', 'jargon', 'vague-time']) {
        await expect.poll(async () => (await page.$$(overlayMark(rule))).length).toBeGreaterThan(0);
      }
    } else {
      await expect
        .poll(() => markedWords(page))
        .toEqual(expect.arrayContaining(['obviously', 'ETA', 'asap']));
    }

    // The agent deletes "asap" and names a time: that hint goes, the others stay.
    for (let i = 0; i < 'asap'.length; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type(FOLLOW_UP);
    await expectCount(page, finding('vague-time'), 0);
    await expectCount(page, finding('condescension'), 1);
    await expect.poll(() => editorText(page)).toBe(EDITED);

    // The agent reads the hint, then one click spells out "ETA" in the editor's own model.
    await new Promise((done) => setTimeout(done, READING_PAUSE_MS));
    await click(page, `${finding('jargon')} [data-klartext-action="apply-suggestion"]`);
    await expect.poll(() => editorText(page)).toBe(FIXED);
    await expectCount(page, finding('jargon'), 0);
    if (editor.name !== 'textarea') {
      await expect.poll(() => markedWords(page)).not.toContain('ETA');
    }

    // The fix is one step on the editor's undo stack.
    await undo(page);
    await expect.poll(() => editorText(page)).toBe(EDITED);
    await expectCount(page, finding('jargon'), 1);
  });
}

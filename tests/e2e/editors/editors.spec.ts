// One suite, every editor fixture page (tests/fixtures/editors): the sidebar attaches to the
// real editor library, findings follow what the agent types, a one-click fix goes through the
// editor's own input path (its API reads the fixed text back) and Ctrl+Z undoes it.
// The shared fixtures also fail a test on any uncaught page error and on any request that
// tries to leave the machine (TinyMCE, CKEditor 4 and Froala must not call home).
import { expect, test } from '../fixtures';
import { sidebar } from '../sidebar';
import type { Page } from '@playwright/test';
import { editorReady, editorText, focusEditor, markedWords } from './editor-hook';
import { EDITOR_PAGES, editorPageUrl } from './pages';

const GREETING = 'Hello Anna,';
/** Condescension ("obviously"), jargon ("ETA", fixable) and a vague time ("asap"). */
const BODY = 'obviously the router works. The ETA is Friday, we will call you asap';
/** Two paragraphs, so offsets have to map across the editor's block structure. */
const DRAFT = `${GREETING}\n${BODY}`;
const FOLLOW_UP = 'at 10:00.';
/** DRAFT after the agent deleted "asap" and named a time. */
const EDITED = `${DRAFT.slice(0, -'asap'.length)}${FOLLOW_UP}`;
const FIXED = EDITED.replace('ETA', 'expected arrival time');

/** Longer than the longest undo grouping delay of the fixture editors (Quill's 1 s). */
const READING_PAUSE_MS = 1_200;

/** The overlay's marks for a rule (textareas cannot hold highlights, so an overlay draws them). */
const overlayMarks = (page: Page, ruleId: string) =>
  page.locator(`klartext-marks [data-klartext-mark][data-rule-id="${ruleId}"]`);

// Each test loads a full editor library and types into it; the shared 2-core machine needs time.
test.describe.configure({ timeout: 60_000 });

for (const editor of EDITOR_PAGES) {
  test(`${editor.label}: findings follow the draft, a fix goes through the editor, Ctrl+Z undoes it`, async ({
    page,
    server,
  }) => {
    await page.goto(editorPageUrl(server.origin, editor));
    await editorReady(page, editor.name);
    const kt = sidebar(page);

    await focusEditor(page);
    // Each line arrives as one text input (as from dictation or a text expander), the rest as keys.
    await page.keyboard.insertText(GREETING);
    await page.keyboard.press('Enter');
    await page.keyboard.insertText(BODY);
    await expect(kt.panel).toBeVisible();
    await expect(kt.finding('condescension')).toHaveCount(1);
    await expect(kt.finding('jargon')).toHaveCount(1);
    await expect(kt.finding('vague-time')).toHaveCount(1);
    await expect(kt.checklist('next-steps')).toHaveAttribute('data-state', 'hints');
    await expect.poll(() => editorText(page)).toBe(DRAFT);
    // The marks sit over the flagged words.
    if (editor.name === 'textarea') {
      for (const rule of ['condescension', 'jargon', 'vague-time']) {
        await expect(overlayMarks(page, rule)).not.toHaveCount(0);
      }
    } else {
      await expect
        .poll(() => markedWords(page))
        .toEqual(expect.arrayContaining(['obviously', 'ETA', 'asap']));
    }

    // The agent deletes "asap" and names a time: that hint goes, the others stay.
    for (let i = 0; i < 'asap'.length; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type(FOLLOW_UP);
    await expect(kt.finding('vague-time')).toHaveCount(0);
    await expect(kt.finding('condescension')).toHaveCount(1);
    await expect.poll(() => editorText(page)).toBe(EDITED);

    // The agent reads the hint before clicking. Editors merge edits that follow each other
    // within a moment into one undo step (Quill 1 s, ProseMirror and TipTap 0.5 s), so without
    // that pause Ctrl+Z would also take back the last keys typed, as it would for the agent.
    await page.waitForTimeout(READING_PAUSE_MS);
    // One click spells out "ETA"; the editor's own model has the fix.
    await kt.finding('jargon').locator('[data-klartext-action="apply-suggestion"]').click();
    await expect.poll(() => editorText(page)).toBe(FIXED);
    await expect(kt.finding('jargon')).toHaveCount(0);
    await expect(kt.finding('condescension')).toHaveCount(1);
    if (editor.name === 'textarea') await expect(overlayMarks(page, 'jargon')).toHaveCount(0);
    else await expect.poll(() => markedWords(page)).not.toContain('ETA');

    // The fix is one step on the editor's undo stack.
    await page.keyboard.press('Control+z');
    await expect.poll(() => editorText(page)).toBe(EDITED);
    await expect(kt.finding('jargon')).toHaveCount(1);
  });
}

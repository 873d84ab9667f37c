// One suite, every editor fixture page (tests/fixtures/editors): the sidebar attaches to the
// real editor library, findings follow what the agent types, a one-click fix goes through the
// editor's own input path (its API reads the fixed text back) and Ctrl+Z undoes it.
// The shared fixtures also fail a test on any uncaught page error and on any request that
// tries to leave the machine (TinyMCE, CKEditor 4 and Froala must not call home).
import { expect, test } from '../fixtures';
import { sidebar } from '../sidebar';
import { editorReady, editorText, focusEditor } from './editor-hook';
import { EDITOR_PAGES, editorPageUrl } from './pages';

/** Condescension ("obviously"), jargon ("ETA", fixable) and a vague time ("asap"). */
const DRAFT = 'Hello Anna, obviously the router works. The ETA is Friday, we will call you asap';
const FOLLOW_UP = 'at 10:00.';
/** DRAFT after the agent deleted "asap" and named a time. */
const EDITED = `${DRAFT.slice(0, -'asap'.length)}${FOLLOW_UP}`;
const FIXED = EDITED.replace('ETA', 'expected arrival time');

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
    // The draft arrives as one text input (as from a paste or a dictation), the edits as keys.
    await page.keyboard.insertText(DRAFT);
    await expect(kt.panel).toBeVisible();
    await expect(kt.finding('condescension')).toHaveCount(1);
    await expect(kt.finding('jargon')).toHaveCount(1);
    await expect(kt.finding('vague-time')).toHaveCount(1);
    await expect(kt.checklist('next-steps')).toHaveAttribute('data-state', 'hints');
    expect(await editorText(page)).toBe(DRAFT);

    // The agent deletes "asap" and names a time: that hint goes, the others stay.
    for (let i = 0; i < 'asap'.length; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type(FOLLOW_UP);
    await expect(kt.finding('vague-time')).toHaveCount(0);
    await expect(kt.finding('condescension')).toHaveCount(1);
    await expect.poll(() => editorText(page)).toBe(EDITED);

    // One click spells out "ETA"; the editor's own model has the fix.
    await kt.finding('jargon').locator('[data-klartext-action="apply-suggestion"]').click();
    await expect.poll(() => editorText(page)).toBe(FIXED);
    await expect(kt.finding('jargon')).toHaveCount(0);
    await expect(kt.finding('condescension')).toHaveCount(1);

    // The fix is one step on the editor's undo stack.
    await page.keyboard.press('Control+z');
    await expect.poll(() => editorText(page)).toBe(EDITED);
    await expect(kt.finding('jargon')).toHaveCount(1);
  });
}

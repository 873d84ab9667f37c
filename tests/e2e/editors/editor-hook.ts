// Reaches a fixture page's test hook (`window.fixtureEditor`, see
// tests/fixtures/editors/shared/hook.js) from Playwright: the editor's text read through the
// editor's own API, and focus through the editor's own method.
import type { Page } from '@playwright/test';

interface FixtureEditor {
  name: string;
  getText(): string;
  focus(): void;
}

declare global {
  interface Window {
    fixtureEditor?: FixtureEditor;
  }
}

/** Waits until the page's editor is initialised and exposes its hook. */
export async function editorReady(page: Page, name: string): Promise<void> {
  await page.waitForFunction((expected) => window.fixtureEditor?.name === expected, name);
}

/**
 * The draft as the editor's own API reports it, with paragraph breaks as one line break and
 * no-break spaces as spaces (editors differ there, the agent's words do not).
 */
export async function editorText(page: Page): Promise<string> {
  const text = await page.evaluate(() => window.fixtureEditor!.getText());
  return text
    .replace(/\u00a0/g, ' ')
    .replace(/\n+/g, '\n')
    .trim();
}

export async function focusEditor(page: Page): Promise<void> {
  await page.evaluate(() => window.fixtureEditor!.focus());
  // Some editors focus in their next animation frame (TipTap's focus command): keys typed
  // before it would go to the page, not the editor.
  await page.waitForFunction(
    () => document.activeElement !== null && document.activeElement !== document.body,
  );
}

/**
 * The words under Klartext's inline marks, read in the page's own world: the CSS Custom
 * Highlight registry of every frame (contenteditable editors, also in iframes) and the text
 * the overlay marks cover (textareas).
 */
export async function markedWords(page: Page): Promise<string[]> {
  const words: string[] = [];
  for (const frame of page.frames()) {
    const found = await frame
      .evaluate(() =>
        ['klartext-warning', 'klartext-hint'].flatMap((name) =>
          [...(CSS.highlights.get(name) ?? [])].map((range) => range.toString()),
        ),
      )
      .catch(() => [] as string[]);
    words.push(...found);
  }
  return words;
}

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

/** The draft as the editor's own API reports it. */
export function editorText(page: Page): Promise<string> {
  return page.evaluate(() => window.fixtureEditor!.getText());
}

export async function focusEditor(page: Page): Promise<void> {
  await page.evaluate(() => window.fixtureEditor!.focus());
}

// Where `npm run demo` writes its headless screenshot: a new temporary folder, so a run leaves
// the checkout clean, or, when asked (--update-readme), over the README's picture.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { REPO_ROOT } from '../support/chromium';

/** The README's picture. */
export const README_SCREENSHOT = resolve(REPO_ROOT, 'tests/demo/screenshot.png');

export function demoScreenshotPath(updateReadme: boolean): string {
  if (updateReadme) return README_SCREENSHOT;
  return join(mkdtempSync(join(tmpdir(), 'klartext-demo-')), 'screenshot.png');
}

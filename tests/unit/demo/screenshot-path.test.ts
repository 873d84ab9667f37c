// `npm run demo` leaves the checkout alone: its screenshot goes to a fresh temporary folder,
// and only --update-readme writes the README's picture.
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoScreenshotPath, README_SCREENSHOT } from '../../demo/screenshot-path';
import { REPO_ROOT } from '../../support/chromium';

const outside = (path: string) => relative(REPO_ROOT, path).startsWith('..');

describe('the demo screenshot', () => {
  it('goes to a new temporary folder outside the repository by default', () => {
    const first = demoScreenshotPath(false);
    const second = demoScreenshotPath(false);
    expect(outside(first)).toBe(true);
    expect(first.startsWith(resolve(tmpdir()))).toBe(true);
    expect(existsSync(dirname(first))).toBe(true);
    expect(dirname(second)).not.toBe(dirname(first));
  });

  it('replaces the README picture only when asked', () => {
    expect(demoScreenshotPath(true)).toBe(resolve(REPO_ROOT, 'tests/demo/screenshot.png'));
    expect(readFileSync(resolve(REPO_ROOT, 'README.md'), 'utf8')).toContain(
      `](${relative(REPO_ROOT, README_SCREENSHOT)})`,
    );
  });
});

// The first keystroke into an empty reply box of a freshly loaded page: the engine's first
// check on a page is its cold start (lazily built matcher, code the browser has not compiled
// yet). Measured twice per fresh page: pressing the key as soon as the sidebar is there, and
// after a second of idle time, in which the sidebar warms the engine up on the customer's
// message (session.ts). From keydown to the first frame that shows the checked reply's
// checklist (frame-resolved, like the marks in e2e.ts).
import type { BrowserContext } from '@playwright/test';
import { editorPageUrl, EDITOR_PAGES } from '../e2e/editors/pages';
import { summarize, type Summary } from './stats';

export interface FirstKey {
  runs: number;
  rightAway: Summary;
  afterIdle: Summary;
}

const IDLE_MS = 1_000;

async function firstKey(context: BrowserContext, origin: string, idleMs: number) {
  const page = await context.newPage();
  try {
    const textarea = EDITOR_PAGES.find((p) => p.name === 'textarea')!;
    await page.goto(editorPageUrl(origin, textarea));
    await page.waitForFunction(() => window.fixtureEditor?.name === 'textarea');
    await page.evaluate(() => window.fixtureEditor!.focus());
    await page.locator('klartext-sidebar [data-klartext-panel]').waitFor();
    if (idleMs > 0) await page.waitForTimeout(idleMs);
    await page.evaluate('globalThis.__name ??= (fn) => fn');
    await page.evaluate(() => {
      const probe = { at: 0, took: -1 };
      (window as unknown as { klartextFirst: typeof probe }).klartextFirst = probe;
      document.addEventListener(
        'keydown',
        () => {
          probe.at = performance.now();
          const shadow = document.querySelector('klartext-sidebar')!.shadowRoot!;
          const look = () => {
            if (shadow.querySelector('[data-klartext-category]')) {
              probe.took = performance.now() - probe.at;
            } else requestAnimationFrame(look);
          };
          requestAnimationFrame(look);
        },
        { capture: true, once: true },
      );
    });
    await page.keyboard.press('H');
    const handle = await page.waitForFunction(() => {
      const took = (window as unknown as { klartextFirst: { took: number } }).klartextFirst.took;
      return took >= 0 ? took : false;
    });
    return (await handle.jsonValue()) as number;
  } finally {
    await page.close();
  }
}

/** `runs` fresh pages for each way, interleaved so both see the same machine. */
export async function measureFirstKey(
  context: BrowserContext,
  origin: string,
  runs = 7,
): Promise<FirstKey> {
  const rightAway: number[] = [];
  const afterIdle: number[] = [];
  for (let i = 0; i < runs; i++) {
    rightAway.push(await firstKey(context, origin, 0));
    afterIdle.push(await firstKey(context, origin, IDLE_MS));
  }
  return { runs, rightAway: summarize(rightAway), afterIdle: summarize(afterIdle) };
}

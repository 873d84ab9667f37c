// The rule engine is not part of the content script that every page of a ticketing tool loads:
// a page gets it only once it has a reply box (utils/sidebar/engine-loader.ts), injected into the
// sidebar's isolated world, where the page's own scripts cannot reach it.
import type { CDPSession, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { sidebar } from './sidebar';

/** Evaluates an expression in the extension's isolated world of the page's top frame. */
async function inExtensionWorld(
  page: Page,
  cdp: CDPSession,
  extensionId: string,
  expression: string,
) {
  const contexts: { id: number; origin: string; auxData?: { type?: string; frameId?: string } }[] =
    [];
  const listener = (event: { context: (typeof contexts)[number] }) => contexts.push(event.context);
  cdp.on('Runtime.executionContextCreated', listener);
  await cdp.send('Runtime.enable');
  cdp.off('Runtime.executionContextCreated', listener);
  await cdp.send('Runtime.disable');
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const world = contexts.find(
    (c) =>
      c.origin === `chrome-extension://${extensionId}` &&
      c.auxData?.type === 'isolated' &&
      c.auxData.frameId === frameTree.frame.id,
  );
  if (!world) throw new Error(`no isolated world of the extension on ${page.url()}`);
  const { result } = await cdp.send('Runtime.evaluate', {
    expression,
    contextId: world.id,
    returnByValue: true,
  });
  return result.value as unknown;
}

test('a page without a reply box never loads the engine; the first reply box brings it, out of the page’s reach', async ({
  page,
  server,
  extensionId,
}) => {
  // A ticket list: no reply box until the page's own script opens one.
  await page.goto(`${server.origin}/demo/queue.html`);
  const cdp = await page.context().newCDPSession(page);
  // The content script is running (its world exists) and had time to look around.
  await expect
    .poll(() => inExtensionWorld(page, cdp, extensionId, 'typeof globalThis.__klartextEngine'))
    .toBe('undefined');
  await page.waitForTimeout(1_000);
  expect(await inExtensionWorld(page, cdp, extensionId, 'typeof globalThis.__klartextEngine')).toBe(
    'undefined',
  );

  await page.evaluate(() => (window as unknown as { openReply(): void }).openReply());
  await page.locator('#reply').pressSequentially('As already stated, the router ships today.');
  await expect(sidebar(page).finding('condescension')).toHaveCount(1);
  expect(
    await inExtensionWorld(page, cdp, extensionId, 'typeof globalThis.__klartextEngine?.check'),
  ).toBe('function');
  // The page's own world has no trace of it.
  expect(await page.evaluate(() => '__klartextEngine' in globalThis)).toBe(false);
});

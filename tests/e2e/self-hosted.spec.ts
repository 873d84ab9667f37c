// Self-hosted helpdesks in the options page. Playwright cannot click the browser's permission
// prompt, so these tests answer it in the page: an init script stands in for the user's
// "Allow" (or "Deny") by replacing permissions.request/remove before the page's scripts run.
// Everything after the answer is real: the sidebar script registration is read back from the
// browser (chrome.scripting.getRegisteredContentScripts in the service worker). Not covered
// here: the sidebar actually appearing on a self-hosted domain (the test browser cannot be
// granted a host permission without the prompt, and the fixture server is only on 127.0.0.1).
import type { BrowserContext, Page } from '@playwright/test';
import { extensionWorker } from '../support/chromium';
import { expect, test } from './fixtures';

interface Registered {
  id: string;
  matches?: string[];
  js?: string[];
}

async function registered(context: BrowserContext): Promise<Registered[]> {
  const worker = await extensionWorker(context);
  return worker.evaluate(async () => {
    const api = (
      globalThis as unknown as {
        chrome: { scripting: { getRegisteredContentScripts(): Promise<Registered[]> } };
      }
    ).chrome;
    return (await api.scripting.getRegisteredContentScripts()).map(({ id, matches, js }) => ({
      id,
      matches,
      js,
    }));
  });
}

/** Opens the options page with the permission prompt answered `allow`; records the calls. */
async function openOptions(page: Page, extensionId: string, allow: boolean): Promise<void> {
  await page.addInitScript((answer) => {
    const calls: unknown[] = [];
    (window as unknown as { ktPermissionCalls: unknown[] }).ktPermissionCalls = calls;
    const apis = [
      (globalThis as unknown as { chrome?: { permissions?: object } }).chrome,
      (globalThis as unknown as { browser?: { permissions?: object } }).browser,
    ];
    // Callers may pass a callback (webextension-polyfill does) or use the promise.
    const answerWith =
      (name: string, value: boolean) =>
      (request: unknown, callback?: (result: boolean) => void) => {
        calls.push([name, request]);
        if (typeof callback === 'function') {
          setTimeout(() => callback(value));
          return undefined;
        }
        return Promise.resolve(value);
      };
    for (const api of apis) {
      if (!api?.permissions) continue;
      for (const [name, value] of [
        ['request', answer],
        ['remove', true],
      ] as const) {
        Object.defineProperty(api.permissions, name, {
          value: answerWith(name, value),
          configurable: true,
          writable: true,
        });
      }
    }
  }, allow);
  await page.goto(`chrome-extension://${extensionId}/options.html`);
}

const card = (page: Page) => page.locator('[data-klartext-self-hosted]');

test('adding a self-hosted helpdesk registers the sidebar for it; removing undoes it', async ({
  context,
  page,
  extensionId,
}) => {
  // The options page renders every built-in rule (the packs card): slow on a busy machine.
  test.slow();
  await openOptions(page, extensionId, true);
  const input = card(page).getByRole('textbox');
  await input.fill('https://zammad.company.de/#ticket/zoom/42');
  await input.press('Enter');

  const site = card(page).locator('[data-klartext-self-hosted-site="zammad.company.de"]');
  await expect(site).toBeVisible();
  await expect(input).toHaveValue('');
  expect(await registered(context)).toEqual([
    {
      id: 'klartext-site-https-zammad.company.de',
      matches: ['https://zammad.company.de/*'],
      js: ['content-scripts/sidebar.js'],
    },
  ]);
  // The registered file is the built sidebar script.
  const status = await page.evaluate(
    async () => (await fetch('/content-scripts/sidebar.js', { method: 'HEAD' })).status,
  );
  expect(status).toBe(200);

  await site.getByRole('button', { name: 'Remove zammad.company.de' }).click();
  await expect(site).toHaveCount(0);
  await expect.poll(() => registered(context)).toEqual([]);
  expect(
    await page.evaluate(
      () => (window as unknown as { ktPermissionCalls: unknown[] }).ktPermissionCalls,
    ),
  ).toEqual([
    ['request', { origins: ['https://zammad.company.de/*'] }],
    ['remove', { origins: ['https://zammad.company.de/*'] }],
  ]);
});

test('wrong input gets a clear error, and a denied permission registers nothing', async ({
  context,
  page,
  extensionId,
}) => {
  test.slow();
  await openOptions(page, extensionId, false);
  const input = card(page).getByRole('textbox');
  const error = card(page).getByRole('alert');

  await input.fill('ftp://files.example.com');
  await input.press('Enter');
  await expect(error).toHaveText(
    'Only web addresses that start with https:// or http:// can be added.',
  );
  await expect(input).toHaveAttribute('aria-invalid', 'true');

  await input.fill('acme.zendesk.com');
  await input.press('Enter');
  await expect(error).toHaveText('Klartext already runs on this site.');

  await input.fill('helpdesk.example.com');
  await card(page).getByRole('button', { name: 'Add' }).click();
  await expect(error).toHaveText(
    'The browser did not allow access to this site, so Klartext cannot run there.',
  );
  await expect(card(page).locator('[data-klartext-self-hosted-site]')).toHaveCount(0);
  expect(await registered(context)).toEqual([]);
});

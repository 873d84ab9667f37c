// Control for the privacy test: the refusing proxy really sees traffic that tries to leave
// the machine, from a page and from the extension, so an empty record means something.
import { extensionWorker } from '../support/chromium';
import { expect, test } from './fixtures';

test.use({ proxyMustStayEmpty: false });

test('the refusing proxy records and refuses requests off the machine', async ({
  context,
  page,
  refusingProxy: proxy,
  demoUrl,
}) => {
  await page.goto(demoUrl());
  // The page tries plain HTTP and HTTPS (a CONNECT tunnel); the proxy refuses both.
  await page.evaluate(async () => {
    for (const url of ['http://example.com/', 'https://example.org/']) {
      await fetch(url, { mode: 'no-cors' }).catch(() => undefined);
    }
  });

  // The extension itself cannot even try: its content security policy (wxt.config.ts) lets
  // its pages and service worker connect to nothing but the extension.
  const worker = await extensionWorker(context);
  const refusedByPolicy = await worker.evaluate(() =>
    fetch('http://example.net/csp').then(
      () => false,
      () => true,
    ),
  );
  expect(refusedByPolicy).toBe(true);
  // What the policy does not govern, a tab the extension opens, goes through the same proxy.
  await worker.evaluate(async () => {
    type Tabs = { create(options: { url: string }): Promise<unknown> };
    const api = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
    await api.tabs.create({ url: 'http://example.net/probe' });
  });

  await expect
    .poll(() => [...proxy.attempts])
    .toEqual(
      expect.arrayContaining([
        'GET http://example.com/',
        'CONNECT example.org:443',
        'GET http://example.net/probe',
      ]),
    );
  expect(proxy.attempts.filter((a) => a.includes('/csp'))).toEqual([]);
  // Loopback (the fixture server) is never proxied.
  expect(proxy.attempts.filter((a) => a.includes('127.0.0.1') || a.includes('localhost'))).toEqual(
    [],
  );
});

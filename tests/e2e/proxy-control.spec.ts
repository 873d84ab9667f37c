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

  // The extension's service worker goes through the same proxy.
  const worker = await extensionWorker(context);
  await worker.evaluate(() => fetch('http://example.net/probe').catch(() => undefined));

  await expect
    .poll(() => [...proxy.attempts])
    .toEqual(
      expect.arrayContaining([
        'GET http://example.com/',
        'CONNECT example.org:443',
        'GET http://example.net/probe',
      ]),
    );
  // Loopback (the fixture server) is never proxied.
  expect(proxy.attempts.filter((a) => a.includes('127.0.0.1') || a.includes('localhost'))).toEqual(
    [],
  );
});

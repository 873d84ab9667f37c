// Control for the Firefox suite's privacy check: with Firefox's preferences as every test sets
// them (firefox.ts), a request off the machine does reach the refusing proxy, which records and
// refuses it. So the empty record every other Firefox test asserts means something.
import { expect, test } from './fixtures';

test.use({ proxyMustStayEmpty: false });

test('the refusing proxy records and refuses requests Firefox tries to send off the machine', async ({
  tab,
  refusingProxy: proxy,
  demoUrl,
}) => {
  await tab.goto(demoUrl());
  await tab.evaluate(async () => {
    for (const url of ['http://example.com/', 'https://example.org/']) {
      await fetch(url, { mode: 'no-cors' }).catch(() => undefined);
    }
  });
  await expect
    .poll(() => [...proxy.attempts])
    .toEqual(
      expect.arrayContaining([
        expect.stringContaining('http://example.com/'),
        expect.stringContaining('CONNECT example.org:443'),
      ]),
    );
});

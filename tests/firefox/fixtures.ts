// The Firefox suite's fixtures: Playwright's test runner, but the browser is Debian's Firefox
// ESR driven by puppeteer-core (firefox.ts). Every test gets a fresh profile with the built
// extension, the fixture server on 127.0.0.1 and a refusing proxy for all other traffic; at
// teardown it checks that nothing tried to leave the machine and no page threw.
import { test as base, expect } from '@playwright/test';
import type { Browser, Page } from 'puppeteer-core';
import { startRefusingProxy, type RefusingProxy } from '../support/refusing-proxy';
import { startFixtureServer, type FixtureServer } from '../support/server';
import { assertFirefoxReady, launchFirefox, type LaunchOptions } from './firefox';

interface TestFixtures {
  /** Set false only in the control test that proves the proxy records what it refuses. */
  proxyMustStayEmpty: boolean;
  /** More launch options for one file's tests (a policy, the German UI). */
  firefoxOptions: Omit<LaunchOptions, 'proxyUrl'>;
  refusingProxy: RefusingProxy;
  pageErrors: string[];
  firefox: Browser;
  /** A first tab, with its uncaught errors recorded (`page` is Playwright's own fixture). */
  tab: Page;
  /** Records a page's uncaught errors (tabs the test opens itself). */
  watch: (page: Page) => Page;
  demoUrl: (ticket?: { lang?: 'en' | 'de'; editor?: 'plain' | 'rich'; id?: string }) => string;
}

interface WorkerFixtures {
  server: FixtureServer;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  server: [
    async ({}, use) => {
      assertFirefoxReady();
      const server = await startFixtureServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],

  proxyMustStayEmpty: [true, { option: true }],
  firefoxOptions: [{}, { option: true }],

  refusingProxy: async ({ proxyMustStayEmpty }, use) => {
    const proxy = await startRefusingProxy();
    await use(proxy);
    await proxy.close();
    if (proxyMustStayEmpty) {
      expect(proxy.attempts, 'requests that tried to leave the machine').toEqual([]);
    }
  },

  pageErrors: async ({}, use) => {
    const errors: string[] = [];
    await use(errors);
    expect(errors, 'uncaught errors in pages').toEqual([]);
  },

  // The proxy is set up before and torn down after the browser, so requests sent while
  // Firefox shuts down are recorded too.
  firefox: async ({ refusingProxy, firefoxOptions }, use) => {
    const session = await launchFirefox({ ...firefoxOptions, proxyUrl: refusingProxy.url });
    await use(session.browser);
    await session.close();
  },

  watch: async ({ pageErrors }, use) => {
    await use((page) => {
      page.on('pageerror', (error) => {
        const message = error instanceof Error ? error.message : String(error);
        // puppeteer's own helper in the page losing its arguments to a navigation (BiDi), not
        // an error of the page or of Klartext.
        if (message.includes('__bidi_args')) return;
        pageErrors.push(`${page.url()}: ${message}`);
      });
      return page;
    });
  },

  tab: async ({ firefox, watch }, use) => {
    const [first] = await firefox.pages();
    await use(watch(first ?? (await firefox.newPage())));
  },

  demoUrl: async ({ server }, use) => {
    await use(({ lang = 'en', editor = 'plain', id } = {}) => {
      const query = new URLSearchParams({ lang, editor });
      if (id) query.set('ticket', id);
      return `${server.origin}/demo/?${query}`;
    });
  },
});

export { expect };

// Shared Playwright fixtures: every test gets a fresh Chromium profile with the built
// extension, the fixture server on 127.0.0.1, and a refusing proxy for all other traffic.
// At teardown every test checks that nothing tried to leave the machine and that no page
// threw an uncaught error.
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { assertExtensionBuilt, extensionWorker, launchWithExtension } from '../support/chromium';
import { startRefusingProxy, type RefusingProxy } from '../support/refusing-proxy';
import { startFixtureServer, type FixtureServer } from '../support/server';

export interface DemoTicket {
  lang?: 'en' | 'de';
  editor?: 'plain' | 'rich';
}

interface TestFixtures {
  /** Set false only in the control test that proves the proxy records what it refuses. */
  proxyMustStayEmpty: boolean;
  refusingProxy: RefusingProxy;
  context: BrowserContext;
  extensionId: string;
  page: Page;
  /** Uncaught errors of every page in the context, checked at teardown. */
  pageErrors: string[];
  /** URL of the demo ticket on the fixture server. */
  demoUrl: (ticket?: DemoTicket) => string;
}

interface WorkerFixtures {
  server: FixtureServer;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  server: [
    async ({}, use) => {
      assertExtensionBuilt();
      const server = await startFixtureServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],

  proxyMustStayEmpty: [true, { option: true }],

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

  // The proxy fixture is set up before and torn down after the context, so requests
  // sent while the browser closes are recorded too.
  context: async ({ refusingProxy: proxy, pageErrors }, use) => {
    const { context } = await launchWithExtension({ headless: true, proxyUrl: proxy.url });
    const watch = (page: Page) =>
      page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
    context.pages().forEach(watch);
    context.on('page', watch);
    await use(context);
    await context.close();
  },

  extensionId: async ({ context }, use) => {
    await use(new URL((await extensionWorker(context)).url()).host);
  },

  page: async ({ context }, use) => {
    await use(context.pages()[0] ?? (await context.newPage()));
  },

  demoUrl: async ({ server }, use) => {
    await use(({ lang = 'en', editor = 'plain' } = {}) => {
      return `${server.origin}/demo/?${new URLSearchParams({ lang, editor })}`;
    });
  },
});

export { expect };

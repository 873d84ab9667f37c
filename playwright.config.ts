// End-to-end tests with the built extension in real browsers: Debian's Chromium
// (tests/e2e, launched by tests/e2e/fixtures.ts: persistent context per test) and Debian's
// Firefox ESR (tests/firefox, driven by puppeteer-core over WebDriver BiDi from
// tests/firefox/fixtures.ts). Both fixtures add the refusing proxy and the fixture server;
// the browsers are not launched by the config's `use`.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testMatch: '**/*.spec.ts',
  projects: [
    { name: 'chromium', testDir: 'tests/e2e' },
    { name: 'firefox', testDir: 'tests/firefox' },
  ],
  // Bundles the editor fixture pages (tests/fixtures/editors) once, skipped when unchanged, and
  // starts Request Tracker for its suite when it does not run yet.
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  // Whole flows (launch, type, check, reload) on a 2-core CI machine; speed is measured in
  // npm run bench:e2e, not here.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});

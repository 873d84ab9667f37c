// End-to-end tests: Debian's Chromium with the built extension (.output/chrome-mv3).
// The browser is launched by the fixture in tests/e2e/fixtures.ts (persistent context per
// test, refusing proxy, fixture server), not by the config's `use`.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
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

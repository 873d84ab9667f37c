// Launches Debian's Chromium with the built extension, shared by `npm run demo` and the e2e tests.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';

export const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/**
 * The test build (npm run build:test): the production build does not run on 127.0.0.1, where
 * the demo and the fixture pages are served (entrypoints/sidebar.content/matches.ts).
 */
export const EXTENSION_DIR = resolve(
  REPO_ROOT,
  process.env.KLARTEXT_EXTENSION_DIR ?? '.output/test/chrome-mv3',
);
/** The production build (npm run build), for the tests that check what ships. */
export const PRODUCTION_EXTENSION_DIR = resolve(REPO_ROOT, '.output/chrome-mv3');
export const CHROMIUM_PATH = process.env.KLARTEXT_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Playwright's own --disable-features list (playwright-core 1.65, chromiumSwitches.ts).
 * A --disable-features we pass replaces Playwright's, so its entries are repeated here.
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/** Chromium's own background traffic that the usual switches leave on (seen through the proxy). */
const QUIET_DISABLED_FEATURES = ['AutofillServerCommunication'];

/** A port nothing listens on: Chromium's component and account fetches fail locally. */
const NOWHERE = 'http://127.0.0.1:9/';

export function chromiumArgs(options: { extensionDir: string; proxyUrl?: string }): string[] {
  const args = [
    `--disable-extensions-except=${options.extensionDir}`,
    `--load-extension=${options.extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--component-updater=url-source=${NOWHERE}`,
    `--gaia-url=${NOWHERE}`,
    // Chromium's push-messaging client (GCM) checks in with android.clients.google.com once a
    // browser has been up for a while with an extension window open; it is the browser's own.
    `--gcm-checkin-url=${NOWHERE}`,
    `--gcm-registration-url=${NOWHERE}`,
    `--gcm-mcs-endpoint=${NOWHERE}`,
    `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...QUIET_DISABLED_FEATURES].join(',')}`,
  ];
  // Loopback is never proxied, so the fixture server is reached directly and everything
  // else goes to the proxy.
  if (options.proxyUrl) args.push(`--proxy-server=${options.proxyUrl}`);
  return args;
}

export function assertExtensionBuilt(extensionDir: string = EXTENSION_DIR): void {
  if (!existsSync(resolve(extensionDir, 'manifest.json'))) {
    throw new Error(
      `The extension is not built: ${extensionDir}/manifest.json is missing.\n` +
        'Run `npm run build:test` first (`npm test` builds before it runs the e2e tests).',
    );
  }
}

export interface LaunchOptions {
  headless: boolean;
  proxyUrl?: string;
  extensionDir?: string;
  viewport?: { width: number; height: number } | null;
}

export interface LaunchedBrowser {
  context: BrowserContext;
  extensionId: string;
}

/** The extension's service worker in `context`, waited for if it has not started yet. */
export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  return (
    context.serviceWorkers().find((sw) => sw.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 10_000 }))
  );
}

/** A fresh persistent context (new temporary profile) with the extension loaded. */
export async function launchWithExtension(options: LaunchOptions): Promise<LaunchedBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  assertExtensionBuilt(extensionDir);
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install Debian's package: apt-get install -y chromium`,
    );
  }
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: options.headless,
    viewport: options.viewport === undefined ? { width: 1440, height: 900 } : options.viewport,
    args: chromiumArgs({ extensionDir, proxyUrl: options.proxyUrl }),
  });
  try {
    const extensionId = new URL((await extensionWorker(context)).url()).host;
    return { context, extensionId };
  } catch (error) {
    await context.close();
    throw new Error(`The extension did not start (no service worker): ${String(error)}`);
  }
}

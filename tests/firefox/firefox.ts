// Debian's Firefox ESR with the built extension, driven over WebDriver BiDi by puppeteer-core
// (Playwright cannot drive a stock Firefox). Every launch routes all traffic off the machine
// to a refusing proxy and switches Firefox's own background traffic off by preferences, so the
// proxy's record is Klartext's alone; each test asserts it stayed empty.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { REPO_ROOT } from '../support/chromium';

export const FIREFOX_PATH = process.env.KLARTEXT_FIREFOX ?? '/usr/bin/firefox-esr';
/** The Firefox test build (npm run build:test): it also runs on the fixture pages on 127.0.0.1. */
export const FIREFOX_EXTENSION_DIR = resolve(
  REPO_ROOT,
  process.env.KLARTEXT_FIREFOX_EXTENSION_DIR ?? '.output/test/firefox-mv3',
);
/** The add-on id (wxt.config.ts, browser_specific_settings). */
export const GECKO_ID = 'klartext@klartext.local';
/** Fixed by a preference, so extension pages have a known address. */
export const EXTENSION_UUID = '6f1c2a0e-4b7d-4c1e-9a55-0c1a7e5b2d31';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** A port nothing listens on: what Firefox would fetch from its services fails locally. */
const NOWHERE = 'http://127.0.0.1:9/';

/**
 * Preferences that send all traffic off the machine to the proxy and keep Firefox's own
 * services quiet (puppeteer adds Firefox's recommended automation preferences on top).
 */
export function firefoxPrefs(proxyUrl: string): Record<string, unknown> {
  const proxy = new URL(proxyUrl);
  const port = Number(proxy.port);
  return {
    // Everything goes through the proxy; loopback (the fixture server) does not.
    'network.proxy.type': 1,
    'network.proxy.http': proxy.hostname,
    'network.proxy.http_port': port,
    'network.proxy.ssl': proxy.hostname,
    'network.proxy.ssl_port': port,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': false,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.http.speculative-parallel-limit': 0,
    // Firefox's own services.
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'app.update.auto': false,
    'app.update.enabled': false,
    'app.update.disabledForTesting': true,
    'app.normandy.enabled': false,
    'app.normandy.api_url': '',
    'app.shield.optoutstudies.enabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.archive.enabled': false,
    'toolkit.telemetry.server': NOWHERE,
    'datareporting.healthreport.uploadEnabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.blockedURIs.enabled': false,
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'browser.safebrowsing.provider.google4.updateURL': '',
    'browser.safebrowsing.provider.google.updateURL': '',
    // Remote settings honour this only with MOZ_REMOTE_SETTINGS_DEVTOOLS=1 (see launchFirefox).
    'services.settings.server': `${NOWHERE}v1`,
    'extensions.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'extensions.blocklist.enabled': false,
    'browser.search.update': false,
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'browser.newtabpage.enabled': false,
    'browser.newtabpage.activity-stream.feeds.telemetry': false,
    'browser.newtabpage.activity-stream.telemetry': false,
    'browser.topsites.contile.enabled': false,
    'browser.ping-centre.telemetry': false,
    'browser.startup.page': 0,
    'browser.startup.homepage': 'about:blank',
    'media.gmp-manager.url': NOWHERE,
    'media.gmp-gmpopenh264.enabled': false,
    'media.gmp-widevinecdm.enabled': false,
    'geo.provider.network.url': '',
    'identity.fxaccounts.enabled': false,
    'dom.push.connection.enabled': false,
    'dom.push.serverURL': '',
    'security.OCSP.enabled': 0,
    'security.remote_settings.crlite_filters.enabled': false,
    'security.remote_settings.intermediates.enabled': false,
    'signon.management.page.breach-alerts.enabled': false,
    'privacy.query_stripping.enabled': false,
    // The extension's pages at a known address.
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
  };
}

export interface LaunchOptions {
  proxyUrl: string;
  extensionDir?: string;
  /** More preferences (e.g. the German UI, a policy directory). */
  prefs?: Record<string, unknown>;
  env?: Record<string, string>;
  /** Installs the build as a temporary add-on (default); false when a policy installs it. */
  install?: boolean;
}

export interface FirefoxSession {
  browser: Browser;
  close(): Promise<void>;
}

export function assertFirefoxReady(extensionDir = FIREFOX_EXTENSION_DIR): void {
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(
      `Firefox ESR is missing at ${FIREFOX_PATH}: apt-get install -y firefox-esr (.ci/run does).`,
    );
  }
  if (!existsSync(resolve(extensionDir, 'manifest.json'))) {
    throw new Error(
      `The Firefox test build is missing: ${extensionDir}/manifest.json.\n` +
        'Run `npm run build:test` first (`npm test` builds before it runs the e2e tests).',
    );
  }
}

/** A fresh profile with the extension installed as a temporary add-on, as a developer would. */
export async function launchFirefox(options: LaunchOptions): Promise<FirefoxSession> {
  const extensionDir = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
  assertFirefoxReady(extensionDir);
  const profile = mkdtempSync(join(tmpdir(), 'klartext-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir: profile,
    // Without it, BiDi refuses to script moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    env: {
      ...process.env,
      MOZ_REMOTE_SETTINGS_DEVTOOLS: '1',
      ...options.env,
    } as Record<string, string>,
    extraPrefsFirefox: { ...firefoxPrefs(options.proxyUrl), ...options.prefs },
    defaultViewport: { width: 1280, height: 800 },
  });
  try {
    if (options.install !== false) await browser.installExtension(extensionDir);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return {
    browser,
    async close() {
      await browser.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Opens one of Klartext's pages (journal.html, options.html, ...) in a new tab. Firefox never
 * reports an extension page as loaded over BiDi, so this waits for the document instead.
 */
export async function openExtensionPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  const url = `${EXTENSION_ORIGIN}/${path}`;
  void page.goto(url, { timeout: 60_000 }).catch(() => undefined);
  await waitForExtensionPage(page, url);
  return page;
}

/** Waits until `page` shows the extension page at `url` (or any, when absent), fully loaded. */
export async function waitForExtensionPage(page: Page, url?: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const ready = await page
      .evaluate(
        (expected) =>
          location.protocol === 'moz-extension:' &&
          (!expected || location.href === expected) &&
          document.readyState === 'complete',
        url ?? '',
      )
      .catch(() => false);
    if (ready) return;
    if (Date.now() > deadline) throw new Error(`extension page did not load: ${url ?? page.url()}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/**
 * The tab or window showing Klartext's page `path` (e.g. journal-quicklog.html), once it has
 * opened. Firefox reports an extension page opened by the extension as about:blank over BiDi,
 * so each page is asked for its own address.
 */
export async function waitForExtensionTab(browser: Browser, path: string): Promise<Page> {
  const url = `${EXTENSION_ORIGIN}/${path}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href === url) {
        await waitForExtensionPage(page, url);
        return page;
      }
    }
    if (Date.now() > deadline) throw new Error(`${path} did not open`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

// The benches' browsers go through the refusing proxy, as every e2e test does
// (tests/e2e/fixtures.ts): every request off the machine, Chromium's own background traffic
// included, is refused and recorded, and a bench that recorded any fails its run. Also the
// same Chromium without the extension, for baselines measured in the same run.
import { chromium, type BrowserContext } from '@playwright/test';
import { CHROMIUM_PATH, EXTENSION_DIR, chromiumArgs } from '../support/chromium';
import { startRefusingProxy, type RefusingProxy } from '../support/refusing-proxy';

export interface Offline<T> {
  value: T;
  /** What tried to leave the machine while the bench ran (should be nothing). */
  offMachine: string[];
}

/**
 * Runs `bench` with a refusing proxy for its browsers. The proxy is stopped only after `bench`
 * returned (its browsers closed), so requests sent while a browser closes are recorded too.
 */
export async function withRefusingProxy<T>(
  bench: (proxy: RefusingProxy) => Promise<T>,
): Promise<Offline<T>> {
  const proxy = await startRefusingProxy();
  try {
    const value = await bench(proxy);
    return { value, offMachine: [...proxy.attempts] };
  } finally {
    await proxy.close();
  }
}

/** Fails loudly when anything tried to leave the machine during a bench. */
export function offMachineFailure(what: string, offMachine: readonly string[]): string | undefined {
  if (offMachine.length === 0) return undefined;
  return `${what}: ${offMachine.length} request(s) tried to leave the machine (refused): ${offMachine.join(', ')}`;
}

/**
 * The same Chromium, flags and proxy as launchWithExtension, without the extension: what the
 * page costs on its own.
 */
export async function launchPlain(options: {
  headless: boolean;
  proxyUrl: string;
}): Promise<BrowserContext> {
  const args = chromiumArgs({ extensionDir: EXTENSION_DIR, proxyUrl: options.proxyUrl }).filter(
    (arg) =>
      !arg.startsWith('--load-extension=') && !arg.startsWith('--disable-extensions-except='),
  );
  return chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: options.headless,
    viewport: { width: 1440, height: 900 },
    args,
  });
}

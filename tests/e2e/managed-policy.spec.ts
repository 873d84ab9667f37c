// Managed deployment through real browser policy: the README's sample policy, written where
// Debian's Chromium reads machine policy, reaches the extension's storage.managed. The policy
// names one extension id, so the test loads a copy of the build from a directory of its own
// (an unpacked extension's id comes from its path) and no other test's browser sees it.
// Writing /etc/chromium/policies needs root, as CI has; the test says so if it cannot.
import { createHash } from 'node:crypto';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, launchWithExtension } from '../support/chromium';
import { expect, test } from './fixtures';
import { sidebar } from './sidebar';

const POLICY_DIR = '/etc/chromium/policies/managed';
const SAMPLE_PACK = 'rules/packs/examples/team-pack.json';

/** Chromium's id for an unpacked extension: sha256 of its absolute path, hex digits as a-p. */
function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

function writePolicy(file: string, policy: unknown): void {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(file, JSON.stringify(policy, null, 2));
  } catch (error) {
    throw new Error(
      `This test writes Chromium's machine policy to ${POLICY_DIR} and needs root for it ` +
        `(CI runs as root): ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

test('a pack installed by policy is listed as managed, cannot be removed, and checks the reply', async ({
  refusingProxy,
  pageErrors,
  demoUrl,
}) => {
  test.slow(); // a browser of its own beside the usual one
  const copy = realpathSync(mkdtempSync(join(tmpdir(), 'klartext-managed-')));
  const extensionDir = join(copy, 'chrome-mv3');
  cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
  const id = unpackedExtensionId(extensionDir);
  const policyFile = join(POLICY_DIR, `klartext-e2e-${id}.json`);
  // The README's sample: 3rdparty.extensions.<id> with the pack files' text.
  writePolicy(policyFile, {
    '3rdparty': {
      extensions: { [id]: { packs: [readFileSync(SAMPLE_PACK, 'utf8')] } },
    },
  });
  const { context, extensionId } = await launchWithExtension({
    headless: true,
    proxyUrl: refusingProxy.url,
    extensionDir,
  });
  try {
    context.on('page', (page) =>
      page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`)),
    );
    expect(extensionId, 'the id the policy was written for').toBe(id);

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const pack = options.locator('[data-klartext-pack="acme-support"]');
    await expect(pack).toHaveAttribute('data-managed', 'true', { timeout: 15_000 });
    await expect(pack).toContainText('Managed by your organisation');
    await expect(pack.locator('[data-klartext-action="remove-pack"]')).toHaveCount(0);
    await expect(pack.locator('[data-klartext-action="export-pack"]')).toBeVisible();

    // The pack's rule checks replies on a ticket like any installed pack.
    const ticket = await context.newPage();
    await ticket.goto(demoUrl({ lang: 'en', editor: 'plain' }));
    await ticket.locator('#reply').fill('No worries, we will look into it.');
    await expect(sidebar(ticket).finding('disliked-phrases')).toHaveCount(1);
  } finally {
    await context.close();
    rmSync(policyFile, { force: true });
    rmSync(copy, { recursive: true, force: true });
  }
});

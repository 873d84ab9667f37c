// Deployment in Firefox ESR through a real policies.json, as the README describes it: the
// policy installs the unsigned build from a local .xpi (ExtensionSettings, with the ESR
// preference for unsigned add-ons locked off) and hands it packs and settings (3rdparty, read
// through storage.managed). No temporary add-on: what runs is what the policy installed.
// Firefox reads machine policy from /etc/firefox/policies/policies.json; this test has the one
// Firefox it starts read the per-user file instead (toolkit.policies.perUserDir: the same file
// format, under /run/user/<uid>/firefox/), so no other browser on the machine sees it.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { tmpdir, userInfo } from 'node:os';
import { writeXpi } from '../support/xpi';
import { REPO_ROOT } from '../support/chromium';
import { expect, test } from './fixtures';
import { FIREFOX_EXTENSION_DIR, GECKO_ID, openExtensionPage } from './firefox';
import { click, expectCount, finding } from './sidebar';

const MACHINE_POLICY = '/etc/firefox/policies/policies.json';
const USER_POLICY = `/run/user/${userInfo().uid}/firefox/policies.json`;
const SAMPLE_PACK = resolve(REPO_ROOT, 'rules/packs/examples/team-pack.json');

test.use({ firefoxOptions: { prefs: { 'toolkit.policies.perUserDir': true }, install: false } });

const XPI_DIR = mkdtempSync(join(tmpdir(), 'klartext-xpi-'));
const XPI = join(XPI_DIR, 'klartext.xpi');

test.beforeAll(() => {
  // A machine policy file wins over the per-user one: this machine's own would be tested.
  if (existsSync(MACHINE_POLICY)) {
    throw new Error(`${MACHINE_POLICY} exists on this machine; the test needs it absent.`);
  }
  mkdirSync(dirname(USER_POLICY), { recursive: true });
  writeXpi(FIREFOX_EXTENSION_DIR, XPI);
  // The README's Firefox sample: installed from a local file, the pack as an object, and a
  // setting that wins.
  const policy = {
    policies: {
      Preferences: { 'xpinstall.signatures.required': { Value: false, Status: 'locked' } },
      ExtensionSettings: {
        [GECKO_ID]: { installation_mode: 'force_installed', install_url: `file://${XPI}` },
      },
      '3rdparty': {
        Extensions: {
          [GECKO_ID]: {
            packs: [JSON.parse(readFileSync(SAMPLE_PACK, 'utf8'))],
            settings: { uiLanguage: 'de' },
          },
        },
      },
    },
  };
  writeFileSync(USER_POLICY, JSON.stringify(policy, null, 2));
});

test.afterAll(() => {
  rmSync(USER_POLICY, { force: true });
  rmSync(XPI_DIR, { recursive: true, force: true });
});

test('installed by policies.json from a local file: its pack is managed, cannot be removed and checks the reply; the policy language wins', async ({
  firefox,
  tab,
  watch,
  demoUrl,
}) => {
  const options = watch(await openExtensionPage(firefox, 'options.html'));
  const pack = '[data-klartext-pack="acme-support"]';
  await expect
    .poll(() => options.$eval(pack, (n) => n.getAttribute('data-managed')).catch(() => null), {
      timeout: 15_000,
    })
    .toBe('true');
  // The policy's language: German, and the agent cannot change it back.
  expect(await options.$eval(pack, (n) => n.textContent)).toContain('Von Ihrer Organisation');
  expect(await options.$$(`${pack} [data-klartext-action="remove-pack"]`)).toHaveLength(0);

  await tab.goto(demoUrl({ lang: 'en', editor: 'plain' }));
  await click(tab, '#reply');
  await tab.keyboard.type('No worries, we will look into it.');
  await expectCount(tab, finding('disliked-phrases'), 1);
});

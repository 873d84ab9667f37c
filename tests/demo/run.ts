// `npm run demo`: builds the extension, serves the Ticketdesk demo ticket on 127.0.0.1 and
// opens it in Debian's Chromium with Klartext loaded.
// - With a display ($DISPLAY or $WAYLAND_DISPLAY): a normal window; the demo ends when you close it.
// - Without one: headless; types a reply with typical problems, waits for the sidebar's findings,
//   saves a screenshot in a temporary folder (printed) and exits 0 (1 if no findings appear).
//   The checkout stays clean: only --update-readme writes the README's picture,
//   tests/demo/screenshot.png.
// Options: --lang en|de   --editor plain|rich   --headless (even with a display)   --update-readme
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchWithExtension, REPO_ROOT } from '../support/chromium';
import { DE_PROBLEM_DRAFT, EN_PROBLEM_DRAFT } from '../support/drafts';
import { startRefusingProxy } from '../support/refusing-proxy';
import { startFixtureServer } from '../support/server';
import { demoScreenshotPath } from './screenshot-path';

const FINDINGS = 'klartext-sidebar [data-klartext-finding]';

const { values } = parseArgs({
  options: {
    lang: { type: 'string', default: 'en' },
    editor: { type: 'string', default: 'plain' },
    headless: { type: 'boolean', default: false },
    'update-readme': { type: 'boolean', default: false },
  },
});
const lang = values.lang === 'de' ? 'de' : 'en';
const editor = values.editor === 'rich' ? 'rich' : 'plain';
const headed = !values.headless && Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

function log(message: string): void {
  console.log(`[demo] ${message}`);
}

function build(): void {
  // The test build: it also runs on 127.0.0.1, where the demo ticket is served.
  log('Building the extension (npm run build:test) ...');
  const result = spawnSync('npm', ['run', '--silent', 'build:test'], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('`npm run build:test` failed; see its output above.');
}

async function main(): Promise<number> {
  build();
  const server = await startFixtureServer();
  // Nothing should leave the machine during the demo either; the proxy counts what tries.
  const proxy = await startRefusingProxy();
  const url = `${server.origin}/demo/?${new URLSearchParams({ lang, editor })}`;
  const { context } = await launchWithExtension({
    headless: !headed,
    proxyUrl: proxy.url,
    viewport: headed ? null : { width: 1440, height: 900 },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);

    if (headed) {
      log(`Chromium is open on ${url}`);
      log(
        'Type a reply in the box and watch the Klartext sidebar. Close the browser to end the demo.',
      );
      await new Promise<void>((done) => context.once('close', () => done()));
      return 0;
    }

    log(`Headless (no display): typing a draft into ${url}`);
    await page.locator('#reply').fill(lang === 'de' ? DE_PROBLEM_DRAFT : EN_PROBLEM_DRAFT);
    try {
      await page.locator(FINDINGS).first().waitFor({ state: 'visible', timeout: 15_000 });
    } catch {
      console.error(
        '[demo] FAILED: the Klartext sidebar showed no findings within 15 s.\n' +
          `       Expected elements matching "${FINDINGS}" (see the test-tool contract in README.md).\n` +
          '       Is the content script built and matching http://127.0.0.1/*?',
      );
      // Not over the committed README screenshot.
      const failed = join(tmpdir(), 'klartext-demo-failed.png');
      await page.screenshot({ path: failed });
      console.error(`[demo] Screenshot of the failed state: ${failed}`);
      return 1;
    }
    // Let the sidebar finish rendering (fonts, transitions) before the picture.
    await page.waitForTimeout(500);
    const ruleIds = await page
      .locator(FINDINGS)
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-rule-id')));
    log(`The sidebar shows ${ruleIds.length} finding(s): ${ruleIds.join(', ')}`);
    const screenshot = demoScreenshotPath(values['update-readme']);
    await page.screenshot({ path: screenshot });
    log(`Screenshot written to: ${screenshot}`);
    if (!values['update-readme']) {
      log('(The README keeps its picture; `npm run demo -- --update-readme` replaces it.)');
    }
    return 0;
  } finally {
    if (!headed) await context.close();
    await server.close();
    await proxy.close();
    if (proxy.attempts.length > 0) {
      log(`Note: ${proxy.attempts.length} request(s) tried to leave the machine and were refused:`);
      for (const attempt of proxy.attempts) log(`  ${attempt}`);
    } else {
      log('No request tried to leave the machine.');
    }
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[demo] FAILED: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);

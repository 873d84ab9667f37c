// npm run bench:browsers
// The rule engine's time per 3,000-character draft in a page of Debian's Firefox ESR beside the
// same in Chromium, measured in the same run: the built engine.js (what the sidebar runs) is
// loaded into a blank page on 127.0.0.1 and checks the same corpus drafts, timed inside the page
// with performance.now() over batches. Medians per language and the Firefox/Chromium ratio. Both browsers
// go through the refusing proxy; the run fails if anything tried to leave the machine.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { EXTENSION_DIR } from '../support/chromium';
import { startFixtureServer } from '../support/server';
import { FIREFOX_PATH, firefoxPrefs } from '../firefox/firefox';
import { launchPlain, offMachineFailure, withRefusingProxy } from './browsers';
import { benchDrafts } from './drafts';
import { ms, summarize } from './stats';

const BATCHES = 21;
const PER_BATCH = 10;
const WARM_UP = 10;

interface MeasureArgs {
  drafts: { draft: string; customer: string }[];
  batches: number;
  perBatch: number;
  warmUp: number;
}

/**
 * Runs in the page. Browsers coarsen performance.now() (Firefox to 1 ms, Chromium to 0.1 ms
 * without cross-origin isolation), too coarse for one check, so each sample is a batch of
 * `perBatch` rounds over the drafts, divided by the checks in it: milliseconds per check.
 */
function measure({ drafts, batches, perBatch, warmUp }: MeasureArgs): number[] {
  type Engine = { check(input: { draft: string; customer?: string }): unknown };
  const engine = (globalThis as unknown as { __klartextEngine: Engine }).__klartextEngine;
  for (let i = 0; i < warmUp; i += 1) for (const d of drafts) engine.check(d);
  const samples: number[] = [];
  for (let b = 0; b < batches; b += 1) {
    const t0 = performance.now();
    for (let i = 0; i < perBatch; i += 1) for (const d of drafts) engine.check(d);
    samples.push((performance.now() - t0) / (perBatch * drafts.length));
  }
  return samples;
}

async function main() {
  const site = mkdtempSync(join(tmpdir(), 'klartext-engine-page-'));
  copyFileSync(resolve(EXTENSION_DIR, 'engine.js'), join(site, 'engine.js'));
  writeFileSync(
    join(site, 'index.html'),
    '<!doctype html><meta charset="utf-8"><title>engine</title><script src="engine.js"></script>',
  );
  const server = await startFixtureServer(site);
  const url = `${server.origin}/index.html`;
  const drafts = benchDrafts(3).filter((d) => d.bucket === 3000);
  const args = (lang: 'de' | 'en'): MeasureArgs => ({
    drafts: drafts
      .filter((d) => d.lang === lang)
      .map(({ draft, customer }) => ({ draft, customer })),
    batches: BATCHES,
    perBatch: PER_BATCH,
    warmUp: WARM_UP,
  });

  try {
    const run = await withRefusingProxy(async (proxy) => {
      const results: Record<string, Record<'de' | 'en', number[]>> = {};
      const chromium = await launchPlain({ headless: true, proxyUrl: proxy.url });
      try {
        const page = chromium.pages()[0] ?? (await chromium.newPage());
        await page.goto(url);
        await page.waitForFunction(() => '__klartextEngine' in globalThis);
        results.Chromium = {
          de: await page.evaluate(measure, args('de')),
          en: await page.evaluate(measure, args('en')),
        };
      } finally {
        await chromium.close();
      }
      const firefox = await puppeteer.launch({
        browser: 'firefox',
        executablePath: FIREFOX_PATH,
        headless: true,
        env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' } as Record<string, string>,
        extraPrefsFirefox: firefoxPrefs(proxy.url),
      });
      try {
        const page = (await firefox.pages())[0] ?? (await firefox.newPage());
        await page.goto(url);
        await page.waitForFunction(() => '__klartextEngine' in globalThis);
        results['Firefox ESR'] = {
          de: await page.evaluate(measure, args('de')),
          en: await page.evaluate(measure, args('en')),
        };
      } finally {
        await firefox.close();
      }
      return results;
    });

    console.log(
      `Rule engine in a browser page, ms per 3,000-character draft (${drafts.length} corpus ` +
        `drafts; ${BATCHES} batches of ${PER_BATCH} rounds after ${WARM_UP} warm-up rounds; ` +
        `median / p95 over the batches)\n`,
    );
    console.log('| browser | de median | de p95 | en median | en p95 |');
    console.log('|---|---|---|---|---|');
    const medians: Record<string, Record<'de' | 'en', number>> = {};
    for (const [browser, samples] of Object.entries(run.value)) {
      const de = summarize(samples.de);
      const en = summarize(samples.en);
      medians[browser] = { de: de.median, en: en.median };
      console.log(
        `| ${browser} | ${ms(de.median)} | ${ms(de.p95)} | ${ms(en.median)} | ${ms(en.p95)} |`,
      );
    }
    const ff = medians['Firefox ESR']!;
    const cr = medians.Chromium!;
    console.log(
      `\nFirefox ESR / Chromium (medians): de ${(ff.de / cr.de).toFixed(2)}x, ` +
        `en ${(ff.en / cr.en).toFixed(2)}x`,
    );
    const failure = offMachineFailure('browser engine bench', run.offMachine);
    if (failure) {
      console.error(failure);
      process.exitCode = 1;
    }
  } finally {
    await server.close();
    rmSync(site, { recursive: true, force: true });
  }
}

await main();

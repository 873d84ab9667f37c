// The journal at scale, in Chromium with the built extension: 10,000 entries seeded into the
// extension's IndexedDB through one of its pages, then (a) opening journal.html?chart=90 until
// the entry list and the 90-day chart are drawn and (b) exporting everything as JSON. The same
// two measures on an empty journal, taken first in the same browser, are the baseline.
// `measureJournal()` returns the figures so `npm run bench` can include them.
import type { BrowserContext, Page } from '@playwright/test';
import { launchWithExtension } from '../support/chromium';
import { offMachineFailure, withRefusingProxy } from './browsers';
import { ms, summarize, type Summary } from './stats';
import type { Verdict } from './targets';

export const JOURNAL_TARGETS = { openMs: 300, exportMs: 1000 } as const;

export interface JournalMeasure {
  /** Milliseconds per run, in run order (after one unmeasured warm-up). */
  samples: number[];
  summary: Summary;
}

export interface JournalBench {
  entries: number;
  runs: number;
  /** Size of the JSON export of the seeded journal, in bytes. */
  exportBytes: number;
  /** open: list + 90-day chart drawn; loaded: every entry read (search, summary ready). */
  baseline: JournalPhases;
  /** When the seeded opening reached each stage (STAGE_LABELS), medians in ms. */
  stages: number[];
  seeded: JournalPhases;
  /**
   * Opening the seeded journal when its cached day figures cannot be used (invalidated before
   * each run, as a change of time zone would): the page then reads the 90 days of entries.
   */
  seededUncached: JournalMeasure;
  /** Requests the browser tried to send off the machine (refused); must stay empty. */
  offMachine: string[];
}

/**
 * open: the frame with the list and the chart; painted: the browser's first paint of it (runs
 * where something else was painted first are left out); rawRead: one IndexedDB getAll of every
 * entry, the floor under the export.
 */
export interface JournalPhases {
  open: JournalMeasure;
  painted: JournalMeasure;
  loaded: JournalMeasure;
  export: JournalMeasure;
  rawRead: JournalMeasure;
}

export interface JournalBenchOptions {
  entries?: number;
  runs?: number;
  headless?: boolean;
}

const DAY = 86_400_000;
const TAGS = ['escalation', 'angry customer', 'backlog', 'interruptions', 'complex case'];
const WORDS =
  'Kunde wartet seit Tagen auf Rückruf, the outage hit the queue again, zwei Eskalationen vor der Mittagspause, long call about a refund'.split(
    ' ',
  );

/** Plain entries as the journal stores them (no encryption), spread over the last year. */
function seedEntries(count: number, now: number): unknown[] {
  let state = 42;
  const random = () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state / 2 ** 32;
  };
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const createdAt = now - Math.floor((i / count) * 365 * DAY) - Math.floor(random() * DAY);
    const words = Array.from({ length: 5 + Math.floor(random() * 40) }, () => pick(WORDS));
    const rated = random() < 0.7;
    return {
      id: `bench-${i}`,
      createdAt,
      updatedAt: createdAt,
      mood: 1 + Math.floor(random() * 5),
      stress: Math.floor(random() * 101),
      timePressure: rated ? Math.floor(random() * 101) : null,
      mentalDemand: rated ? Math.floor(random() * 101) : null,
      frustration: rated ? Math.floor(random() * 101) : null,
      tags: random() < 0.6 ? [pick(TAGS)] : [],
      note: words.join(' '),
      ...(random() < 0.3 ? { ticketRef: `TD-${1000 + i}` } : {}),
    };
  });
}

/** Writes the entries and a year of counters straight into the open journal database. */
async function seed(page: Page, entries: unknown[], now: number): Promise<void> {
  const counters = Array.from({ length: 365 }, (_, i) => {
    const date = new Date(now - i * DAY);
    const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
    return { day, checks: 20 + (i % 40), hints: { tone: i % 7, clarity: i % 5 } };
  });
  await page.evaluate(
    async ({ entries, counters }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('klartext-journal');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(['entries', 'counters', 'meta'], 'readwrite');
        for (const entry of entries) tx.objectStore('entries').put(entry);
        for (const counter of counters) tx.objectStore('counters').put(counter);
        // Written past the journal's API: what day figures the empty journal cached no longer
        // hold (utils/journal/day-cache.ts), as the journal's own writes would have said.
        tx.objectStore('meta').delete('day-cache');
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { entries, counters },
  );
}

/**
 * Waits, inside the page, for the first frame whose DOM has the entries listed (or the
 * empty-list text) and the 90-day chart drawn: `drawn` is that frame's requestAnimationFrame
 * time from navigation start. `painted` is the browser's first-contentful-paint when that was
 * this content (the page draws nothing before it unless reading takes long; then NaN).
 * A plain string run through CDP, not Playwright's waitForFunction: that first injects
 * Playwright's own script (330 KB) into the opening page, whose evaluation held the page's main
 * thread for about 30 ms in the middle of the measured opening.
 */
const OPENED = `new Promise((resolve) => {
  const withEntries = %ENTRIES%;
  const ready = () => {
    const listed = withEntries
      ? document.querySelector('.kj-entry') !== null
      : document.querySelector('#kj-sec-entries .kj-empty') !== null;
    const chart = document.querySelector('.kj-chart-svg');
    const pressed = document.querySelector('.kj-segmented button[aria-pressed="true"]');
    return listed && chart !== null && pressed !== null && pressed.textContent.includes('90') &&
      (!withEntries || chart.querySelector('.kj-dot-stress circle') !== null);
  };
  const step = () => {
    if (!ready()) return void requestAnimationFrame(step);
    const drawn = performance.now();
    new PerformanceObserver((list, observer) => {
      const paint = list.getEntriesByName('first-contentful-paint')[0];
      if (!paint) return;
      observer.disconnect();
      resolve({ drawn, painted: paint.startTime >= drawn ? paint.startTime : NaN });
    }).observe({ type: 'paint', buffered: true });
  };
  requestAnimationFrame(step);
})`;

/**
 * Opens journal.html?chart=90 in a new tab and times it (OPENED) from navigation start, with
 * the times the page's own marks were reached.
 */
async function timeOpen(context: BrowserContext, url: string, expectEntries: boolean) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(url, { waitUntil: 'commit' });
  const evaluated = (await cdp.send('Runtime.evaluate', {
    expression: OPENED.replace('%ENTRIES%', String(expectEntries)),
    awaitPromise: true,
    returnByValue: true,
  })) as { result: { value?: { drawn: number; painted: number | null } } };
  await cdp.detach();
  const opened = evaluated.result.value;
  if (!opened) throw new Error(`The journal did not open: ${JSON.stringify(evaluated)}`);
  // No named inner functions here: tsx would wrap them in a helper the page does not have.
  const stages = await page.evaluate((names) => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return [
      nav.domInteractive,
      ...names.map((name) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? NaN),
    ];
  }, STAGE_MARKS);
  // NaN does not survive returnByValue (it arrives as null).
  return { page, elapsed: opened.drawn, painted: opened.painted ?? NaN, stages };
}

/** The journal page's own marks (entrypoints/journal/index.tsx); texts and database come in either order. */
const STAGE_MARKS = ['kj:start', 'kj:texts', 'kj:db-open', 'kj:data', 'kj:rendered'];
const STAGE_LABELS = [
  'HTML parsed',
  'scripts run',
  'texts ready',
  'database open',
  'first entries read',
  'rendered',
];

/** Time from navigation start until everything is read (search ready, buttons enabled). */
async function timeLoaded(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => {
      const button = document.querySelector<HTMLButtonElement>('#kj-sec-data .kj-actions button');
      return button && !button.disabled ? performance.now() : false;
    },
    undefined,
    { polling: 'raf', timeout: 120_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** The floor under any export: reading every stored entry with one IndexedDB getAll. */
async function timeRawRead(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('klartext-journal');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const t0 = performance.now();
    await new Promise((resolve, reject) => {
      const request = db.transaction('entries').objectStore('entries').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const elapsed = performance.now() - t0;
    db.close();
    return elapsed;
  });
}

/** Clicks "Export everything (JSON)" and times it until the file is handed to the browser. */
async function timeExport(page: Page): Promise<{ elapsed: number; bytes: number }> {
  return page.evaluate(
    () =>
      new Promise<{ elapsed: number; bytes: number }>((resolve) => {
        const createObjectURL = URL.createObjectURL.bind(URL);
        const click = HTMLAnchorElement.prototype.click;
        let bytes = 0;
        const t0 = performance.now();
        URL.createObjectURL = (blob: Blob | MediaSource) => {
          if (blob instanceof Blob) bytes = blob.size;
          return createObjectURL(blob);
        };
        HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
          if (!this.download) return click.call(this);
          const elapsed = performance.now() - t0;
          HTMLAnchorElement.prototype.click = click;
          URL.createObjectURL = createObjectURL;
          // The file is ready; not saving it keeps the runs free of disk writes.
          resolve({ elapsed, bytes });
        };
        const button = document.querySelector<HTMLButtonElement>('#kj-sec-data .kj-actions button');
        button!.click();
      }),
  );
}

/**
 * Makes the journal's cached day figures unusable (utils/journal/day-cache.ts), the way a write
 * the cache could not follow would: the next opening must read the entries.
 */
async function invalidateDayCache(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('klartext-journal');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('meta', 'readwrite');
      const meta = tx.objectStore('meta');
      const current = meta.get('revision');
      current.onsuccess = () =>
        meta.put((typeof current.result === 'number' ? current.result : 0) + 1, 'revision');
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
}

async function measureUncachedOpen(
  context: BrowserContext,
  helper: Page,
  url: string,
  runs: number,
): Promise<JournalMeasure> {
  const open: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    await invalidateDayCache(helper);
    const { page, elapsed } = await timeOpen(context, url, true);
    await timeLoaded(page);
    await page.close();
    open.push(elapsed);
  }
  return { samples: open, summary: summarize(open) };
}

async function measureBoth(
  context: BrowserContext,
  url: string,
  runs: number,
  expectEntries: boolean,
): Promise<{
  open: JournalMeasure;
  painted: JournalMeasure;
  loaded: JournalMeasure;
  export: JournalMeasure;
  rawRead: JournalMeasure;
  bytes: number;
  /** Per stage of the opening (STAGE_LABELS), the median time it was reached. */
  stages: number[];
}> {
  const stages: number[][] = STAGE_LABELS.map(() => []);
  const raw: number[] = [];
  const open: number[] = [];
  const painted: number[] = [];
  const loaded: number[] = [];
  const exported: number[] = [];
  let bytes = 0;
  for (let run = 0; run <= runs; run += 1) {
    const opened = await timeOpen(context, url, expectEntries);
    const { page, elapsed, stages: reached } = opened;
    const ready = await timeLoaded(page);
    const result = await timeExport(page);
    const rawRead = await timeRawRead(page);
    await page.close();
    if (run === 0) continue; // warm-up: first start of the page's code and the database
    reached.forEach((at, k) => stages[k]!.push(at));
    open.push(elapsed);
    if (Number.isFinite(opened.painted)) painted.push(opened.painted);
    loaded.push(ready);
    exported.push(result.elapsed);
    raw.push(rawRead);
    bytes = result.bytes;
  }
  return {
    open: { samples: open, summary: summarize(open) },
    painted: { samples: painted, summary: summarize(painted) },
    loaded: { samples: loaded, summary: summarize(loaded) },
    export: { samples: exported, summary: summarize(exported) },
    rawRead: { samples: raw, summary: summarize(raw) },
    bytes,
    stages: stages.map((times) => summarize(times).median),
  };
}

export async function measureJournal(options: JournalBenchOptions = {}): Promise<JournalBench> {
  const { value, offMachine } = await withRefusingProxy((proxy) =>
    measureJournalBehind(proxy.url, options),
  );
  return { ...value, offMachine };
}

/** The journal bench in a browser whose traffic off the machine goes to `proxyUrl`. */
async function measureJournalBehind(
  proxyUrl: string,
  options: JournalBenchOptions,
): Promise<Omit<JournalBench, 'offMachine'>> {
  const entries = options.entries ?? 10_000;
  const runs = Math.max(5, options.runs ?? 7);
  const { context, extensionId } = await launchWithExtension({
    headless: options.headless ?? true,
    proxyUrl,
  });
  try {
    const url = `chrome-extension://${extensionId}/journal.html?chart=90`;
    const baseline = await measureBoth(context, url, runs, false);
    const seeder = await context.newPage();
    await seeder.goto(url);
    await seeder.locator('#kj-sec-entries').waitFor();
    await seed(seeder, seedEntries(entries, Date.now()), Date.now());
    // The seed dropped the cached day figures: the warm-up opening of measureBoth reads the
    // entries and stores them, as any opening does.
    const seeded = await measureBoth(context, url, runs, true);
    const seededUncached = await measureUncachedOpen(context, seeder, url, runs);
    await seeder.close();
    return {
      entries,
      runs,
      exportBytes: seeded.bytes,
      stages: seeded.stages,
      baseline: {
        open: baseline.open,
        painted: baseline.painted,
        loaded: baseline.loaded,
        export: baseline.export,
        rawRead: baseline.rawRead,
      },
      seededUncached,
      seeded: {
        open: seeded.open,
        painted: seeded.painted,
        loaded: seeded.loaded,
        export: seeded.export,
        rawRead: seeded.rawRead,
      },
    };
  } finally {
    await context.close();
  }
}

export function journalTable(bench: JournalBench): string {
  const row = (label: string, base: JournalMeasure, seeded: JournalMeasure) => {
    const ratio = seeded.summary.median / base.summary.median;
    return [
      label.padEnd(38),
      ms(base.summary.median).padStart(9),
      ms(seeded.summary.median).padStart(9),
      ms(seeded.summary.p95).padStart(9),
      `${ratio.toFixed(1)}x`.padStart(8),
    ].join(' ');
  };
  const header = [
    `ms, median of ${bench.runs} runs`.padEnd(38),
    'empty'.padStart(9),
    `${bench.entries.toLocaleString('en-US')}`.padStart(9),
    'p95'.padStart(9),
    'ratio'.padStart(8),
  ].join(' ');
  return [
    header,
    row('open journal.html, list + 90-day chart', bench.baseline.open, bench.seeded.open),
    row(
      `  first paint of it (n=${bench.seeded.painted.summary.n})`,
      bench.baseline.painted,
      bench.seeded.painted,
    ),
    row('  same, day figures not cached', bench.baseline.open, bench.seededUncached),
    row('  then every entry read', bench.baseline.loaded, bench.seeded.loaded),
    row('export everything as JSON', bench.baseline.export, bench.seeded.export),
    row('  floor: one IndexedDB getAll', bench.baseline.rawRead, bench.seeded.rawRead),
    `  export size: ${(bench.exportBytes / 1_048_576).toFixed(1)} MB; ratio = seeded / empty journal, same browser`,
    '  "open": the frame (its requestAnimationFrame) that has them; "first paint": when the browser',
    '  painted that frame (first-contentful-paint), after style, layout, raster and compositing;',
    '  "open" draws the chart from the day figures the journal keeps current on every write;',
    '  "not cached": the same opening when they cannot be used (another time zone, say).',
    `  the opening with ${bench.entries.toLocaleString('en-US')} entries, medians from navigation start: ${STAGE_LABELS.map(
      (label, k) => `${label} ${ms(bench.stages[k] ?? NaN)}`,
    ).join(', ')}, drawn ${ms(bench.seeded.open.summary.median)}`,
    bench.offMachine.length === 0
      ? '  off the machine: nothing (the browser went through the refusing proxy)'
      : `  off the machine: ${bench.offMachine.length} request(s), refused: ${bench.offMachine.join(', ')}`,
  ].join('\n');
}

export function journalVerdicts(bench: JournalBench): Verdict[] {
  const open = bench.seeded.open.summary.median;
  const exported = bench.seeded.export.summary.median;
  const n = bench.entries.toLocaleString('en-US');
  return [
    {
      target: `journal: open + 90-day chart with ${n} entries <= ${JOURNAL_TARGETS.openMs} ms`,
      measured: `${ms(open)} ms`,
      met: open <= JOURNAL_TARGETS.openMs,
    },
    {
      target: `journal: export ${n} entries as JSON <= ${JOURNAL_TARGETS.exportMs} ms`,
      measured: `${ms(exported)} ms`,
      met: exported <= JOURNAL_TARGETS.exportMs,
    },
    {
      target: 'journal: nothing leaves the machine (browser behind the refusing proxy)',
      measured: bench.offMachine.length === 0 ? 'nothing recorded' : bench.offMachine.join(', '),
      met: bench.offMachine.length === 0,
    },
  ];
}

/** Why the run must fail although the bench only reports: something left the machine. */
export function journalFailure(bench: JournalBench): string | undefined {
  return offMachineFailure('bench:journal', bench.offMachine);
}

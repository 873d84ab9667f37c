// The journal page (public/journal.html, unlisted): the agent's private workload and stress
// journal. It lives in the extension's origin, so the ticketing tool can never read it. Open it
// with browser.tabs.create({ url: browser.runtime.getURL('/journal.html') }).
//
// Built as one self-contained script (journal.js) with its styles and both languages' texts in
// it, so that opening the page waits for one file only (see public/journal.html).
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { JournalApp } from '@/components/journal/JournalApp';
import journalCss from '@/components/journal/journal.css?inline';
import { bundledTranslator } from '@/utils/bundled-texts';
import { downloadText } from '@/utils/download';
import { resolveUiLang, type Translate } from '@/utils/i18n';
import { CHART_RANGES, Journal, requestPersistentStorage, type ChartRange } from '@/utils/journal';
import { JOURNAL_CHANNEL } from '@/utils/journal/channel';
import { createJournalPageModel, type JournalPageModel } from '@/utils/journal/page-model';
import { DEFAULT_SETTINGS, extensionStorage, loadSettings } from '@/utils/settings';
import { useStore } from '@/utils/use-store';

export default defineUnlistedScript(() => void start());

/** A journal slower to read than this says it is loading instead of showing nothing. */
const SHOW_LOADING_AFTER_MS = 150;

/** How long the rest of the journal waits for the first picture (a background tab paints none). */
const FIRST_PAINT_WAIT_MS = 1000;

/** Resolves when the browser has shown the page's first content, or after `timeoutMs`. */
function firstPaintShown(timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    let observer: PerformanceObserver | undefined;
    const done = () => {
      clearTimeout(timer);
      observer?.disconnect();
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    try {
      observer = new PerformanceObserver((list) => {
        if (list.getEntriesByName('first-contentful-paint').length > 0) done();
      });
      observer.observe({ type: 'paint', buffered: true });
    } catch {
      // No paint timing in this browser: the timeout stands in.
    }
  });
}

/** `?chart=7|30|90` opens the chart on that range. */
function chartRangeFromUrl(): ChartRange | undefined {
  const days = Number(new URLSearchParams(location.search).get('chart'));
  return (CHART_RANGES as readonly number[]).includes(days) ? (days as ChartRange) : undefined;
}

function Page({ t, lang, model }: { t: Translate; lang: string; model: JournalPageModel }) {
  const state = useStore(model.store);
  return (
    <JournalApp
      t={t}
      locale={lang}
      now={Date.now()}
      state={state}
      actions={model}
      chartRange={chartRangeFromUrl()}
    />
  );
}

async function start(): Promise<void> {
  // Marks for the journal benchmark's breakdown of an opening (tests/bench/journal.ts).
  performance.mark('kj:start');
  const style = document.createElement('style');
  style.textContent = journalCss;
  document.head.append(style);
  const root = document.getElementById('app')!;
  // Other journal pages and the quick log say when they change something.
  const channel = new BroadcastChannel(JOURNAL_CHANNEL);
  // The model exists only once the database is open; until then an upgrade has nothing to tell.
  let closedForUpgrade = (): void => undefined;
  let markRendered = (): void => undefined;
  const rendered = new Promise<void>((resolve) => (markRendered = resolve));
  // Opening the database and reading the entries does not wait for the settings and the page's
  // texts, nor they for it: a journal of thousands of entries opens sooner.
  const opened = Journal.open({
    onChange: () => channel.postMessage('changed'),
    onClosedForUpgrade: () => closedForUpgrade(),
  }).then(
    (journal) => {
      performance.mark('kj:db-open');
      const model = createJournalPageModel({
        journal,
        download: downloadText,
        requestPersistence: () => requestPersistentStorage(),
        now: Date.now,
        // Once the rendered page is on screen: reading thousands of entries right after the
        // frame's own work held up the raster threads, and so the picture, on a small machine.
        painted: () => rendered.then(() => firstPaintShown(FIRST_PAINT_WAIT_MS)),
      });
      closedForUpgrade = model.closedForUpgrade;
      const firstData = new Promise<void>((resolve) => {
        const stop = model.store.subscribe(() => {
          if (model.store.get().phase === 'loading') return;
          performance.mark('kj:data');
          stop();
          resolve();
        });
      });
      channel.onmessage = () => void model.refresh();
      void model.load();
      return { model, firstData };
    },
    (error: unknown) => ({ error }),
  );

  const settings = await loadSettings(extensionStorage(browser)).catch(() => DEFAULT_SETTINGS);
  const lang = resolveUiLang(settings.uiLanguage, browser.i18n.getUILanguage());
  const t = bundledTranslator(lang);
  performance.mark('kj:texts');
  document.documentElement.lang = lang;
  document.title = t('journalTitle');

  const journal = await opened;
  if ('error' in journal) {
    const { error } = journal;
    render(
      <p role="alert" class="kj-alert">
        {t('journalErrorStorage')} {error instanceof Error ? error.message : String(error)}
      </p>,
      root,
    );
    return;
  }
  // The first frame shows the entries, not an empty page laid out again a moment later: laying
  // this page out takes tens of ms on a slow machine, and the entries waited for the first.
  await Promise.race([
    journal.firstData,
    new Promise((resolve) => setTimeout(resolve, SHOW_LOADING_AFTER_MS)),
  ]);
  render(<Page t={t} lang={lang} model={journal.model} />, root);
  performance.mark('kj:rendered');
  markRendered();
}

// The journal page: write an entry, see the chart, the week and observations, browse the
// entries, and own the data. Receives the page state and the actions; renders nothing else.
import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import type { Translate } from '@/utils/i18n';
import {
  addDays,
  dailyStats,
  localDay,
  observe,
  startOfDay,
  tagsByUse,
  weekStart,
  weekSummary,
  withCounters,
  type ChartRange,
} from '@/utils/journal';
import type { JournalPageModel, JournalPageState } from '@/utils/journal/page-model';
import { DataPanel } from './DataPanel';
import { EntryForm } from './EntryForm';
import { EntryList } from './EntryList';
import { Messages } from './Messages';
import { Observations } from './Observations';
import { StressChart } from './StressChart';
import { UnlockForm } from './UnlockForm';
import { WeeklySummary } from './WeeklySummary';

export type JournalActions = Omit<
  JournalPageModel,
  'store' | 'load' | 'refresh' | 'closedForUpgrade'
>;

export interface JournalAppProps {
  t: Translate;
  locale: string;
  now: number;
  state: JournalPageState;
  actions: JournalActions;
  /** The chart's first range, e.g. from the page address. */
  chartRange?: ChartRange;
}

const SECTIONS = [
  ['kj-sec-new', 'journalNewTitle'],
  ['kj-sec-chart', 'journalChartHeading'],
  ['kj-sec-week', 'journalWeekHeading'],
  ['kj-sec-obs', 'journalObsHeading'],
  ['kj-sec-entries', 'journalEntriesHeading'],
  ['kj-sec-data', 'journalDataHeading'],
] as const;

export function JournalApp({ t, locale, now, state, actions, chartRange }: JournalAppProps) {
  const today = localDay(now);
  const { entries, counters } = state;
  const { cachedDays } = state;
  // Opening the page, only the newest entries are read yet: the chart takes every day's
  // figures from the journal's cache until all entries are there.
  const stats = useMemo(
    () => (cachedDays ? withCounters(cachedDays, counters) : dailyStats(entries, counters)),
    [cachedDays, entries, counters],
  );
  // The summary compares this week with the last: until the entries since then are read (a
  // busy journal opens with only its newest ones), it waits.
  const { entriesSince } = state;
  const summary = useMemo(
    () =>
      entriesSince === null || entriesSince <= startOfDay(addDays(weekStart(today), -7))
        ? weekSummary(entries, counters, today)
        : null,
    [entriesSince, entries, counters, today],
  );
  // Observations look at months of entries: none until every entry is read, rather than
  // some drawn from the first two weeks and then replaced.
  const observations = useMemo(
    () => (cachedDays ? [] : observe(entries, counters, today)),
    [cachedDays, entries, counters, today],
  );
  const tags = useMemo(() => tagsByUse(entries), [entries]);

  return (
    <div class="kj-page" aria-busy={state.busy}>
      <header class="kj-header">
        <h1>{t('journalTitle')}</h1>
        <p class="kj-hint">{t('journalPrivacy')}</p>
        {state.phase === 'ready' && (
          <nav aria-label={t('journalSections')}>
            <ul class="kj-nav">
              {SECTIONS.map(([id, key]) => (
                <li key={id}>
                  <a href={`#${id}`}>{t(key)}</a>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      <Messages
        t={t}
        lang={locale}
        error={state.error}
        notice={state.notice}
        onDismissError={state.phase === 'failed' ? undefined : actions.dismissError}
      />
      {state.phase === 'loading' && <p role="status">{t('journalLoading')}</p>}
      {state.phase === 'locked' && <UnlockForm t={t} busy={state.busy} onUnlock={actions.unlock} />}
      {state.phase === 'ready' && (
        <main>
          <section id="kj-sec-new" class="kj-card">
            <EntryForm t={t} knownTags={tags} busy={state.busy} now={now} onSave={actions.add} />
          </section>
          <Section id="kj-sec-chart" title={t('journalChartHeading')}>
            <StressChart
              t={t}
              locale={locale}
              stats={stats}
              today={today}
              initialRange={chartRange}
            />
          </Section>
          <Section id="kj-sec-week" title={t('journalWeekHeading')}>
            {summary ? (
              <WeeklySummary t={t} locale={locale} summary={summary} />
            ) : (
              <p class="kj-empty" role="status">
                {t('journalSummaryReading')}
              </p>
            )}
          </Section>
          <Section id="kj-sec-obs" title={t('journalObsHeading')}>
            <Observations t={t} locale={locale} observations={observations} />
          </Section>
          <Section id="kj-sec-entries" title={t('journalEntriesHeading')}>
            <EntryList
              t={t}
              locale={locale}
              entries={entries}
              tags={tags}
              busy={state.busy}
              now={now}
              onUpdate={actions.update}
              onDelete={(entry) => void actions.remove(entry.id)}
            />
          </Section>
          <Section id="kj-sec-data" title={t('journalDataHeading')}>
            <DataPanel
              t={t}
              locale={locale}
              settings={state.settings}
              encryption={state.encryption}
              persist={state.persist}
              entryCount={entries.length}
              importPlan={state.importPlan}
              busy={state.busy}
              onExportJson={() => void actions.export('json')}
              onExportCsv={() => void actions.export('csv')}
              onPickImport={(file) => void actions.previewImport(file)}
              onApplyImport={() => void actions.applyImport()}
              onCancelImport={actions.cancelImport}
              onDeleteEverything={() => void actions.deleteEverything()}
              onUpdateSettings={(patch) => void actions.updateSettings(patch)}
              onEnableEncryption={(passphrase) => void actions.enableEncryption(passphrase)}
              onDisableEncryption={() => void actions.disableEncryption()}
              onLock={actions.lock}
            />
          </Section>
        </main>
      )}
    </div>
  );
}

function Section({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ComponentChildren;
}) {
  return (
    <section id={id} class="kj-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

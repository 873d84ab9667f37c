// This week in figures, beside last week.
import type { MessageKey, Translate } from '@/utils/i18n';
import type { WeekFigures, WeekSummary as Summary } from '@/utils/journal';
import { moodLabel } from './controls';
import { formatDay, formatNumber } from './format';

export interface WeeklySummaryProps {
  t: Translate;
  locale: string;
  summary: Summary;
}

export function WeeklySummary({ t, locale, summary }: WeeklySummaryProps) {
  const n = (value: number | null) => formatNumber(locale, value);
  const rows: [MessageKey, (figures: WeekFigures) => string][] = [
    ['journalEntries', (f) => String(f.entries)],
    ['journalDaysLogged', (f) => String(f.daysLogged)],
    ['journalAvgMood', (f) => mood(f)],
    ['journalAvgStress', (f) => n(f.stress)],
    ['journalAvgWorkload', (f) => n(f.workload)],
    ['journalRepliesChecked', (f) => (f.checks === null ? t('journalNotCounted') : n(f.checks))],
  ];
  const mood = (figures: WeekFigures) =>
    figures.mood === null
      ? '–'
      : `${formatNumber(locale, figures.mood, 1)} (${moodLabel(t, Math.round(figures.mood))})`;
  return (
    <div class="kj-summary">
      <p>
        {t('journalWeekRange', formatDay(locale, summary.start), formatDay(locale, summary.end))}
      </p>
      <table>
        <thead>
          <tr>
            <td />
            <th scope="col">{t('journalThisWeek')}</th>
            <th scope="col">{t('journalLastWeek')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, show]) => (
            <tr key={label}>
              <th scope="row">{t(label)}</th>
              <td>{show(summary)}</td>
              <td>{show(summary.previous)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {summary.mostStressfulDay && (
        <p>
          {t(
            'journalMostStressfulDay',
            formatDay(locale, summary.mostStressfulDay.day, 'long'),
            n(summary.mostStressfulDay.stress),
          )}
        </p>
      )}
      {summary.topTags.length > 0 && (
        <p>
          {t(
            'journalTopTags',
            summary.topTags.map(({ tag, count }) => `${tag} (${count})`).join(', '),
          )}
        </p>
      )}
    </div>
  );
}

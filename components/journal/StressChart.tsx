// Stress and workload per day over 7, 30 or 90 days, drawn as plain SVG. Days without an
// entry leave a gap. The chart has a text summary for screen readers.
import { useState } from 'preact/hooks';
import type { Translate } from '@/utils/i18n';
import {
  CHART_RANGES,
  DEFAULT_GEOMETRY as G,
  chartModel,
  linePath,
  points,
  yOf,
  type ChartRange,
  type DayStats,
} from '@/utils/journal';
import { mean } from '@/utils/journal/analysis/daily';
import { formatDay, formatNumber } from './format';

export interface StressChartProps {
  t: Translate;
  locale: string;
  stats: ReadonlyMap<string, DayStats>;
  today: string;
  /** The range shown first (journal.html?chart=90 links straight to the 90-day view). */
  initialRange?: ChartRange;
}

const GRID = [0, 25, 50, 75, 100];

export function StressChart({ t, locale, stats, today, initialRange = 30 }: StressChartProps) {
  const [range, setRange] = useState<ChartRange>(initialRange);
  const model = chartModel(stats, today, range);
  const logged = model.stress.filter((value) => value !== null);
  const workloads = model.workload.filter((value) => value !== null);
  const labelDays = [0, Math.floor((range - 1) / 2), range - 1];
  const summary = t(
    'journalChartSummary',
    String(logged.length),
    String(range),
    formatNumber(locale, mean(logged)),
    formatNumber(locale, mean(workloads)),
  );

  return (
    <div class="kj-chart">
      <div class="kj-segmented" role="group" aria-label={t('journalChartRange')}>
        {CHART_RANGES.map((days) => (
          <button
            key={days}
            type="button"
            aria-pressed={range === days}
            onClick={() => setRange(days)}
          >
            {t('journalDays', String(days))}
          </button>
        ))}
      </div>
      <svg
        viewBox={`0 0 ${G.width} ${G.height}`}
        role="img"
        aria-labelledby="kj-chart-title kj-chart-desc"
        class="kj-chart-svg"
      >
        <title id="kj-chart-title">{t('journalChartTitle', String(range))}</title>
        <desc id="kj-chart-desc">{summary}</desc>
        {GRID.map((value) => (
          <g key={value} class="kj-grid">
            <line x1={G.left} x2={G.width - G.right} y1={yOf(value)} y2={yOf(value)} />
            <text x={G.left - 6} y={yOf(value) + 4} text-anchor="end">
              {value}
            </text>
          </g>
        ))}
        {labelDays.map((index) => (
          <text
            key={index}
            class="kj-axis"
            x={G.left + ((G.width - G.left - G.right) * index) / Math.max(1, range - 1)}
            y={G.height - 8}
            text-anchor={index === 0 ? 'start' : index === range - 1 ? 'end' : 'middle'}
          >
            {formatDay(locale, model.days[index] ?? today)}
          </text>
        ))}
        <path class="kj-line kj-line-workload" d={linePath(model.workload)} />
        <path class="kj-line kj-line-stress" d={linePath(model.stress)} />
        <Dots
          series="workload"
          label={t('journalWorkload')}
          values={model.workload}
          days={model.days}
          locale={locale}
        />
        <Dots
          series="stress"
          label={t('journalStress')}
          values={model.stress}
          days={model.days}
          locale={locale}
        />
      </svg>
      <ul class="kj-legend">
        <li>
          <span class="kj-swatch kj-swatch-stress" aria-hidden="true" />
          {t('journalStress')}
        </li>
        <li>
          <span class="kj-swatch kj-swatch-workload" aria-hidden="true" />
          {t('journalWorkloadLegend')}
        </li>
      </ul>
      <p class="kj-hint">{summary}</p>
    </div>
  );
}

interface DotsProps {
  series: 'stress' | 'workload';
  label: string;
  values: readonly (number | null)[];
  days: readonly string[];
  locale: string;
}

/** One dot per logged day, with the day and value as its tooltip. */
function Dots({ series, label, values, days, locale }: DotsProps) {
  return (
    <g class={`kj-dot kj-dot-${series}`}>
      {points(values).map((point) => (
        <circle key={point.index} cx={point.x} cy={point.y} r={series === 'stress' ? 3.5 : 3}>
          <title>
            {formatDay(locale, days[point.index] ?? '')}: {label}{' '}
            {formatNumber(locale, point.value)}
          </title>
        </circle>
      ))}
    </g>
  );
}

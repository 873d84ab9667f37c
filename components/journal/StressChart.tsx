// Stress and workload per day over 7, 30 or 90 days, drawn as plain SVG. Days without an
// entry leave a gap. The chart has a text summary for screen readers, and one readout line for
// the day under the pointer or chosen with the arrow keys (one line for every day, instead of a
// tooltip per dot: 180 tooltips were a sixth of what the journal page drew when it opened).
import { useState } from 'preact/hooks';
import type { Translate } from '@/utils/i18n';
import {
  CHART_RANGES,
  DEFAULT_GEOMETRY as G,
  chartModel,
  indexAt,
  linePath,
  points,
  xOf,
  yOf,
  type ChartModel,
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
  // The day the readout shows (index into the range's days), or none.
  const [picked, setPicked] = useState<number | null>(null);
  const model = chartModel(stats, today, range);
  const day = picked === null ? null : Math.min(picked, range - 1);
  const logged = model.entries.filter((count) => count > 0);
  const stresses = model.stress.filter((value) => value !== null);
  const workloads = model.workload.filter((value) => value !== null);
  const labelDays = [0, Math.floor((range - 1) / 2), range - 1];
  const summary = t(
    'journalChartSummary',
    String(logged.length),
    String(range),
    formatNumber(locale, mean(stresses)),
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
        tabindex={0}
        onPointerMove={(event) => {
          const box = event.currentTarget.getBoundingClientRect();
          if (box.width > 0) {
            setPicked(indexAt(((event.clientX - box.left) / box.width) * G.width, range));
          }
        }}
        onPointerLeave={() => setPicked(null)}
        onFocus={() => setPicked((current) => current ?? range - 1)}
        onBlur={() => setPicked(null)}
        onKeyDown={(event) => {
          const next = stepDay(event.key, day ?? range - 1, range);
          if (next === undefined) return;
          event.preventDefault();
          setPicked(next);
        }}
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
        {day !== null && (
          <line
            class="kj-chart-cursor"
            x1={xOf(day, range)}
            x2={xOf(day, range)}
            y1={G.top}
            y2={G.height - G.bottom}
          />
        )}
        <path class="kj-line kj-line-workload" d={linePath(model.workload)} />
        <path class="kj-line kj-line-stress" d={linePath(model.stress)} />
        <Dots series="workload" values={model.workload} />
        <Dots series="stress" values={model.stress} />
      </svg>
      <p class="kj-chart-readout" aria-live="polite">
        {day === null ? '' : readout(t, locale, model, day)}
      </p>
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
      <p class="kj-hint">
        {summary} {t('journalChartHowTo')}
      </p>
    </div>
  );
}

interface DotsProps {
  series: 'stress' | 'workload';
  values: readonly (number | null)[];
}

/** One dot per logged day. */
function Dots({ series, values }: DotsProps) {
  return (
    <g class={`kj-dot kj-dot-${series}`}>
      {points(values).map((point) => (
        <circle key={point.index} cx={point.x} cy={point.y} r={series === 'stress' ? 3.5 : 3} />
      ))}
    </g>
  );
}

function readout(t: Translate, locale: string, model: ChartModel, index: number): string {
  const day = formatDay(locale, model.days[index] ?? '', 'long');
  const stress = model.stress[index] ?? null;
  const workload = model.workload[index] ?? null;
  return (model.entries[index] ?? 0) === 0
    ? t('journalChartReadoutNone', day)
    : t('journalChartReadout', day, formatNumber(locale, stress), formatNumber(locale, workload));
}

/** The day a key moves the readout to, or undefined for keys the chart leaves alone. */
function stepDay(key: string, day: number, range: number): number | undefined {
  const within = (next: number) => Math.min(range - 1, Math.max(0, next));
  switch (key) {
    case 'ArrowLeft':
      return within(day - 1);
    case 'ArrowRight':
      return within(day + 1);
    case 'PageUp':
      return within(day - 7);
    case 'PageDown':
      return within(day + 7);
    case 'Home':
      return 0;
    case 'End':
      return range - 1;
    default:
      return undefined;
  }
}

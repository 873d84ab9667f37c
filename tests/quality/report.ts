// Turns metrics into the table rule authors read, or into JSON for scripts.
import { TARGETS, missedTargets, type CellMetrics, type Metrics } from './metrics';
import type { CorpusEntry } from './corpus';

const pct = (v: number | null): string => (v === null ? '   –' : v.toFixed(2));
const pad = (s: string | number, n: number): string => String(s).padEnd(n);
const padL = (s: string | number, n: number): string => String(s).padStart(n);

/** Draft and good-reply counts per language ("de") and per language/setting ("de/telecom"). */
function corpusCounts(entries: CorpusEntry[]): Array<[string, { all: number; good: number }]> {
  const byKey = new Map<string, { all: number; good: number }>();
  for (const e of entries) {
    for (const key of [e.lang, `${e.lang}/${e.setting}`]) {
      const c = byKey.get(key) ?? { all: 0, good: 0 };
      c.all++;
      if (e.good) c.good++;
      byKey.set(key, c);
    }
  }
  return [...byKey].sort(([a], [b]) => a.localeCompare(b));
}

export function corpusSummary(entries: CorpusEntry[]): string {
  const lines = ['Corpus'];
  for (const [key, c] of corpusCounts(entries)) {
    const share = ((100 * c.good) / c.all).toFixed(0);
    lines.push(`  ${pad(key, 20)} ${padL(c.all, 4)} drafts, ${padL(c.good, 3)} good (${share}%)`);
  }
  return lines.join('\n');
}

function cellRow(cell: CellMetrics): string {
  const missed = missedTargets(cell);
  const mark = (key: keyof typeof TARGETS, text: string) =>
    missed.includes(key) ? `${text}*` : `${text} `;
  const good =
    cell.goodFalseAlarmRate === null
      ? '   –'
      : `${(cell.goodFalseAlarmRate * 100).toFixed(1)}% (${cell.goodWithFalseAlarm}/${cell.goodReplies})`;
  return [
    pad(cell.lang, 4),
    pad(cell.category, 14),
    padL(cell.tp, 4),
    padL(cell.fn, 4),
    padL(cell.fp, 4),
    padL(mark('precision', pct(cell.precision)), 7),
    padL(mark('recall', pct(cell.recall)), 7),
    padL(pct(cell.f1), 6),
    '  ',
    pad(missed.includes('goodFalseAlarmRate') ? `${good}*` : good, 16),
    missed.length === 0 ? 'ok' : `MISS ${missed.join(', ')}`,
  ].join(' ');
}

export function metricsTable(metrics: Metrics): string {
  const header = [
    pad('lang', 4),
    pad('category', 14),
    padL('TP', 4),
    padL('FN', 4),
    padL('FP', 4),
    padL('prec', 7),
    padL('recall', 7),
    padL('F1', 6),
    '  ',
    pad('good w/ alarm', 16),
    'targets',
  ].join(' ');
  const missing = metrics.cells.filter((c) => missedTargets(c).length > 0).length;
  return [
    header,
    '-'.repeat(header.length + 4),
    ...metrics.cells.map(cellRow),
    '',
    `Targets: precision >= ${TARGETS.precision}, recall >= ${TARGETS.recall}, ` +
      `false alarms on good replies <= ${TARGETS.goodFalseAlarmRate * 100}% per category. ` +
      `* marks a miss.`,
    `${missing} of ${metrics.cells.length} category/language cells miss a target.`,
  ].join('\n');
}

export function missList(metrics: Metrics): string {
  if (metrics.misses.length === 0) return 'No false negatives or false positives.';
  const lines = ['Misses (kind, id, category, rules that fired, draft start)'];
  const sorted = [...metrics.misses].sort(
    (a, b) =>
      a.category.localeCompare(b.category) ||
      a.kind.localeCompare(b.kind) ||
      a.id.localeCompare(b.id),
  );
  for (const m of sorted) {
    const rules = m.ruleIds.length > 0 ? m.ruleIds.join(',') : '-';
    const start = m.draftStart.replace(/\s+/g, ' ');
    lines.push(`  ${m.kind} ${pad(m.id, 14)} ${pad(m.category, 14)} ${pad(rules, 28)} ${start}`);
  }
  return lines.join('\n');
}

export function metricsJson(entries: CorpusEntry[], metrics: Metrics): string {
  return JSON.stringify(
    {
      corpus: {
        total: entries.length,
        good: entries.filter((e) => e.good).length,
        counts: Object.fromEntries(corpusCounts(entries)),
      },
      targets: TARGETS,
      cells: metrics.cells.map((c) => ({ ...c, missed: missedTargets(c) })),
      misses: metrics.misses,
    },
    null,
    2,
  );
}

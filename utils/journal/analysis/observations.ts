// Plain observations from the agent's own numbers: patterns, never diagnoses or advice.
// An observation is only made when both sides have enough days or entries and the difference
// is large enough to notice (10 points on the 0-100 scale by default).
import { addDays, localDay, startOfDay } from '../days';
import type { DayCounter, JournalEntry } from '../types';
import { dailyStats, mean, stressOf, type DayStats } from './daily';

export type Observation =
  | {
      kind: 'replies';
      /** Stress on days with more than `threshold` replies checked, vs the other days. */
      threshold: number;
      direction: 'higher' | 'lower';
      withMore: number;
      withFewer: number;
    }
  | { kind: 'tag'; tag: string; direction: 'higher' | 'lower'; withTag: number; without: number }
  | { kind: 'weekday'; weekday: number; stress: number; others: number }
  | { kind: 'trend'; direction: 'higher' | 'lower'; recent: number; previous: number };

export interface ObservationOptions {
  /** Look at this many days up to today. */
  days?: number;
  minDays?: number;
  minEntries?: number;
  minDifference?: number;
}

const DEFAULTS: Required<ObservationOptions> = {
  days: 90,
  minDays: 3,
  minEntries: 3,
  minDifference: 10,
};

type Rated = DayStats & { stress: number };

function compare(a: number, b: number, minDifference: number): 'higher' | 'lower' | null {
  if (Math.abs(a - b) < minDifference) return null;
  return a > b ? 'higher' : 'lower';
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? sorted[middle]!
    : Math.round(((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2);
}

/** Splits days at a reply count: the median, rounded to a multiple of 5 so it reads well. */
function replies(days: Rated[], o: Required<ObservationOptions>): Observation[] {
  const counted = days.filter((day) => day.checks !== null);
  if (counted.length < o.minDays * 2) return [];
  const threshold = Math.round(median(counted.map((day) => day.checks ?? 0)) / 5) * 5;
  const more = counted.filter((day) => (day.checks ?? 0) > threshold).map((day) => day.stress);
  const fewer = counted.filter((day) => (day.checks ?? 0) <= threshold).map((day) => day.stress);
  if (more.length < o.minDays || fewer.length < o.minDays) return [];
  const withMore = mean(more) ?? 0;
  const withFewer = mean(fewer) ?? 0;
  const direction = compare(withMore, withFewer, o.minDifference);
  return direction ? [{ kind: 'replies', threshold, direction, withMore, withFewer }] : [];
}

function tags(entries: JournalEntry[], o: Required<ObservationOptions>): Observation[] {
  const names = new Set(entries.flatMap((entry) => entry.tags));
  const found: (Observation & { kind: 'tag' })[] = [];
  for (const tag of names) {
    const withTag = stressOf(entries.filter((entry) => entry.tags.includes(tag)));
    const without = stressOf(entries.filter((entry) => !entry.tags.includes(tag)));
    if (withTag.length < o.minEntries || without.length < o.minEntries) continue;
    const a = mean(withTag) ?? 0;
    const b = mean(without) ?? 0;
    const direction = compare(a, b, o.minDifference);
    if (direction) found.push({ kind: 'tag', tag, direction, withTag: a, without: b });
  }
  return found
    .sort((x, y) => Math.abs(y.withTag - y.without) - Math.abs(x.withTag - x.without))
    .slice(0, 3);
}

function weekday(days: Rated[], o: Required<ObservationOptions>): Observation[] {
  const indexOf = (day: string) => (new Date(startOfDay(day)).getDay() + 6) % 7;
  let best: (Observation & { kind: 'weekday' }) | null = null;
  for (let wd = 0; wd < 7; wd += 1) {
    const on = days.filter((day) => indexOf(day.day) === wd).map((day) => day.stress);
    const off = days.filter((day) => indexOf(day.day) !== wd).map((day) => day.stress);
    if (on.length < 2 || off.length < o.minDays) continue;
    const stress = mean(on) ?? 0;
    const others = mean(off) ?? 0;
    if (
      stress - others >= o.minDifference &&
      (!best || stress - others > best.stress - best.others)
    ) {
      best = { kind: 'weekday', weekday: wd, stress, others };
    }
  }
  return best ? [best] : [];
}

function trend(days: Rated[], today: string, o: Required<ObservationOptions>): Observation[] {
  const recentStart = addDays(today, -6);
  const previousStart = addDays(today, -13);
  const recent = days.filter((day) => day.day >= recentStart).map((day) => day.stress);
  const previous = days
    .filter((day) => day.day >= previousStart && day.day < recentStart)
    .map((day) => day.stress);
  if (recent.length < o.minDays || previous.length < o.minDays) return [];
  const a = mean(recent) ?? 0;
  const b = mean(previous) ?? 0;
  const direction = compare(a, b, o.minDifference);
  return direction ? [{ kind: 'trend', direction, recent: a, previous: b }] : [];
}

export function observe(
  entries: readonly JournalEntry[],
  counters: readonly DayCounter[],
  today: string,
  options: ObservationOptions = {},
): Observation[] {
  const o = { ...DEFAULTS, ...options };
  const first = addDays(today, -(o.days - 1));
  const stats = dailyStats(entries, counters);
  const days = [...stats.values()]
    .filter((day): day is Rated => day.stress !== null && day.day >= first && day.day <= today)
    .sort((a, b) => a.day.localeCompare(b.day));
  const recentEntries = entries.filter((entry) => {
    const day = localDay(entry.createdAt);
    return day >= first && day <= today;
  });
  return [
    ...replies(days, o),
    ...trend(days, today, o),
    ...weekday(days, o),
    ...tags(recentEntries, o),
  ];
}

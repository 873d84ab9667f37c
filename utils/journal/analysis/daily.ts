// Per-day figures the chart, the weekly summary and the observations share.
import { localDay } from '../days';
import { TLX_FIELDS, type DayCounter, type JournalEntry } from '../types';

export interface DayStats {
  day: string;
  entries: number;
  /** Means over the day's entries; null when nothing was rated. */
  stress: number | null;
  workload: number | null;
  mood: number | null;
  /** From the opt-in counters; null when nothing was counted that day. */
  checks: number | null;
  hints: number | null;
}

/**
 * An entry's workload: the mean of the subscales the agent rated (the raw, unweighted TLX
 * score over these three); null for a quick log that rated none.
 */
export function workloadOf(entry: JournalEntry): number | null {
  const rated = TLX_FIELDS.map((field) => entry[field]).filter((value) => value !== null);
  return rated.length === 0 ? null : rated.reduce((sum, value) => sum + value, 0) / rated.length;
}

/** The stress ratings among these entries (stress is optional). */
export function stressOf(entries: readonly JournalEntry[]): number[] {
  return entries.map((entry) => entry.stress).filter((value) => value !== null);
}

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

export function dailyStats(
  entries: readonly JournalEntry[],
  counters: readonly DayCounter[],
): Map<string, DayStats> {
  return withCounters(dayStatsOf(daySums(entries)), counters);
}

/**
 * One local day's sums over its entries. Sums rather than means, so that one entry can be
 * added or taken away (the journal's cached day figures follow every write this way).
 */
export interface DaySums {
  day: string;
  entries: number;
  /** Over the `stressRated` entries that rated stress (it is optional). */
  stress: number;
  stressRated: number;
  mood: number;
  /** Over the entries with a workload (a quick log may rate none). */
  workload: number;
  rated: number;
}

/** Adds (sign 1) or takes away (sign -1) one entry's figures; a day left empty goes. */
export function addToDays(byDay: Map<string, DaySums>, entry: JournalEntry, sign: 1 | -1): void {
  const day = localDay(entry.createdAt);
  const sums = byDay.get(day) ?? {
    day,
    entries: 0,
    stress: 0,
    stressRated: 0,
    mood: 0,
    workload: 0,
    rated: 0,
  };
  sums.entries += sign;
  if (entry.stress !== null) {
    sums.stress += sign * entry.stress;
    sums.stressRated += sign;
  }
  sums.mood += sign * entry.mood;
  const workload = workloadOf(entry);
  if (workload !== null) {
    sums.workload += sign * workload;
    sums.rated += sign;
  }
  if (sums.entries > 0) byDay.set(day, sums);
  else byDay.delete(day);
}

/** The sums of these entries, one per day with entries, in the order the days first occur. */
export function daySums(entries: readonly JournalEntry[]): DaySums[] {
  const byDay = new Map<string, DaySums>();
  for (const entry of entries) addToDays(byDay, entry, 1);
  return [...byDay.values()];
}

/** The entries' part of each day's figures (means; counters are added by withCounters). */
export function dayStatsOf(days: readonly DaySums[]): DayStats[] {
  return days.map((sums) => ({
    day: sums.day,
    entries: sums.entries,
    stress: sums.stressRated > 0 ? sums.stress / sums.stressRated : null,
    workload: sums.rated > 0 ? sums.workload / sums.rated : null,
    mood: sums.mood / sums.entries,
    checks: null,
    hints: null,
  }));
}

/** Each day's figures: the entries' part (dayStatsOf) with the counters' checks and hints. */
export function withCounters(
  days: readonly DayStats[],
  counters: readonly DayCounter[],
): Map<string, DayStats> {
  const stats = new Map<string, DayStats>(days.map((day) => [day.day, { ...day }]));
  for (const counter of counters) {
    const hints = Object.values(counter.hints).reduce((sum, count) => sum + (count ?? 0), 0);
    const existing = stats.get(counter.day);
    if (existing) {
      existing.checks = counter.checks;
      existing.hints = hints;
    } else {
      stats.set(counter.day, {
        day: counter.day,
        entries: 0,
        stress: null,
        workload: null,
        mood: null,
        checks: counter.checks,
        hints,
      });
    }
  }
  return stats;
}

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

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

export function dailyStats(
  entries: readonly JournalEntry[],
  counters: readonly DayCounter[],
): Map<string, DayStats> {
  return withCounters(entryDays(entries), counters);
}

/** The entries' part of each day's figures (no counters), one per day with entries. */
export function entryDays(entries: readonly JournalEntry[]): DayStats[] {
  const groups = new Map<string, JournalEntry[]>();
  for (const entry of entries) {
    const day = localDay(entry.createdAt);
    const group = groups.get(day);
    if (group) group.push(entry);
    else groups.set(day, [entry]);
  }
  const days: DayStats[] = [];
  for (const [day, group] of groups) {
    days.push({
      day,
      entries: group.length,
      stress: mean(group.map((entry) => entry.stress)),
      workload: mean(group.map(workloadOf).filter((value) => value !== null)),
      mood: mean(group.map((entry) => entry.mood)),
      checks: null,
      hints: null,
    });
  }
  return days;
}

/** Each day's figures: the entries' part (entryDays) with the counters' checks and hints. */
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

// The weekly summary: what this week looked like, beside the week before.
import { addDays, localDay, weekStart } from '../days';
import type { DayCounter, JournalEntry } from '../types';
import { mean, stressOf, workloadOf } from './daily';

export interface WeekFigures {
  entries: number;
  daysLogged: number;
  mood: number | null;
  stress: number | null;
  workload: number | null;
  /** Replies checked that week, when counting is on; null when none were counted. */
  checks: number | null;
}

export interface WeekSummary extends WeekFigures {
  start: string;
  end: string;
  mostStressfulDay: { day: string; stress: number } | null;
  topTags: { tag: string; count: number }[];
  previous: WeekFigures;
}

function figures(entries: readonly JournalEntry[], counters: readonly DayCounter[]): WeekFigures {
  const checks = counters.reduce((sum, counter) => sum + counter.checks, 0);
  return {
    entries: entries.length,
    daysLogged: new Set(entries.map((entry) => localDay(entry.createdAt))).size,
    mood: mean(entries.map((entry) => entry.mood)),
    stress: mean(stressOf(entries)),
    workload: mean(entries.map(workloadOf).filter((value) => value !== null)),
    checks: counters.length > 0 ? checks : null,
  };
}

function inWeek(start: string) {
  const end = addDays(start, 6);
  return {
    entry: (entry: JournalEntry) => {
      const day = localDay(entry.createdAt);
      return day >= start && day <= end;
    },
    counter: (counter: DayCounter) => counter.day >= start && counter.day <= end,
  };
}

export function weekSummary(
  entries: readonly JournalEntry[],
  counters: readonly DayCounter[],
  today: string,
): WeekSummary {
  const start = weekStart(today);
  const previousStart = addDays(start, -7);
  const current = inWeek(start);
  const before = inWeek(previousStart);
  const week = entries.filter(current.entry);
  const byDay = new Map<string, number[]>();
  for (const entry of week) {
    if (entry.stress === null) continue;
    const day = localDay(entry.createdAt);
    byDay.set(day, [...(byDay.get(day) ?? []), entry.stress]);
  }
  let mostStressfulDay: WeekSummary['mostStressfulDay'] = null;
  for (const [day, values] of byDay) {
    const stress = mean(values) ?? 0;
    if (!mostStressfulDay || stress > mostStressfulDay.stress) mostStressfulDay = { day, stress };
  }
  const tagCounts = new Map<string, number>();
  for (const tag of week.flatMap((entry) => entry.tags)) {
    tagCounts.set(tag, (tagCounts.get(tag) ?? 0) + 1);
  }
  const topTags = [...tagCounts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag))
    .slice(0, 3);
  return {
    start,
    end: addDays(start, 6),
    ...figures(week, counters.filter(current.counter)),
    mostStressfulDay,
    topTags,
    previous: figures(entries.filter(before.entry), counters.filter(before.counter)),
  };
}

// The stress and workload chart as numbers and SVG path data; the component only draws.
import { addDays } from '../days';
import type { DayStats } from './daily';

export const CHART_RANGES = [7, 30, 90] as const;
export type ChartRange = (typeof CHART_RANGES)[number];

export interface ChartModel {
  days: string[];
  /** Entries per day: a day can be logged without stress or workload (both are optional). */
  entries: number[];
  stress: (number | null)[];
  workload: (number | null)[];
  checks: (number | null)[];
}

export interface ChartGeometry {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const DEFAULT_GEOMETRY: ChartGeometry = {
  width: 640,
  height: 240,
  left: 36,
  right: 12,
  top: 12,
  bottom: 28,
};

/** The last `range` days up to `today`, with each day's mean stress and workload. */
export function chartModel(
  stats: ReadonlyMap<string, DayStats>,
  today: string,
  range: number,
): ChartModel {
  const days = Array.from({ length: range }, (_, i) => addDays(today, i - range + 1));
  return {
    days,
    entries: days.map((day) => stats.get(day)?.entries ?? 0),
    stress: days.map((day) => stats.get(day)?.stress ?? null),
    workload: days.map((day) => stats.get(day)?.workload ?? null),
    checks: days.map((day) => stats.get(day)?.checks ?? null),
  };
}

export function xOf(index: number, count: number, g: ChartGeometry = DEFAULT_GEOMETRY): number {
  const span = g.width - g.left - g.right;
  return count <= 1 ? g.left + span / 2 : g.left + (span * index) / (count - 1);
}

/** The day (index among `count`) nearest to x; the inverse of xOf, kept within the days. */
export function indexAt(x: number, count: number, g: ChartGeometry = DEFAULT_GEOMETRY): number {
  if (count <= 1) return 0;
  const span = g.width - g.left - g.right;
  const index = Math.round(((x - g.left) / span) * (count - 1));
  return Math.min(count - 1, Math.max(0, index));
}

/** y for a 0-100 value. */
export function yOf(value: number, g: ChartGeometry = DEFAULT_GEOMETRY): number {
  const span = g.height - g.top - g.bottom;
  return g.top + span * (1 - Math.min(100, Math.max(0, value)) / 100);
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Path data joining consecutive days that have a value. A day without one breaks the line
 * rather than drawing a slope nobody logged.
 */
export function linePath(
  values: readonly (number | null)[],
  g: ChartGeometry = DEFAULT_GEOMETRY,
): string {
  const parts: string[] = [];
  let drawing = false;
  values.forEach((value, index) => {
    if (value === null) {
      drawing = false;
      return;
    }
    parts.push(
      `${drawing ? 'L' : 'M'}${round(xOf(index, values.length, g))} ${round(yOf(value, g))}`,
    );
    drawing = true;
  });
  return parts.join(' ');
}

/** The points with a value, for dots and their tooltips. */
export function points(
  values: readonly (number | null)[],
  g: ChartGeometry = DEFAULT_GEOMETRY,
): { index: number; x: number; y: number; value: number }[] {
  return values.flatMap((value, index) =>
    value === null
      ? []
      : [{ index, x: round(xOf(index, values.length, g)), y: round(yOf(value, g)), value }],
  );
}

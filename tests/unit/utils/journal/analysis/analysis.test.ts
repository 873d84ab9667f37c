import { describe, expect, it } from 'vitest';
import {
  chartModel,
  dailyStats,
  filterEntries,
  indexAt,
  linePath,
  observe,
  tagsByUse,
  weekSummary,
  workloadOf,
  NO_FILTER,
  type DayCounter,
  type JournalEntry,
  xOf,
} from '../../../../../utils/journal';

let seq = 0;
function entry(
  day: string,
  stress: number | null,
  extra: Partial<JournalEntry> = {},
): JournalEntry {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const createdAt = new Date(y, m - 1, d, 11, seq % 60).getTime();
  seq += 1;
  return {
    id: `e${seq}`,
    createdAt,
    updatedAt: createdAt,
    mood: 3,
    stress,
    timePressure: null,
    mentalDemand: null,
    frustration: null,
    tags: [],
    note: '',
    ...extra,
  };
}

/** Days 2025-02-01 + i, for i in 0..n-1. */
function days(n: number, start = new Date(2025, 1, 1)): string[] {
  return Array.from({ length: n }, (_, i) => {
    const date = new Date(start.getFullYear(), start.getMonth(), start.getDate() + i);
    return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  });
}

describe('per-day figures', () => {
  it('workload is the mean of the rated subscales, null when none is rated', () => {
    expect(
      workloadOf(
        entry('2025-03-12', 50, { timePressure: 80, mentalDemand: 40, frustration: null }),
      ),
    ).toBe(60);
    expect(workloadOf(entry('2025-03-12', 50))).toBeNull();
  });

  it('averages entries per day and joins the counters', () => {
    const stats = dailyStats(
      [
        entry('2025-03-12', 40),
        entry('2025-03-12', 60, { timePressure: 90 }),
        entry('2025-03-13', 10),
      ],
      [
        { day: '2025-03-12', checks: 42, hints: { tone: 3, clarity: 2 } },
        { day: '2025-03-14', checks: 5, hints: {} },
      ],
    );
    expect(stats.get('2025-03-12')).toMatchObject({
      entries: 2,
      stress: 50,
      workload: 90,
      checks: 42,
      hints: 5,
    });
    expect(stats.get('2025-03-13')).toMatchObject({ stress: 10, workload: null, checks: null });
    expect(stats.get('2025-03-14')).toMatchObject({ entries: 0, stress: null, checks: 5 });
  });
});

describe('chart', () => {
  it('covers exactly the chosen range up to today', () => {
    const model = chartModel(dailyStats([entry('2025-03-12', 70)], []), '2025-03-12', 7);
    expect(model.days).toEqual([
      '2025-03-06',
      '2025-03-07',
      '2025-03-08',
      '2025-03-09',
      '2025-03-10',
      '2025-03-11',
      '2025-03-12',
    ]);
    expect(model.stress).toEqual([null, null, null, null, null, null, 70]);
    expect(chartModel(new Map(), '2025-03-31', 90).days).toHaveLength(90);
    expect(chartModel(new Map(), '2025-03-31', 30).days[0]).toBe('2025-03-02');
  });

  it('finds the day nearest to a point across the chart, never outside the range', () => {
    const g = { width: 110, height: 120, left: 10, right: 0, top: 10, bottom: 10 };
    // Five days at x = 10, 35, 60, 85, 110.
    expect([10, 22, 23, 60, 97, 98, 110].map((x) => indexAt(x, 5, g))).toEqual([
      0, 0, 1, 2, 3, 4, 4,
    ]);
    expect(indexAt(-50, 5, g)).toBe(0);
    expect(indexAt(500, 5, g)).toBe(4);
    for (let index = 0; index < 90; index += 1) expect(indexAt(xOf(index, 90), 90)).toBe(index);
    expect(indexAt(300, 1)).toBe(0);
  });

  it('breaks the line where a day has no value', () => {
    const g = { width: 110, height: 120, left: 10, right: 0, top: 10, bottom: 10 };
    expect(linePath([0, 100, null, 50, 50], g)).toBe('M10 110 L35 10 M85 60 L110 60');
    expect(linePath([null, null], g)).toBe('');
  });
});

describe('weekly summary', () => {
  it('sums up the week containing today beside the week before', () => {
    const entries = [
      entry('2025-03-10', 80, { tags: ['escalation', 'backlog'], mood: 2 }), // Monday
      entry('2025-03-10', 60, { tags: ['escalation'], mood: 2 }),
      entry('2025-03-12', 30, { mood: 4, timePressure: 50 }),
      entry('2025-03-05', 20), // week before
      entry('2025-03-17', 99), // next week
    ];
    const counters: DayCounter[] = [
      { day: '2025-03-10', checks: 30, hints: {} },
      { day: '2025-03-11', checks: 12, hints: {} },
      { day: '2025-03-03', checks: 7, hints: {} },
    ];
    const summary = weekSummary(entries, counters, '2025-03-12');
    expect(summary).toMatchObject({
      start: '2025-03-10',
      end: '2025-03-16',
      entries: 3,
      daysLogged: 2,
      stress: (80 + 60 + 30) / 3,
      workload: 50,
      checks: 42,
      mostStressfulDay: { day: '2025-03-10', stress: 70 },
      topTags: [
        { tag: 'escalation', count: 2 },
        { tag: 'backlog', count: 1 },
      ],
      previous: { entries: 1, stress: 20, checks: 7 },
    });
    expect(summary.mood).toBeCloseTo(8 / 3);
  });

  it('says "not counted" rather than zero when counters are off', () => {
    expect(weekSummary([entry('2025-03-12', 30)], [], '2025-03-12').checks).toBeNull();
  });
});

describe('entries without stress (not rated)', () => {
  it('leave the day’s stress to the entries that rated it, or unknown, never 0 or 50', () => {
    const stats = dailyStats(
      [
        entry('2025-03-12', 40),
        entry('2025-03-12', null),
        entry('2025-03-13', null, { timePressure: 60 }),
      ],
      [],
    );
    expect(stats.get('2025-03-12')).toMatchObject({ entries: 2, stress: 40 });
    expect(stats.get('2025-03-13')).toMatchObject({ entries: 1, stress: null, workload: 60 });
    expect(chartModel(stats, '2025-03-13', 7).stress.slice(-2)).toEqual([40, null]);
  });

  it('are counted in the week but left out of its stress figures', () => {
    const summary = weekSummary(
      [entry('2025-03-10', null), entry('2025-03-11', 20), entry('2025-03-12', null)],
      [],
      '2025-03-12',
    );
    expect(summary).toMatchObject({
      entries: 3,
      daysLogged: 3,
      stress: 20,
      mostStressfulDay: { day: '2025-03-11', stress: 20 },
    });
    expect(weekSummary([entry('2025-03-12', null)], [], '2025-03-12')).toMatchObject({
      stress: null,
      mostStressfulDay: null,
    });
  });

  it('do not count as stress in the observations', () => {
    const all = days(8);
    const entries = all.flatMap((day) => [
      entry(day, null, { tags: ['escalation'] }),
      entry(day, 30),
    ]);
    expect(observe(entries, [], all[7]!).filter((o) => o.kind === 'tag')).toEqual([]);
  });
});

describe('observations', () => {
  it('notices higher stress on days with more replies', () => {
    const all = days(10);
    const entries = all.map((day, i) => entry(day, i % 2 === 0 ? 75 : 35));
    const counters = all.map((day, i) => ({ day, checks: i % 2 === 0 ? 55 : 20, hints: {} }));
    const found = observe(entries, counters, all[9]!);
    expect(found).toContainEqual({
      kind: 'replies',
      threshold: 40,
      direction: 'higher',
      withMore: 75,
      withFewer: 35,
    });
  });

  it('notices tags that come with more stress', () => {
    const all = days(8);
    const entries = all.map((day, i) =>
      entry(day, i < 3 ? 85 : 40, { tags: i < 3 ? ['angry customer'] : ['backlog'] }),
    );
    const found = observe(entries, [], all[7]!);
    expect(found).toContainEqual({
      kind: 'tag',
      tag: 'angry customer',
      direction: 'higher',
      withTag: 85,
      without: 40,
    });
    expect(found).toContainEqual({
      kind: 'tag',
      tag: 'backlog',
      direction: 'lower',
      withTag: 40,
      without: 85,
    });
  });

  it('notices a weekday and a trend', () => {
    const all = days(14, new Date(2025, 2, 3)); // Monday 2025-03-03 to Sunday 2025-03-16
    const entries = all.map((day, i) => entry(day, i % 7 === 0 ? 90 : i >= 7 ? 60 : 30));
    const found = observe(entries, [], all[13]!);
    expect(found).toContainEqual(
      expect.objectContaining({ kind: 'weekday', weekday: 0, stress: 90 }),
    );
    expect(found).toContainEqual(expect.objectContaining({ kind: 'trend', direction: 'higher' }));
  });

  it('says nothing from too little data or small differences', () => {
    const all = days(10);
    expect(
      observe(
        all.slice(0, 2).map((day) => entry(day, 90)),
        [],
        all[9]!,
      ),
    ).toEqual([]);
    const flat = all.map((day, i) => entry(day, 50 + (i % 2) * 5, { tags: i < 4 ? ['x'] : [] }));
    const counters = all.map((day, i) => ({ day, checks: i % 2 === 0 ? 55 : 20, hints: {} }));
    expect(observe(flat, counters, all[9]!)).toEqual([]);
  });
});

describe('list filter', () => {
  const list = [
    entry('2025-03-10', 50, { note: 'Kunde war <b>laut</b>', tags: ['Escalation'] }),
    entry('2025-03-11', 50, { note: 'ruhiger Tag', ticketRef: 'TD-77' }),
    entry('2025-03-12', 50, { note: 'Backlog wächst', tags: ['backlog', 'escalation'] }),
  ];

  it('searches note, tags and ticket reference, newest first', () => {
    expect(filterEntries(list, NO_FILTER).map((e) => e.note)).toEqual([
      'Backlog wächst',
      'ruhiger Tag',
      'Kunde war <b>laut</b>',
    ]);
    expect(filterEntries(list, { ...NO_FILTER, text: 'td-77' })).toHaveLength(1);
    expect(filterEntries(list, { ...NO_FILTER, text: 'backlog wächst' })).toHaveLength(1);
  });

  it('filters by tag (any case) and by an inclusive date range', () => {
    expect(filterEntries(list, { ...NO_FILTER, tag: 'escalation' })).toHaveLength(2);
    expect(
      filterEntries(list, { ...NO_FILTER, from: '2025-03-11', to: '2025-03-11' }).map(
        (e) => e.note,
      ),
    ).toEqual(['ruhiger Tag']);
    expect(tagsByUse(list)).toEqual(['backlog', 'escalation', 'Escalation']);
  });
});

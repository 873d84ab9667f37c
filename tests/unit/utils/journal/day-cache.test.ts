// The day figures the journal page draws its chart from while it opens: stored after a full
// read, used only while no entry was written since (in any tab) and in the same time zone, and
// equal to what all entries give.
import { describe, expect, it } from 'vitest';
import { fixedClock, openJournal, sampleInput, uniqueName } from '../../../support/journal';
import {
  Journal,
  dailyStats,
  localDay,
  startOfDay,
  withCounters,
  type DayStats,
} from '../../../../utils/journal';
import { newestDays, readOpening } from '../../../../utils/journal/day-cache';
import { openJournalDb } from '../../../../utils/journal/db';
import { createJournalPageModel, ENTRIES_PER_PAGE } from '../../../../utils/journal/page-model';

const DAY = 86_400_000;
const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

async function journalOverMonths(clock = fixedClock()) {
  const name = uniqueName();
  const journal = await Journal.open({ name, now: clock.now });
  for (const daysAgo of [200, 120, 60, 30, 10, 3, 0]) {
    await journal.add(
      sampleInput({
        createdAt: clock.now() - daysAgo * DAY,
        stress: daysAgo % 100,
        note: `d${daysAgo}`,
      }),
    );
  }
  return { journal, name, clock };
}

/** The page's first state: what it draws before every entry is read. */
async function firstState(journal: Journal, clock: { now(): number }) {
  let first: ReturnType<ReturnType<typeof createJournalPageModel>['store']['get']> | undefined;
  const model = createJournalPageModel({
    journal,
    download: () => undefined,
    requestPersistence: async () => 'granted',
    now: clock.now,
    painted: async () => {
      first ??= model.store.get();
    },
  });
  await model.load();
  return { first: first!, last: model.store.get() };
}

/** The cached day figures as the page would read them now (null if not current). */
async function cached(name: string) {
  const db = await openJournalDb({ name });
  const { days } = await readOpening(db, { cached: 0, uncached: 0, enough: 0 }, ZONE);
  db.close();
  return days;
}

/** What every entry gives, in the cache's shape (figures rounded: sums are added in any order). */
function rounded(days: readonly DayStats[] | null) {
  return days
    ?.map((d) => ({ ...d, workload: d.workload === null ? null : Math.round(d.workload * 1e6) }))
    .sort((a, b) => (a.day < b.day ? -1 : 1));
}

describe('cached day figures', () => {
  it('a second opening draws the chart from the cache, with the same figures as all entries', async () => {
    const { journal, clock } = await journalOverMonths();
    const before = await firstState(journal, clock);
    // No cache yet: the first opening reads the 90 days.
    expect(before.first.cachedDays).toBeNull();
    expect(before.first.entries.map((e) => e.note)).toEqual(['d60', 'd30', 'd10', 'd3', 'd0']);

    const again = await firstState(journal, clock);
    expect(again.first.entries.map((e) => e.note)).toEqual(['d10', 'd3', 'd0']);
    const { cachedDays, counters } = again.first;
    expect(cachedDays).not.toBeNull();
    const all = again.last.entries;
    expect(all).toHaveLength(7);
    expect(withCounters(cachedDays!, counters)).toEqual(dailyStats(all, counters));
    expect(again.last.cachedDays).toBeNull();
    journal.close();
  });

  it('follows every write, here or in another tab, and always equals what all entries give', async () => {
    const { journal, name, clock } = await journalOverMonths();
    const other = await Journal.open({ name, now: clock.now });
    await journal.listAndCache();

    const writes: [string, () => Promise<unknown>][] = [
      ['add in another tab', () => other.add(sampleInput({ note: 'other tab', stress: 7 }))],
      [
        'update (stress, workload and day)',
        async () => {
          const [entry] = await journal.list();
          return journal.update(
            entry!.id,
            { stress: 99, timePressure: null, createdAt: clock.now() - 2 * DAY },
            entry!.updatedAt,
          );
        },
      ],
      ['remove', async () => journal.remove((await journal.list())[1]!.id)],
      [
        'retention',
        () => journal.updateSettings({ retentionDays: 90 }).then(() => journal.applyRetention()),
      ],
      [
        'import',
        async () => {
          const source = await openJournal({ now: clock.now });
          await source.add(sampleInput({ note: 'imported', createdAt: clock.now() - 5 * DAY }));
          const text = await source.exportJson();
          source.close();
          return journal.applyImport(await journal.previewImport(text));
        },
      ],
      ['encryption on', () => journal.enableEncryption('correct horse battery')],
      ['quick log while encrypted', () => other.add({ mood: 2, stress: 80 })],
      ['encryption off', () => journal.disableEncryption()],
    ];
    for (const [what, write] of writes) {
      await write();
      const days = await cached(name);
      expect(days, `cache current after ${what}`).not.toBeNull();
      expect(rounded(days), `after ${what}`).toEqual(
        rounded([...dailyStats(await journal.list(), []).values()]),
      );
    }
    // Something the cache cannot follow (here: entries written past the journal's API, as the
    // benchmark seeds them) leaves it unused until the next full read stores it again.
    const db = await openJournalDb({ name });
    await db.put('meta', 41, 'revision');
    db.close();
    expect(await cached(name)).toBeNull();
    await journal.listAndCache();
    expect(await cached(name)).not.toBeNull();

    // Deleting everything keeps the revision counting: figures read before it (in another tab,
    // say) can never match a revision reached again by new writes afterwards.
    const revision = async () => {
      const raw = await openJournalDb({ name });
      const value = await raw.get('meta', 'revision');
      raw.close();
      return value as number;
    };
    const beforeClear = await revision();
    await journal.deleteEverything();
    expect(await cached(name)).toBeNull();
    expect(await revision()).toBeGreaterThan(beforeClear);
    other.close();
    journal.close();
  });

  it('is not used in another time zone (days are local days)', async () => {
    const { journal, name } = await journalOverMonths();
    await journal.listAndCache();
    const db = await openJournalDb({ name });
    expect(
      (await readOpening(db, { cached: 0, uncached: 0, enough: 0 }, ZONE)).days,
    ).not.toBeNull();
    expect(
      (
        await readOpening(
          db,
          { cached: 0, uncached: 0, enough: 0 },
          ZONE === 'Asia/Tokyo' ? 'Europe/Berlin' : 'Asia/Tokyo',
        )
      ).days,
    ).toBeNull();
    db.close();
    journal.close();
  });

  it('is not used when written before stress was optional (no count of rated days)', async () => {
    const { journal, name } = await journalOverMonths();
    await journal.listAndCache();
    const db = await openJournalDb({ name });
    const current = (await db.get('meta', 'day-cache')) as { days: object[] };
    const old = {
      ...current,
      days: current.days.map((day) => {
        const { stressRated: _dropped, ...rest } = day as { stressRated: number };
        return rest;
      }),
    };
    await db.put('meta', old as never, 'day-cache');
    expect((await readOpening(db, { cached: 0, uncached: 0, enough: 0 }, ZONE)).days).toBeNull();
    db.close();
    journal.close();
  });

  it('opens a busy journal with its newest entries only; the weekly summary waits for the rest', async () => {
    const clock = fixedClock();
    const name = uniqueName();
    const journal = await Journal.open({ name, now: clock.now });
    // 20 entries a day for the last 10 days: 200 in the two weeks the page would read.
    const perDay = 20;
    for (let daysAgo = 9; daysAgo >= 0; daysAgo--) {
      for (let k = 0; k < perDay; k++) {
        const createdAt = startOfDay(localDay(clock.now() - daysAgo * DAY)) + (k + 1) * 60_000;
        await journal.add(sampleInput({ createdAt, note: `d${daysAgo}-${k}` }));
      }
    }
    await journal.listAndCache();
    const { first, last } = await firstState(journal, clock);
    // The newest days that hold the list's first page, and no more, are read before the first
    // frame: fewer than the ten there are.
    const days = Math.ceil(ENTRIES_PER_PAGE / perDay);
    expect(days).toBeLessThan(10);
    expect(first.entries).toHaveLength(days * perDay);
    expect(first.entries.every((e) => Number(/^d(\d+)-/.exec(e.note)![1]) < days)).toBe(true);
    expect(first.entriesSince).toBe(startOfDay(localDay(clock.now() - (days - 1) * DAY)));
    expect(last.entries).toHaveLength(200);
    expect(last.entriesSince).toBeNull();
    journal.close();
  });
});

describe('newestDays', () => {
  const day = (d: string, entries: number) => ({
    day: d,
    entries,
    stress: 0,
    stressRated: 0,
    mood: 0,
    workload: 0,
    rated: 0,
  });
  const earliest = startOfDay('2026-11-20');
  it('goes back only as far as the newest days hold enough entries', () => {
    const days = [day('2026-11-21', 5), day('2026-11-25', 30), day('2026-11-26', 30)];
    expect(newestDays(days, earliest, 50)).toBe(startOfDay('2026-11-25'));
    expect(newestDays(days, earliest, 30)).toBe(startOfDay('2026-11-26'));
  });
  it('stops at the earliest day it may start from', () => {
    const days = [day('2026-11-01', 500), day('2026-11-21', 5), day('2026-11-26', 3)];
    expect(newestDays(days, earliest, 50)).toBe(earliest);
    expect(newestDays([], earliest, 50)).toBe(earliest);
  });
});

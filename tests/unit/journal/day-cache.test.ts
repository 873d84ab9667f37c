// The day figures the journal page draws its chart from while it opens: stored after a full
// read, used only while no entry was written since (in any tab) and in the same time zone, and
// equal to what all entries give.
import { describe, expect, it } from 'vitest';
import { fixedClock, openJournal, sampleInput, uniqueName } from './helpers';
import { Journal, dailyStats, withCounters, type DayStats } from '../../../utils/journal';
import { readOpening } from '../../../utils/journal/day-cache';
import { openJournalDb } from '../../../utils/journal/db';
import { createJournalPageModel } from '../../../utils/journal/page-model';

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
  const { days } = await readOpening(db, { cached: 0, uncached: 0 }, ZONE);
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
    expect((await readOpening(db, { cached: 0, uncached: 0 }, ZONE)).days).not.toBeNull();
    expect(
      (
        await readOpening(
          db,
          { cached: 0, uncached: 0 },
          ZONE === 'Asia/Tokyo' ? 'Europe/Berlin' : 'Asia/Tokyo',
        )
      ).days,
    ).toBeNull();
    db.close();
    journal.close();
  });
});

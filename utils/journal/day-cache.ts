// Each day's entry figures (count, mean stress, workload, mood), kept in `meta` so the journal
// page can draw its 90-day chart at once instead of after reading thousands of entries.
//
// A cache, never the record. It holds sums per local day and counts only for the journal
// revision and the time zone it belongs to: every transaction that writes entries calls
// recordWrite, which bumps `revision` and carries a valid cache forward with the change (an
// entry added, changed or removed), so the quick log, an import or the retention keep it
// current. The page reads it together with the newest entries, draws, then reads every entry
// and stores freshly computed sums for the next opening. Mood, stress and the workload scales
// are stored in the clear in the entries too (only tags, notes and ticket references are
// encrypted), so the cache reveals nothing new.
import type { IDBPTransaction, StoreNames } from 'idb';
import { addToDays, dayStatsOf, type DaySums, type DayStats } from './analysis/daily';
import { guarded, inTransaction, type JournalDb } from './db';
import { startOfDay } from './days';
import type { DayCache, JournalDB, StoredEntry } from './schema';
import type { DayCounter } from './types';

/** The time zone local days are counted in: a cache is only good in the same one. */
export function timeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function revisionOf(value: unknown): number {
  return typeof value === 'number' ? value : 0;
}

/**
 * A cache in the current form. One written before stress became optional has no `stressRated`
 * per day; it is simply not used (the page computes the figures afresh and stores them).
 */
function isDayCache(value: unknown): value is DayCache {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as DayCache).revision === 'number' &&
    typeof (value as DayCache).timeZone === 'string' &&
    Array.isArray((value as DayCache).days) &&
    (value as DayCache).days.every((day) => typeof day?.stressRated === 'number')
  );
}

/**
 * Records a write of entries in its own transaction (which must include `meta`): a new
 * revision, and the cache carried forward with the change if it was current before it.
 */
/**
 * For a transaction that clears `meta` (delete everything): the revision goes on counting
 * rather than starting over, so figures read before the clear can never pass for current.
 */
export async function keepRevisionAcrossClear<Names extends StoreNames<JournalDB>[]>(
  tx: IDBPTransaction<JournalDB, Names, 'readwrite'>,
  clear: () => Promise<void>,
): Promise<void> {
  const meta = tx.objectStore('meta' as Names[number]);
  const revision = revisionOf(await meta.get('revision'));
  await clear();
  await meta.put(revision + 1, 'revision');
}

export async function recordWrite<Names extends StoreNames<JournalDB>[]>(
  tx: IDBPTransaction<JournalDB, Names, 'readwrite'>,
  change: { added?: readonly StoredEntry[]; removed?: readonly StoredEntry[] } = {},
): Promise<void> {
  const meta = tx.objectStore('meta' as Names[number]);
  const revision = revisionOf(await meta.get('revision'));
  const cache = await meta.get('day-cache');
  await meta.put(revision + 1, 'revision');
  if (!isDayCache(cache) || cache.revision !== revision || cache.timeZone !== timeZone()) return;
  const byDay = new Map(cache.days.map((sums) => [sums.day, { ...sums }]));
  for (const entry of change.removed ?? []) addToDays(byDay, entry, -1);
  for (const entry of change.added ?? []) addToDays(byDay, entry, 1);
  const days = [...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : 1));
  await meta.put({ revision: revision + 1, timeZone: cache.timeZone, days }, 'day-cache');
}

export interface Opening {
  /** Entries created since `since`, oldest first. */
  recent: StoredEntry[];
  /** From when `recent` holds every entry (start of a local day). */
  since: number;
  /** Every day's figures from the cache if it is current, else null. */
  days: DayStats[] | null;
  /** The journal's settings, encryption record and day counters as stored (read alongside). */
  settings: unknown;
  crypto: unknown;
  counters: DayCounter[];
}

/**
 * What the journal page draws first, read in one transaction (each round trip to the database
 * counts while a page opens): the settings, the encryption record, the counters and the cached
 * day figures if they are current, with the newest entries: those since `from.cached`, or
 * from fewer of the last days if these already hold `from.enough` entries (a busy journal's
 * first screen needs no more); without current figures, the entries since `from.uncached`
 * (enough to compute the figures of every chart range).
 */
export async function readOpening(
  db: JournalDb,
  from: { cached: number; uncached: number; enough: number },
  zone = timeZone(),
): Promise<Opening> {
  return guarded(async () => {
    const tx = db.transaction(['entries', 'meta', 'counters'], 'readonly');
    const meta = tx.objectStore('meta');
    const [revision, cache, settings, crypto, counters] = await Promise.all([
      meta.get('revision'),
      meta.get('day-cache'),
      meta.get('settings'),
      meta.get('crypto'),
      tx.objectStore('counters').getAll(),
    ]);
    const current =
      isDayCache(cache) && cache.revision === revisionOf(revision) && cache.timeZone === zone;
    const since = current ? newestDays(cache.days, from.cached, from.enough) : from.uncached;
    const recent = await tx
      .objectStore('entries')
      .index('createdAt')
      .getAll(IDBKeyRange.lowerBound(since));
    await tx.done;
    return {
      recent,
      since,
      days: current ? dayStatsOf(cache.days) : null,
      settings,
      crypto,
      counters,
    };
  });
}

/**
 * The start of the latest day from which on the days (oldest first) hold at least `enough`
 * entries, but no earlier than `earliest`.
 */
export function newestDays(days: readonly DaySums[], earliest: number, enough: number): number {
  let count = 0;
  for (let k = days.length - 1; k >= 0; k--) {
    const start = startOfDay(days[k]!.day);
    if (start <= earliest) break;
    count += days[k]!.entries;
    if (count >= enough) return start;
  }
  return earliest;
}

/** Every entry, oldest first, with the revision they were read at. */
export async function readAllWithRevision(
  db: JournalDb,
): Promise<{ entries: StoredEntry[]; revision: number }> {
  return guarded(async () => {
    const tx = db.transaction(['entries', 'meta'], 'readonly');
    const [entries, revision] = await Promise.all([
      tx.objectStore('entries').index('createdAt').getAll(),
      tx.objectStore('meta').get('revision'),
    ]);
    await tx.done;
    return { entries, revision: revisionOf(revision) };
  });
}

/** Stores sums computed from every entry at `revision`, unless the entries changed since. */
export async function storeDayCache(db: JournalDb, cache: DayCache): Promise<boolean> {
  return inTransaction(db, ['meta'], async (tx) => {
    const meta = tx.objectStore('meta');
    if (revisionOf(await meta.get('revision')) !== cache.revision) return false;
    // recordWrite keeps it current: usually there is nothing new to write (every refresh of
    // every open journal tab ends here).
    const stored = await meta.get('day-cache');
    if (
      isDayCache(stored) &&
      stored.revision === cache.revision &&
      stored.timeZone === cache.timeZone
    ) {
      return true;
    }
    await meta.put(cache, 'day-cache');
    return true;
  });
}

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
import type { JournalDB, StoredEntry } from './schema';

export interface DayCache {
  revision: number;
  timeZone: string;
  days: DaySums[];
}

/** The time zone local days are counted in: a cache is only good in the same one. */
export function timeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function revisionOf(value: unknown): number {
  return typeof value === 'number' ? value : 0;
}

function isDayCache(value: unknown): value is DayCache {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as DayCache).revision === 'number' &&
    typeof (value as DayCache).timeZone === 'string' &&
    Array.isArray((value as DayCache).days)
  );
}

/**
 * Records a write of entries in its own transaction (which must include `meta`): a new
 * revision, and the cache carried forward with the change if it was current before it.
 */
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
  /** Entries created at or after `from`, oldest first, as stored. */
  recent: StoredEntry[];
  /** Every day's figures from the cache if it is current, else null. */
  days: DayStats[] | null;
}

/** The newest entries and, if current, the cached day figures, read in one transaction. */
export async function readOpening(
  db: JournalDb,
  from: number,
  zone = timeZone(),
): Promise<Opening> {
  return guarded(async () => {
    const tx = db.transaction(['entries', 'meta'], 'readonly');
    const [recent, revision, cache] = await Promise.all([
      tx.objectStore('entries').index('createdAt').getAll(IDBKeyRange.lowerBound(from)),
      tx.objectStore('meta').get('revision'),
      tx.objectStore('meta').get('day-cache'),
    ]);
    await tx.done;
    const current =
      isDayCache(cache) && cache.revision === revisionOf(revision) && cache.timeZone === zone;
    return { recent, days: current ? dayStatsOf(cache.days) : null };
  });
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
    await meta.put(cache, 'day-cache');
    return true;
  });
}

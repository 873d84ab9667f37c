// Switching the journal's encryption on or off re-stores every entry in its new form. WebCrypto
// cannot run inside an IndexedDB transaction, so the new forms are prepared first and written
// in one transaction that checks nothing changed meanwhile (an entry saved in another tab
// would otherwise be lost); if something did, it starts over.
import type { CryptoMeta, Keyring } from './crypto';
import { recordWrite } from './day-cache';
import { guarded, inTransaction, type JournalDb } from './db';
import { fromStored, toStored } from './entries';
import { JournalError } from './errors';
import type { StoredEntry } from './schema';

/** How often a write that lost a race with another tab is tried in all. */
export const RETRIES = 3;

/** An encryption state: its meta record (none when off) and the keys to it (none when off). */
export interface Sealing {
  meta: CryptoMeta | undefined;
  keyring: Keyring | null;
}

/** The journal changed between preparing a rewrite and writing it; prepare again. */
class ChangedMeanwhile extends Error {}

/** Re-stores all entries, read under `from`, sealed as `to`, with `to`'s meta record. */
export async function resealAll(db: JournalDb, from: Sealing, to: Sealing): Promise<void> {
  for (let attempt = 0; attempt < RETRIES; attempt += 1) {
    const before = await guarded(() => db.getAll('entries'));
    const next: StoredEntry[] = [];
    for (const stored of before) {
      next.push(await toStored(await fromStored(stored, from.keyring), to.meta, to.keyring));
    }
    try {
      await inTransaction(db, ['entries', 'meta'], async (tx) => {
        const meta = (await tx.objectStore('meta').get('crypto')) as CryptoMeta | undefined;
        const now = await tx.objectStore('entries').getAll();
        const unchanged =
          meta?.salt === from.meta?.salt &&
          now.length === before.length &&
          now.every(
            (entry, i) => entry.id === before[i]?.id && entry.updatedAt === before[i]?.updatedAt,
          );
        if (!unchanged) throw new ChangedMeanwhile();
        for (const entry of next) await tx.objectStore('entries').put(entry);
        if (to.meta) await tx.objectStore('meta').put(to.meta, 'crypto');
        else await tx.objectStore('meta').delete('crypto');
        // Mood, stress and workload stay as they were: the day figures carry over.
        await recordWrite(tx);
      });
      return;
    } catch (error) {
      if (!(error instanceof ChangedMeanwhile)) throw error;
    }
  }
  throw new JournalError(
    'conflict',
    'The journal kept changing in another window; please try again.',
  );
}

// Opening the journal database and running writes so that failures surface as JournalErrors.
import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { JournalError, toJournalError } from './errors';
import { DB_NAME, DB_VERSION, runUpgrades, type JournalDB } from './schema';

export type JournalDb = IDBPDatabase<JournalDB>;

export interface OpenOptions {
  /** Database name; tests use their own. */
  name?: string;
  /**
   * Called when another tab upgrades the schema: this connection closes itself so the upgrade
   * is not blocked, and the page should reload to use the new code.
   */
  onClosedForUpgrade?: () => void;
}

export async function openJournalDb(options: OpenOptions = {}): Promise<JournalDb> {
  let upgradeError: unknown;
  try {
    const db = await openDB<JournalDB>(options.name ?? DB_NAME, DB_VERSION, {
      upgrade(database, oldVersion, newVersion, transaction) {
        // An aborted upgrade is reported by openDB itself; its `done` needs no second report.
        transaction.done.catch(() => undefined);
        runUpgrades(
          database as unknown as IDBPDatabase<unknown>,
          transaction as never,
          oldVersion,
          newVersion ?? DB_VERSION,
        ).catch((error: unknown) => {
          upgradeError = error;
        });
      },
      blocking() {
        db.close();
        options.onClosedForUpgrade?.();
      },
    });
    return db;
  } catch (error) {
    if (upgradeError !== undefined) {
      throw new JournalError(
        'storage',
        `The journal could not be upgraded to the new format; your data was left as it was. (${String(upgradeError)})`,
        { cause: upgradeError },
      );
    }
    if (error instanceof DOMException && error.name === 'VersionError') {
      throw new JournalError(
        'blocked',
        'This journal was written by a newer Klartext. Update the extension to open it.',
        { cause: error },
      );
    }
    throw toJournalError(error);
  }
}

/**
 * Runs a storage operation and maps what IndexedDB threw (quota, disk full, abort) to a
 * JournalError. Callers await the transaction's `done`, so commit failures land here too.
 */
export async function guarded<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toJournalError(error);
  }
}

/** Aborts a transaction that may already be aborting because a request failed. */
function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // finished or aborted already
  }
}

/**
 * Runs `work` in one readwrite transaction over `stores` and waits for the commit. If `work`
 * throws, the transaction is aborted, so either all of its writes land or none do.
 */
export function inTransaction<Names extends StoreNames<JournalDB>[], T>(
  db: JournalDb,
  stores: Names,
  work: (tx: IDBPTransaction<JournalDB, Names, 'readwrite'>) => Promise<T>,
): Promise<T> {
  return guarded(async () => {
    const tx = db.transaction(stores, 'readwrite');
    const done = tx.done;
    try {
      const result = await work(tx);
      await done;
      return result;
    } catch (error) {
      abortQuietly(tx);
      await done.catch(() => undefined);
      throw error;
    }
  });
}

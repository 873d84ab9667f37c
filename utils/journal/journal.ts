// The journal as the pages and the background use it: one object over the database that
// seals and opens private parts, validates input and maps storage failures to JournalErrors.
import {
  MAX_BACKUP_BYTES,
  parseBackup,
  serializeBackup,
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type JournalBackup,
} from './backup';
import { readCounters, recordCheck, type CategoryCounts } from './counters';
import { createCryptoMeta, unlockKeyring, type CryptoMeta, type Keyring } from './crypto';
import { entriesToCsv } from './csv';
import { daySums, type DayStats } from './analysis/daily';
import {
  keepRevisionAcrossClear,
  readAllWithRevision,
  readOpening,
  recordWrite,
  storeDayCache,
  timeZone,
} from './day-cache';
import { guarded, inTransaction, openJournalDb, type JournalDb, type OpenOptions } from './db';
import { addDays, localDay, startOfDay } from './days';
import {
  EncryptionChangedError,
  fromStored,
  readCryptoMeta,
  readEntries,
  toStored,
  writeEntry,
} from './entries';
import { JournalError, LockedError } from './errors';
import { writeImport } from './import-write';
import { planImport, type ImportPlan } from './merge';
import { resealAll, RETRIES } from './reseal';
import type { StoredEntry } from './schema';
import { readSettings, settingsFrom, updateSettings, type SettingsPatch } from './settings';
import type { DayCounter, EntryInput, EntryPatch, JournalEntry, JournalSettings } from './types';
import { entryFromInput } from './validate';

export type EncryptionState = 'off' | 'locked' | 'unlocked';

export interface JournalOptions extends OpenOptions {
  now?: () => number;
  newId?: () => string;
  /** Called after every change, e.g. to tell other open journal pages to refresh. */
  onChange?: () => void;
}

export class Journal {
  private keyring: Keyring | null = null;

  private constructor(
    readonly db: JournalDb,
    private readonly now: () => number,
    private readonly newId: () => string,
    private readonly onChange: () => void,
  ) {}

  static async open(options: JournalOptions = {}): Promise<Journal> {
    const db = await openJournalDb(options);
    return new Journal(
      db,
      options.now ?? Date.now,
      options.newId ?? (() => crypto.randomUUID()),
      options.onChange ?? (() => undefined),
    );
  }

  close(): void {
    this.keyring = null;
    this.db.close();
  }

  // ---- encryption -------------------------------------------------------------------------

  async encryption(): Promise<EncryptionState> {
    return this.encryptionOf(await readCryptoMeta(this.db));
  }

  private encryptionOf(meta: CryptoMeta | undefined): EncryptionState {
    if (!meta) return 'off';
    return this.keyring?.metaSalt === meta.salt ? 'unlocked' : 'locked';
  }

  /** Throws WrongPassphraseError for a wrong passphrase; nothing is changed either way. */
  async unlock(passphrase: string): Promise<void> {
    const meta = await readCryptoMeta(this.db);
    if (!meta) return;
    this.keyring = await unlockKeyring(meta, passphrase);
  }

  lock(): void {
    this.keyring = null;
  }

  /** Seals every entry's private parts with a key from `passphrase`, in one transaction. */
  async enableEncryption(passphrase: string): Promise<void> {
    if (await readCryptoMeta(this.db)) {
      throw new JournalError('conflict', 'Encryption is already on.');
    }
    const { meta, keyring } = await createCryptoMeta(passphrase);
    await resealAll(this.db, { meta: undefined, keyring: null }, { meta, keyring });
    this.keyring = keyring;
    this.onChange();
  }

  /** Stores every entry in the clear again; needs the journal unlocked. */
  async disableEncryption(): Promise<void> {
    const meta = await readCryptoMeta(this.db);
    if (!meta) return;
    if (this.keyring?.metaSalt !== meta.salt) throw new LockedError();
    await resealAll(this.db, { meta, keyring: this.keyring }, { meta: undefined, keyring: null });
    this.keyring = null;
    this.onChange();
  }

  // ---- entries ----------------------------------------------------------------------------

  private async store(entry: JournalEntry, expect: { absent: true } | { updatedAt: number }) {
    for (let attempt = 0; ; attempt += 1) {
      const meta = await readCryptoMeta(this.db);
      try {
        await writeEntry(this.db, await toStored(entry, meta, this.keyring), meta, expect);
        this.onChange();
        return;
      } catch (error) {
        if (!(error instanceof EncryptionChangedError) || attempt + 1 >= RETRIES) throw error;
      }
    }
  }

  async add(input: EntryInput): Promise<JournalEntry> {
    const entry = entryFromInput(input, this.newId(), this.now());
    await this.store(entry, { absent: true });
    return entry;
  }

  /**
   * Changes an entry the agent has open. `expectedUpdatedAt` is the version they edited: if
   * another window saved a newer one meanwhile, this throws a conflict instead of overwriting.
   */
  async update(id: string, patch: EntryPatch, expectedUpdatedAt: number): Promise<JournalEntry> {
    const current = await this.get(id);
    if (!current) throw new JournalError('not-found', 'This entry was deleted in another window.');
    const { id: _id, updatedAt: _updatedAt, ...rest } = current;
    // A field left undefined in the patch keeps its value (spreading it would erase it).
    const changes = Object.fromEntries(
      Object.entries(patch).filter(([, value]) => value !== undefined),
    ) as EntryPatch;
    const next = entryFromInput(
      { ...rest, ...changes },
      id,
      Math.max(this.now(), current.updatedAt + 1),
    );
    await this.store(next, { updatedAt: expectedUpdatedAt });
    return next;
  }

  async remove(id: string): Promise<void> {
    await inTransaction(this.db, ['entries', 'meta'], async (tx) => {
      const old = await tx.objectStore('entries').get(id);
      await tx.objectStore('entries').delete(id);
      if (old) await recordWrite(tx, { removed: [old] });
    });
    this.onChange();
  }

  async get(id: string): Promise<JournalEntry | undefined> {
    const stored = await guarded(() => this.db.get('entries', id));
    return stored && fromStored(stored, this.keyring);
  }

  /** Entries in order of creation, oldest first; optionally only those in [from, to]. */
  list(range?: { from?: number; to?: number }): Promise<JournalEntry[]> {
    return readEntries(this.db, this.keyring, range);
  }

  /**
   * What the journal page shows first, in one read (day-cache.ts readOpening): the encryption
   * state, the settings, the counters, and with current cached day figures the newest entries
   * (since `from.cached`, or fewer days if they hold `from.enough`), without them the entries
   * since `from.uncached`. A locked journal gives no entries.
   */
  async opening(from: { cached: number; uncached: number; enough: number }): Promise<{
    encryption: EncryptionState;
    settings: JournalSettings;
    counters: DayCounter[];
    recent: JournalEntry[];
    /** From when `recent` holds every entry. */
    since: number;
    days: DayStats[] | null;
  }> {
    const read = await readOpening(this.db, from);
    const encryption = this.encryptionOf(read.crypto as CryptoMeta | undefined);
    const recent =
      encryption === 'locked'
        ? []
        : await Promise.all(read.recent.map((e) => fromStored(e, this.keyring)));
    return {
      encryption,
      settings: settingsFrom(read.settings),
      counters: read.counters,
      recent,
      since: read.since,
      days: read.days,
    };
  }

  /** Every entry, like list(); keeps their day figures for the next opening on the way. */
  async listAndCache(): Promise<JournalEntry[]> {
    const { entries, revision } = await readAllWithRevision(this.db);
    const plain = await Promise.all(entries.map((e) => fromStored(e, this.keyring)));
    // Only a speed-up: if it cannot be stored, the next opening reads the entries instead.
    await storeDayCache(this.db, { revision, timeZone: timeZone(), days: daySums(plain) }).catch(
      () => false,
    );
    return plain;
  }

  /** When the newest entry was made, without decrypting anything (for the check-in reminder). */
  async lastEntryAt(): Promise<number | null> {
    const cursor = await guarded(() =>
      this.db.transaction('entries').store.index('createdAt').openKeyCursor(null, 'prev'),
    );
    return cursor ? cursor.key : null;
  }

  async count(): Promise<number> {
    return guarded(() => this.db.count('entries'));
  }

  /** Removes entries, counters, settings and the encryption key check: a fresh journal. */
  async deleteEverything(): Promise<void> {
    await inTransaction(this.db, ['entries', 'counters', 'meta'], async (tx) => {
      await tx.objectStore('entries').clear();
      await tx.objectStore('counters').clear();
      await keepRevisionAcrossClear(tx, () => tx.objectStore('meta').clear());
    });
    this.keyring = null;
    this.onChange();
  }

  // ---- settings, retention, counters ------------------------------------------------------

  settings(): Promise<JournalSettings> {
    return readSettings(this.db);
  }

  async updateSettings(patch: SettingsPatch): Promise<JournalSettings> {
    const next = await updateSettings(this.db, patch);
    this.onChange();
    return next;
  }

  /** Deletes entries and counters older than the last `retentionDays` days (today included). */
  async applyRetention(): Promise<number> {
    const { retentionDays } = await this.settings();
    if (retentionDays === null) return 0;
    const firstKept = addDays(localDay(this.now()), -(retentionDays - 1));
    const cutoff = startOfDay(firstKept);
    const removed = await inTransaction(this.db, ['entries', 'counters', 'meta'], async (tx) => {
      const gone: StoredEntry[] = [];
      let cursor = await tx
        .objectStore('entries')
        .index('createdAt')
        .openCursor(IDBKeyRange.upperBound(cutoff, true));
      while (cursor) {
        gone.push(cursor.value);
        await cursor.delete();
        cursor = await cursor.continue();
      }
      const count = gone.length;
      await tx.objectStore('counters').delete(IDBKeyRange.upperBound(firstKept, true));
      if (count > 0) await recordWrite(tx, { removed: gone });
      return count;
    });
    if (removed > 0) this.onChange();
    return removed;
  }

  /** See counters.ts: counts one checked reply when the agent opted in; false otherwise. */
  async recordCheck(day: string, categoriesCount: CategoryCounts): Promise<boolean> {
    const counted = await recordCheck(this.db, day, categoriesCount);
    // An open journal page shows today's counts: it hears of each one.
    if (counted) this.onChange();
    return counted;
  }

  counters(from?: string, to?: string): Promise<DayCounter[]> {
    return readCounters(this.db, from, to);
  }

  // ---- export and import ------------------------------------------------------------------

  async exportBackup(): Promise<JournalBackup> {
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: this.now(),
      entries: await this.list(),
      counters: await this.counters(),
      settings: await this.settings(),
    };
  }

  async exportJson(): Promise<string> {
    return serializeBackup(await this.exportBackup());
  }

  async exportCsv(): Promise<string> {
    return entriesToCsv(await this.list());
  }

  /** Validates a backup and works out what importing it would do; changes nothing. */
  async previewImport(text: string): Promise<ImportPlan> {
    const backup = parseBackup(text);
    return planImport(backup, await this.list(), await this.counters(), this.newId);
  }

  /**
   * Carries out a previewed import in one transaction: everything is written or nothing is.
   * If the journal changed since the preview in a way that affects the plan, nothing is
   * written and the agent is asked to preview again.
   */
  async applyImport(plan: ImportPlan): Promise<{ added: number; conflicts: number }> {
    const written = await writeImport(this.db, plan, this.keyring);
    if (written) this.onChange();
    return { added: plan.added.length, conflicts: plan.conflicts.length };
  }
}

export { MAX_BACKUP_BYTES };

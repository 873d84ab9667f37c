// Reading and writing entries, sealing the private parts when encryption is on.
import { openSecret, sealSecret, type CryptoMeta, type Keyring } from './crypto';
import { recordWrite } from './day-cache';
import { guarded, inTransaction, type JournalDb } from './db';
import { JournalError, LockedError } from './errors';
import type { StoredEntry } from './schema';
import type { JournalEntry } from './types';

export async function readCryptoMeta(db: JournalDb): Promise<CryptoMeta | undefined> {
  return (await guarded(() => db.get('meta', 'crypto'))) as CryptoMeta | undefined;
}

function hasSecret(entry: JournalEntry): boolean {
  return entry.tags.length > 0 || entry.note !== '' || entry.ticketRef !== undefined;
}

/**
 * The stored form of an entry. With encryption on, tags, note and ticket reference are sealed.
 * An entry without any of them (a quick log) is stored as is even while the journal is locked:
 * it holds nothing that is not readable anyway, so quick logging needs no passphrase.
 */
export async function toStored(
  entry: JournalEntry,
  cryptoMeta: CryptoMeta | undefined,
  keyring: Keyring | null,
): Promise<StoredEntry> {
  const { tags, note, ticketRef, ...clear } = entry;
  if (!cryptoMeta || !hasSecret(entry))
    return { ...clear, tags, note, ...(ticketRef !== undefined ? { ticketRef } : {}) };
  if (!keyring || keyring.metaSalt !== cryptoMeta.salt) throw new LockedError();
  const secret = { tags, note, ...(ticketRef !== undefined ? { ticketRef } : {}) };
  return { ...clear, tags: [], note: '', sealed: await sealSecret(keyring, entry.id, secret) };
}

export async function fromStored(
  stored: StoredEntry,
  keyring: Keyring | null,
): Promise<JournalEntry> {
  const { sealed, ...rest } = stored;
  if (!sealed) return rest;
  if (!keyring) throw new LockedError();
  const secret = await openSecret(keyring, stored.id, sealed);
  const { ticketRef: _clearRef, ...withoutRef } = rest;
  return { ...withoutRef, ...secret };
}

export async function readEntries(
  db: JournalDb,
  keyring: Keyring | null,
  range?: { from?: number; to?: number },
): Promise<JournalEntry[]> {
  const query =
    range?.from !== undefined || range?.to !== undefined
      ? IDBKeyRange.bound(range.from ?? 0, range.to ?? Number.MAX_SAFE_INTEGER)
      : undefined;
  const stored = await guarded(() => db.getAllFromIndex('entries', 'createdAt', query));
  return Promise.all(stored.map((entry) => fromStored(entry, keyring)));
}

/**
 * Writes one entry. The encryption state is checked again inside the write transaction: if
 * another tab switched encryption on or off after this entry was sealed, the write is refused
 * (the caller retries) rather than storing a note in the clear or under a stale key.
 */
export async function writeEntry(
  db: JournalDb,
  stored: StoredEntry,
  sealedFor: CryptoMeta | undefined,
  expect: { absent: true } | { updatedAt: number },
): Promise<void> {
  await inTransaction(db, ['entries', 'meta'], async (tx) => {
    const meta = (await tx.objectStore('meta').get('crypto')) as CryptoMeta | undefined;
    if (meta?.salt !== sealedFor?.salt) throw new EncryptionChangedError();
    const current = await tx.objectStore('entries').get(stored.id);
    if ('absent' in expect) {
      if (current)
        throw new JournalError('conflict', `An entry with id ${stored.id} exists already.`);
    } else if (!current) {
      throw new JournalError('not-found', 'This entry was deleted in another window.');
    } else if (current.updatedAt !== expect.updatedAt) {
      throw new JournalError(
        'conflict',
        'This entry was changed in another window since you opened it. Reload to see that version; your edit was not saved.',
      );
    }
    await tx.objectStore('entries').put(stored);
    await recordWrite(tx, { added: [stored], removed: current ? [current] : [] });
  });
}

export class EncryptionChangedError extends JournalError {
  constructor() {
    super('conflict', 'Encryption was switched on or off in another window; please try again.');
  }
}

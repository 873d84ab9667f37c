// Writing a previewed import: everything in one transaction, or nothing. The plan was made from
// the journal as it was at the preview; if an entry or a day it adds has appeared since, or the
// encryption changed, nothing is written and the agent is asked to preview again.
import type { CryptoMeta, Keyring } from './crypto';
import { recordWrite } from './day-cache';
import { inTransaction, type JournalDb } from './db';
import { EncryptionChangedError, readCryptoMeta, toStored } from './entries';
import { ImportError } from './errors';
import { entriesToWrite, type ImportPlan } from './merge';
import type { StoredEntry } from './schema';

function changedSincePreview(): ImportError {
  return new ImportError({
    en: 'The journal changed since the preview; nothing was imported. Preview the file again.',
    de: 'Das Journal hat sich seit der Vorschau geändert; nichts wurde importiert. Sehen Sie sich die Datei noch einmal in der Vorschau an.',
  });
}

/** Writes the plan's entries (sealed with `keyring` if encryption is on) and days; true if any. */
export async function writeImport(
  db: JournalDb,
  plan: ImportPlan,
  keyring: Keyring | null,
): Promise<boolean> {
  const meta = await readCryptoMeta(db);
  const stored: StoredEntry[] = [];
  for (const entry of entriesToWrite(plan)) stored.push(await toStored(entry, meta, keyring));
  await inTransaction(db, ['entries', 'counters', 'meta'], async (tx) => {
    const current = (await tx.objectStore('meta').get('crypto')) as CryptoMeta | undefined;
    if (current?.salt !== meta?.salt) throw new EncryptionChangedError();
    for (const entry of stored) {
      if (await tx.objectStore('entries').getKey(entry.id)) throw changedSincePreview();
      await tx.objectStore('entries').put(entry);
    }
    for (const counter of plan.countersAdded) {
      if (await tx.objectStore('counters').getKey(counter.day)) throw changedSincePreview();
      await tx.objectStore('counters').put(counter);
    }
    if (stored.length > 0) await recordWrite(tx, { added: stored });
  });
  return stored.length > 0 || plan.countersAdded.length > 0;
}

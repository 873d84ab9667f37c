// The journal database and its history. Every schema change is one numbered step below; a
// browser that still holds an older version runs the missing steps in order, inside idb's
// versionchange transaction, so an upgrade either completes or leaves the old data untouched.
//
//   v1  entries {id, createdAt, mood, stress, workload, tags, note}; index createdAt
//   v2  workload split into the raw NASA-TLX subscales timePressure, mentalDemand, frustration
//       (each takes the old value, so their mean, the raw TLX score, stays what it was);
//       updatedAt (= createdAt) and optional ticketRef; index updatedAt; store meta with
//       settings {retentionDays}
//   v3  store counters (replies checked and hints per day); tags normalised (trimmed, blanks
//       and case-insensitive repeats dropped); subscales may be null (not rated); settings gain
//       the opt-in counters and gentle prompts; entries may carry an encrypted `sealed` part
import type { DBSchema, IDBPDatabase, IDBPTransaction } from 'idb';
import type { CryptoMeta, SealedPayload } from './crypto';
import type { DaySums } from './analysis/daily';
import {
  DEFAULT_SETTINGS,
  type DayCounter,
  type JournalEntry,
  type JournalSettings,
} from './types';
import { normalizeTags } from './validate';

/** The daily sums kept beside the entries, so the journal page opens without reading them all. */
export interface DayCache {
  revision: number;
  timeZone: string;
  days: DaySums[];
}

export const DB_NAME = 'klartext-journal';
export const DB_VERSION = 3;

/** An entry as stored. When `sealed` is present, tags, note and ticketRef live inside it. */
export type StoredEntry = JournalEntry & { sealed?: SealedPayload };

/**
 * `revision` and `day-cache` (day-cache.ts) need no version step: the key-value store takes
 * new keys, and a journal without them simply has no cache yet.
 */
export type MetaKey = 'settings' | 'crypto' | 'revision' | 'day-cache';

export interface JournalDB extends DBSchema {
  entries: {
    key: string;
    value: StoredEntry;
    indexes: { createdAt: number; updatedAt: number };
  };
  counters: { key: string; value: DayCounter };
  meta: { key: MetaKey; value: JournalSettings | CryptoMeta | number | DayCache };
}

/** Shapes of earlier versions, kept for the migrations and their tests. */
export interface V1Entry {
  id: string;
  createdAt: number;
  mood: number;
  stress: number;
  workload: number;
  tags: string[];
  note: string;
}

export interface V2Entry {
  id: string;
  createdAt: number;
  updatedAt: number;
  mood: number;
  stress: number;
  timePressure: number;
  mentalDemand: number;
  frustration: number;
  tags: string[];
  note: string;
  ticketRef?: string;
}

export interface V2Settings {
  retentionDays: number | null;
}

export function migrateEntryV1toV2(old: V1Entry): V2Entry {
  return {
    id: old.id,
    createdAt: old.createdAt,
    updatedAt: old.createdAt,
    mood: old.mood,
    stress: old.stress,
    timePressure: old.workload,
    mentalDemand: old.workload,
    frustration: old.workload,
    tags: old.tags,
    note: old.note,
  };
}

export function migrateEntryV2toV3(old: V2Entry): StoredEntry {
  return { ...old, tags: normalizeTags(old.tags) };
}

export function migrateSettingsV2toV3(old: V2Settings | undefined): JournalSettings {
  return { ...structuredClone(DEFAULT_SETTINGS), retentionDays: old?.retentionDays ?? null };
}

// Upgrades run against databases of any earlier shape, so they use idb's untyped view.
type AnyDb = IDBPDatabase<unknown>;
type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;

async function rewriteEntries(tx: UpgradeTx, rewrite: (value: never) => unknown): Promise<void> {
  let cursor = await tx.objectStore('entries').openCursor();
  while (cursor) {
    await cursor.update(rewrite(cursor.value as never));
    cursor = await cursor.continue();
  }
}

const STEPS: Record<number, (db: AnyDb, tx: UpgradeTx) => Promise<void>> = {
  1: async (db) => {
    const entries = db.createObjectStore('entries', { keyPath: 'id' });
    entries.createIndex('createdAt', 'createdAt');
  },
  2: async (db, tx) => {
    tx.objectStore('entries').createIndex('updatedAt', 'updatedAt');
    db.createObjectStore('meta');
    await tx.objectStore('meta').put({ retentionDays: null } satisfies V2Settings, 'settings');
    await rewriteEntries(tx, migrateEntryV1toV2);
  },
  3: async (db, tx) => {
    db.createObjectStore('counters', { keyPath: 'day' });
    const meta = tx.objectStore('meta');
    const old = (await meta.get('settings')) as V2Settings | undefined;
    await meta.put(migrateSettingsV2toV3(old), 'settings');
    await rewriteEntries(tx, migrateEntryV2toV3);
  },
};

/**
 * Runs the steps from `oldVersion` + 1 to `newVersion`. Exported so tests can build a database
 * exactly as an earlier release left it (open with newVersion 1 or 2) and then upgrade it.
 */
export function runUpgrades(
  db: AnyDb,
  tx: UpgradeTx,
  oldVersion: number,
  newVersion: number,
): Promise<void> {
  let chain = Promise.resolve();
  for (let version = oldVersion + 1; version <= newVersion; version += 1) {
    const step = STEPS[version];
    if (!step) throw new Error(`No upgrade step for journal version ${version}`);
    chain = chain.then(() => step(db, tx));
  }
  // A failed step aborts the versionchange transaction: the database stays as it was.
  return chain.catch((error: unknown) => {
    try {
      tx.abort();
    } catch {
      // already finished or aborted; the open call reports the failure
    }
    throw error;
  });
}

import { describe, expect, it } from 'vitest';
import { openDB, type IDBPDatabase } from 'idb';
import { uniqueName } from '../../../support/journal';
import { Journal, DEFAULT_SETTINGS } from '../../../../utils/journal';
import {
  DB_VERSION,
  runUpgrades,
  type V1Entry,
  type V2Entry,
} from '../../../../utils/journal/schema';

/** Builds a database exactly as the release with schema `version` left it. */
async function openAtVersion(name: string, version: number): Promise<IDBPDatabase<unknown>> {
  return openDB(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      tx.done.catch(() => undefined);
      void runUpgrades(db, tx as never, oldVersion, newVersion ?? version);
    },
  });
}

const v1Entries: V1Entry[] = [
  {
    id: 'a',
    createdAt: new Date(2024, 10, 4, 9, 30).getTime(),
    mood: 2,
    stress: 80,
    workload: 75,
    tags: ['escalation', ' Escalation ', '', 'backlog'],
    note: 'Drei Eskalationen vor 10 Uhr 😮‍💨',
  },
  {
    id: 'b',
    createdAt: new Date(2024, 10, 5, 15, 0).getTime(),
    mood: 4,
    stress: 20,
    workload: 30,
    tags: [],
    note: '',
  },
];

describe('journal schema migrations', () => {
  it('starts a new journal at the current version with default settings', async () => {
    const journal = await Journal.open({ name: uniqueName() });
    expect(journal.db.version).toBe(DB_VERSION);
    expect(await journal.settings()).toEqual(DEFAULT_SETTINGS);
    expect(await journal.list()).toEqual([]);
    journal.close();
  });

  it('migrates version 1 entries: workload becomes the three subscales, tags are cleaned', async () => {
    const name = uniqueName();
    const v1 = await openAtVersion(name, 1);
    for (const entry of v1Entries) await v1.put('entries', entry);
    v1.close();

    const journal = await Journal.open({ name });
    const [first, second] = await journal.list();
    expect(first).toEqual({
      id: 'a',
      createdAt: v1Entries[0]!.createdAt,
      updatedAt: v1Entries[0]!.createdAt,
      mood: 2,
      stress: 80,
      timePressure: 75,
      mentalDemand: 75,
      frustration: 75,
      tags: ['escalation', 'backlog'],
      note: 'Drei Eskalationen vor 10 Uhr 😮‍💨',
    });
    expect(second).toMatchObject({
      id: 'b',
      timePressure: 30,
      mentalDemand: 30,
      frustration: 30,
      tags: [],
    });
    expect(await journal.settings()).toEqual(DEFAULT_SETTINGS);
    journal.close();
  });

  it('migrates version 2 entries and keeps the retention setting', async () => {
    const name = uniqueName();
    const v2 = await openAtVersion(name, 2);
    const entry: V2Entry = {
      id: 'c',
      createdAt: 1_700_000_000_000,
      updatedAt: 1_700_000_500_000,
      mood: 5,
      stress: 10,
      timePressure: 20,
      mentalDemand: 35,
      frustration: 5,
      tags: ['good conversation', 'GOOD conversation'],
      note: '<b>not bold</b>',
      ticketRef: 'INC-7',
    };
    await v2.put('entries', entry);
    await v2.put('meta', { retentionDays: 30 }, 'settings');
    v2.close();

    const journal = await Journal.open({ name });
    expect(await journal.list()).toEqual([{ ...entry, tags: ['good conversation'] }]);
    expect(await journal.settings()).toEqual({ ...DEFAULT_SETTINGS, retentionDays: 30 });
    expect(await journal.counters()).toEqual([]);
    journal.close();
  });

  it('leaves an old database untouched when a migration step fails', async () => {
    const name = uniqueName();
    const v1 = await openAtVersion(name, 1);
    const broken = { ...v1Entries[1]!, id: 'broken', tags: [42] };
    await v1.put('entries', v1Entries[0]);
    await v1.put('entries', broken);
    v1.close();

    await expect(Journal.open({ name })).rejects.toThrow(/could not be upgraded.*left as it was/);
    const again = await openDB(name);
    expect(again.version).toBe(1);
    expect(await again.getAll('entries')).toEqual([v1Entries[0], broken]);
    again.close();
  });

  it('closes its connection when a newer version opens in another tab, and tells the page', async () => {
    const name = uniqueName();
    let closed = false;
    const older = await Journal.open({ name, onClosedForUpgrade: () => (closed = true) });
    await older.add({ mood: 3, stress: 40 });

    // A later release opening the same database must not hang behind this tab.
    const newer = await openDB(name, DB_VERSION + 1);
    expect(closed).toBe(true);
    expect(await newer.count('entries')).toBe(1);
    newer.close();
  });

  it('refuses a database written by a newer release with a clear message', async () => {
    const name = uniqueName();
    (await openDB(name, DB_VERSION + 1)).close();
    await expect(Journal.open({ name })).rejects.toThrow(/newer Klartext/);
  });
});

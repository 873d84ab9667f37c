import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixedClock, openJournal, sampleInput } from '../../../support/journal';
import { JournalError, StorageFullError } from '../../../../utils/journal';

afterEach(() => vi.restoreAllMocks());

describe('journal entries', () => {
  it('stores an entry with every field and reads it back', async () => {
    const clock = fixedClock();
    const journal = await openJournal({ now: clock.now, newId: () => 'e1' });
    const saved = await journal.add(
      sampleInput({ tags: [' backlog ', 'Backlog', 'interruptions'] }),
    );
    expect(saved).toEqual({
      id: 'e1',
      createdAt: clock.now(),
      updatedAt: clock.now(),
      mood: 3,
      stress: 55,
      timePressure: 70,
      mentalDemand: 60,
      frustration: 40,
      tags: ['backlog', 'interruptions'],
      note: 'Long queue after the outage.',
      ticketRef: 'TD-1042',
    });
    expect(await journal.list()).toEqual([saved]);
    journal.close();
  });

  it('keeps a quick log without workload ratings as "not rated"', async () => {
    const journal = await openJournal();
    const saved = await journal.add({ mood: 2, stress: 70 });
    expect(saved).toMatchObject({
      timePressure: null,
      mentalDemand: null,
      frustration: null,
      tags: [],
      note: '',
    });
    expect(saved).not.toHaveProperty('ticketRef');
    journal.close();
  });

  it('keeps an entry without stress as "not rated", beside entries that rated it', async () => {
    const journal = await openJournal();
    const left = await journal.add({ mood: 2 });
    const unset = await journal.add({ mood: 4, stress: null });
    const rated = await journal.add({ mood: 3, stress: 40 });
    expect([left.stress, unset.stress, rated.stress]).toEqual([null, null, 40]);
    expect((await journal.list()).map((entry) => entry.stress).sort()).toEqual([40, null, null]);
    // An edit can take a rating back, and give one.
    expect((await journal.update(rated.id, { stress: null }, rated.updatedAt)).stress).toBeNull();
    journal.close();
  });

  it('refuses out-of-range values and names each problem', async () => {
    const journal = await openJournal();
    const attempt = journal.add({ mood: 6, stress: 101, timePressure: -1 });
    await expect(attempt).rejects.toThrow(JournalError);
    await expect(journal.add({ mood: 6, stress: 101, timePressure: -1 })).rejects.toThrow(
      /entry\.mood: expected a whole number from 1 to 5, got 6; entry\.stress: .*got 101; entry\.timePressure: .*got -1/,
    );
    expect(await journal.count()).toBe(0);
    journal.close();
  });

  it('edits an entry and moves its updatedAt forward', async () => {
    const clock = fixedClock();
    const journal = await openJournal({ now: clock.now });
    const saved = await journal.add(sampleInput());
    clock.advance(60_000);
    const edited = await journal.update(
      saved.id,
      { note: 'Better after lunch', tags: [] },
      saved.updatedAt,
    );
    expect(edited).toMatchObject({
      note: 'Better after lunch',
      tags: [],
      createdAt: saved.createdAt,
    });
    expect(edited.updatedAt).toBe(clock.now());
    expect(await journal.get(saved.id)).toEqual(edited);
    journal.close();
  });

  it('keeps fields an edit leaves undefined', async () => {
    const journal = await openJournal();
    const saved = await journal.add(sampleInput({ createdAt: 1_700_000_000_123 }));
    const edited = await journal.update(
      saved.id,
      { createdAt: undefined, note: 'only this' },
      saved.updatedAt,
    );
    expect(edited).toMatchObject({ createdAt: 1_700_000_000_123, mood: 3, note: 'only this' });
    journal.close();
  });

  it('refuses an edit based on an outdated version instead of overwriting it', async () => {
    const journal = await openJournal();
    const saved = await journal.add(sampleInput());
    const first = await journal.update(saved.id, { note: 'edited in tab A' }, saved.updatedAt);
    await expect(
      journal.update(saved.id, { note: 'edited in tab B' }, saved.updatedAt),
    ).rejects.toThrow(/changed in another window/);
    expect((await journal.get(saved.id))?.note).toBe(first.note);
    journal.close();
  });

  it('deletes one entry, and everything', async () => {
    const journal = await openJournal();
    const a = await journal.add(sampleInput());
    await journal.add(sampleInput({ note: 'second' }));
    await journal.remove(a.id);
    expect((await journal.list()).map((entry) => entry.note)).toEqual(['second']);
    await journal.updateSettings({ countersEnabled: true });
    await journal.recordCheck('2025-03-12', { tone: 1 });
    await journal.deleteEverything();
    expect(await journal.list()).toEqual([]);
    expect(await journal.counters()).toEqual([]);
    expect((await journal.settings()).countersEnabled).toBe(false);
    journal.close();
  });

  it('reports a full disk as StorageFullError and stores nothing', async () => {
    const journal = await openJournal();
    await journal.add(sampleInput({ note: 'before' }));
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const attempt = journal.add(sampleInput({ note: 'after' }));
    await expect(attempt).rejects.toBeInstanceOf(StorageFullError);
    await expect(journal.add(sampleInput())).rejects.toThrow(/no room left/);
    vi.restoreAllMocks();
    expect((await journal.list()).map((entry) => entry.note)).toEqual(['before']);
    journal.close();
  });

  it('reports other storage failures with their reason', async () => {
    const journal = await openJournal();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('Internal error writing to disk', 'UnknownError');
    });
    await expect(journal.add(sampleInput())).rejects.toMatchObject({ code: 'storage-full' });
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('Something odd', 'InvalidStateError');
    });
    await expect(journal.add(sampleInput())).rejects.toThrow(
      /could not be read or written: Something odd/,
    );
    journal.close();
  });

  it('filters a time range by creation time', async () => {
    const clock = fixedClock();
    const journal = await openJournal({ now: clock.now });
    const times = [0, 1, 2, 3].map((day) => clock.now() + day * 86_400_000);
    for (const createdAt of times) await journal.add(sampleInput({ createdAt }));
    const middle = await journal.list({ from: times[1], to: times[2] });
    expect(middle.map((entry) => entry.createdAt)).toEqual([times[1], times[2]]);
    journal.close();
  });
});

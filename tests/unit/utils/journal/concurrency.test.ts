import { describe, expect, it } from 'vitest';
import { sampleInput, uniqueName } from '../../../support/journal';
import { Journal } from '../../../../utils/journal';

// Two Journal objects on one database name are two connections, as two tabs have.
async function twoTabs() {
  const name = uniqueName();
  return [await Journal.open({ name }), await Journal.open({ name })] as const;
}

describe('two tabs writing at once', () => {
  it('loses no entry', async () => {
    const [a, b] = await twoTabs();
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        (i % 2 === 0 ? a : b).add(sampleInput({ note: `entry ${i}` })),
      ),
    );
    const notes = (await a.list()).map((entry) => entry.note).sort();
    expect(notes).toHaveLength(40);
    expect(new Set(notes).size).toBe(40);
    a.close();
    b.close();
  });

  it('counts every checked reply when both tabs count at once', async () => {
    const [a, b] = await twoTabs();
    await a.updateSettings({ countersEnabled: true });
    await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        (i % 2 === 0 ? a : b).recordCheck('2025-03-12', { tone: 1, clarity: i % 3 === 0 ? 2 : 0 }),
      ),
    );
    expect(await b.counters()).toEqual([
      { day: '2025-03-12', checks: 60, hints: { tone: 60, clarity: 40 } },
    ]);
    a.close();
    b.close();
  });

  it('lets only one of two simultaneous edits of the same version win, and says so', async () => {
    const [a, b] = await twoTabs();
    const entry = await a.add(sampleInput());
    const results = await Promise.allSettled([
      a.update(entry.id, { note: 'from A' }, entry.updatedAt),
      b.update(entry.id, { note: 'from B' }, entry.updatedAt),
    ]);
    const won = results.filter((result) => result.status === 'fulfilled');
    const lost = results.filter((result) => result.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(String((lost[0] as PromiseRejectedResult).reason)).toMatch(/changed in another window/);
    const stored = await a.get(entry.id);
    expect(stored?.note).toBe((won[0] as PromiseFulfilledResult<{ note: string }>).value.note);
    a.close();
    b.close();
  });

  it('keeps settings changed in two tabs at once', async () => {
    const [a, b] = await twoTabs();
    await Promise.all([
      a.updateSettings({ countersEnabled: true }),
      b.updateSettings({ retentionDays: 90 }),
    ]);
    expect(await a.settings()).toMatchObject({ countersEnabled: true, retentionDays: 90 });
    a.close();
    b.close();
  });
});

import { describe, expect, it } from 'vitest';
import { fixedClock, openJournal, sampleInput } from '../../../support/journal';

const DAY = 86_400_000;

describe('opt-in workload counters', () => {
  it('count nothing until the agent switches them on', async () => {
    const journal = await openJournal();
    expect(await journal.recordCheck('2025-03-12', { tone: 1 })).toBe(false);
    expect(await journal.counters()).toEqual([]);
    await journal.updateSettings({ countersEnabled: true });
    expect(await journal.recordCheck('2025-03-12', { tone: 1, empathy: 0 })).toBe(true);
    expect(await journal.recordCheck('2025-03-12', {})).toBe(true);
    expect(await journal.recordCheck('2025-03-13', { 'next-steps': 2 })).toBe(true);
    expect(await journal.counters()).toEqual([
      { day: '2025-03-12', checks: 2, hints: { tone: 1 } },
      { day: '2025-03-13', checks: 1, hints: { 'next-steps': 2 } },
    ]);
    expect(await journal.counters('2025-03-13', '2025-03-31')).toHaveLength(1);
    journal.close();
  });

  it('tell open journal pages about each counted reply, and nothing when counting is off', async () => {
    let changes = 0;
    const journal = await openJournal({ onChange: () => void (changes += 1) });
    await journal.recordCheck('2025-03-12', { tone: 1 });
    expect(changes).toBe(0);
    await journal.updateSettings({ countersEnabled: true });
    const before = changes;
    await journal.recordCheck('2025-03-12', { tone: 1 });
    await journal.recordCheck('2025-03-12', {});
    expect(changes - before).toBe(2);
    journal.close();
  });

  it('refuse a malformed day or category', async () => {
    const journal = await openJournal();
    await journal.updateSettings({ countersEnabled: true });
    await expect(journal.recordCheck('12.03.2025', {})).rejects.toThrow(/day: expected a date/);
    await expect(journal.recordCheck('2025-03-12', { rudeness: 1 } as never)).rejects.toThrow(
      /unknown category "rudeness"/,
    );
    await expect(journal.recordCheck('2025-03-12', { tone: 1.5 })).rejects.toThrow(
      /categoriesCount\.tone/,
    );
    expect(await journal.counters()).toEqual([]);
    journal.close();
  });
});

describe('retention', () => {
  it('keeps only the last N days, today included, when set', async () => {
    const clock = fixedClock();
    const journal = await openJournal({ now: clock.now });
    await journal.updateSettings({ countersEnabled: true });
    const today = clock.now();
    for (const daysAgo of [0, 1, 6, 7, 30]) {
      await journal.add(
        sampleInput({ createdAt: today - daysAgo * DAY, note: `${daysAgo} days ago` }),
      );
    }
    await journal.recordCheck('2025-03-05', { tone: 1 }); // 7 days before 2025-03-12
    await journal.recordCheck('2025-03-06', { tone: 1 });

    expect(await journal.applyRetention()).toBe(0); // off by default
    await journal.updateSettings({ retentionDays: 7 });
    expect(await journal.applyRetention()).toBe(2);
    expect((await journal.list()).map((e) => e.note)).toEqual([
      '6 days ago',
      '1 days ago',
      '0 days ago',
    ]);
    expect((await journal.counters()).map((c) => c.day)).toEqual(['2025-03-06']);
    journal.close();
  });

  it('refuses a retention of zero days', async () => {
    const journal = await openJournal();
    await expect(journal.updateSettings({ retentionDays: 0 })).rejects.toThrow(/retentionDays/);
    expect((await journal.settings()).retentionDays).toBeNull();
    journal.close();
  });
});

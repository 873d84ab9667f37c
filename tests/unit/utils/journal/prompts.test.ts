import { describe, expect, it } from 'vitest';
import { openJournal } from '../../../support/journal';
import {
  DEFAULT_SETTINGS,
  NO_STREAK,
  nextCheckInTime,
  onTicketChecked,
  shouldPromptCheckIn,
  type TenseStreak,
} from '../../../../utils/journal';

const at = (day: number, hours: number, minutes = 0) =>
  new Date(2025, 2, day, hours, minutes).getTime();
// 2025-03-12 is a Wednesday, 2025-03-15 a Saturday.
const on = { ...DEFAULT_SETTINGS.checkIn, enabled: true, time: '16:30' };

describe('daily check-in reminder', () => {
  it('is off by default', () => {
    expect(shouldPromptCheckIn(at(12, 17), DEFAULT_SETTINGS.checkIn, null, null)).toBe(false);
    expect(nextCheckInTime(at(12, 9), DEFAULT_SETTINGS.checkIn)).toBeNull();
  });

  it('prompts after the chosen time when nothing was logged or prompted today', () => {
    expect(shouldPromptCheckIn(at(12, 16, 29), on, null, null)).toBe(false);
    expect(shouldPromptCheckIn(at(12, 16, 30), on, null, null)).toBe(true);
    expect(shouldPromptCheckIn(at(12, 17), on, at(11, 17), at(11, 16, 30))).toBe(true);
    expect(shouldPromptCheckIn(at(12, 17), on, at(12, 9), null)).toBe(false);
    expect(shouldPromptCheckIn(at(12, 17), on, null, at(12, 16, 31))).toBe(false);
  });

  it('stays quiet at weekends unless asked otherwise', () => {
    expect(shouldPromptCheckIn(at(15, 17), on, null, null)).toBe(false);
    expect(shouldPromptCheckIn(at(15, 17), { ...on, workdaysOnly: false }, null, null)).toBe(true);
  });

  it('knows when the last entry was made, even while the journal is locked', async () => {
    const journal = await openJournal();
    expect(await journal.lastEntryAt()).toBeNull();
    await journal.add({ mood: 3, stress: 20, createdAt: at(11, 9) });
    await journal.add({ mood: 3, stress: 20, createdAt: at(12, 8), note: 'private' });
    await journal.add({ mood: 3, stress: 20, createdAt: at(10, 9) });
    await journal.enableEncryption('long enough passphrase');
    journal.lock();
    const last = await journal.lastEntryAt();
    expect(last).toBe(at(12, 8));
    expect(shouldPromptCheckIn(at(12, 17), on, last, null)).toBe(false);
    journal.close();
  });

  it('schedules the next reminder, skipping the weekend', () => {
    expect(nextCheckInTime(at(12, 9), on)).toBe(at(12, 16, 30));
    expect(nextCheckInTime(at(12, 17), on)).toBe(at(13, 16, 30));
    expect(nextCheckInTime(at(14, 17), on)).toBe(at(17, 16, 30));
  });
});

describe('break suggestion after tense tickets in a row', () => {
  const settings = { enabled: true, tenseInARow: 3 };
  function run(events: { ticket: string; tense: boolean; minute: number }[], start = NO_STREAK) {
    let streak: TenseStreak = start;
    const suggestions: string[] = [];
    for (const event of events) {
      const result = onTicketChecked(
        streak,
        { ...event, at: at(12, 9) + event.minute * 60_000 },
        settings,
      );
      streak = result.streak;
      if (result.suggestBreak) suggestions.push(event.ticket);
    }
    return { streak, suggestions };
  }

  it('suggests a break on the third tense ticket in a row', () => {
    const { suggestions } = run([
      { ticket: 'a', tense: true, minute: 0 },
      { ticket: 'b', tense: true, minute: 10 },
      { ticket: 'c', tense: true, minute: 20 },
    ]);
    expect(suggestions).toEqual(['c']);
  });

  it('counts a ticket once however often it is checked', () => {
    const { suggestions } = run([
      { ticket: 'a', tense: true, minute: 0 },
      { ticket: 'a', tense: true, minute: 1 },
      { ticket: 'a', tense: true, minute: 2 },
    ]);
    expect(suggestions).toEqual([]);
  });

  it('starts again after a calm ticket or a long gap', () => {
    expect(
      run([
        { ticket: 'a', tense: true, minute: 0 },
        { ticket: 'b', tense: false, minute: 5 },
        { ticket: 'c', tense: true, minute: 10 },
        { ticket: 'd', tense: true, minute: 15 },
      ]).suggestions,
    ).toEqual([]);
    expect(
      run([
        { ticket: 'a', tense: true, minute: 0 },
        { ticket: 'b', tense: true, minute: 10 },
        { ticket: 'c', tense: true, minute: 200 },
      ]).suggestions,
    ).toEqual([]);
  });

  it('stays quiet for an hour after a suggestion', () => {
    const events = ['a', 'b', 'c', 'd', 'e', 'f'].map((ticket, i) => ({
      ticket,
      tense: true,
      minute: i * 5,
    }));
    expect(run(events).suggestions).toEqual(['c']);
    const later = [
      ...events,
      ...['g', 'h', 'i'].map((ticket, i) => ({ ticket, tense: true, minute: 90 + i })),
    ];
    expect(run(later).suggestions).toEqual(['c', 'g']);
  });

  it('does nothing when switched off (the default)', () => {
    const result = onTicketChecked(
      NO_STREAK,
      { ticket: 'a', tense: true, at: 0 },
      DEFAULT_SETTINGS.breakSuggestion,
    );
    expect(result).toEqual({ streak: NO_STREAK, suggestBreak: false });
    expect(DEFAULT_SETTINGS.breakSuggestion.enabled).toBe(false);
  });
});

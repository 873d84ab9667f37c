// The journal's background part: finished replies from the sidebar are counted only when the
// agent opted in, tense tickets in a row lead to one break suggestion, and the check-in
// reminder follows the settings and stays quiet once the agent logged something today.
import { describe, expect, it } from 'vitest';
import { check } from '../../../../rules';
import {
  createJournalService,
  type JournalPrompt,
} from '../../../../utils/journal/background-service';
import {
  createReplyTally,
  isTenseCustomer,
  ticketKey,
} from '../../../../utils/journal/reply-tally';
import type { ReplyDone } from '../../../../utils/journal/reply-tally';
import type { TenseStreak } from '../../../../utils/journal/prompts';
import { fixedClock, openJournal } from '../../../support/journal';

async function setup() {
  const clock = fixedClock();
  const journal = await openJournal({ now: clock.now });
  const prompts: JournalPrompt[] = [];
  const alarms: (number | null)[] = [];
  let streak: TenseStreak | undefined;
  let lastPrompt: number | null = null;
  const service = createJournalService({
    journal: async () => journal,
    now: clock.now,
    scheduleCheckIn: async (when) => void alarms.push(when),
    prompt: async (kind) => void prompts.push(kind),
    loadStreak: async () => streak,
    saveStreak: async (next) => void (streak = next),
    loadLastPrompt: async () => lastPrompt,
    saveLastPrompt: async (at) => void (lastPrompt = at),
  });
  return { clock, journal, service, prompts, alarms };
}

describe('journal background service', () => {
  it('saves quick-log entries and answers a failure with its code instead of throwing', async () => {
    const { journal, service } = await setup();
    expect(await service.quickLog({ mood: 2, stress: 80, note: 'Zäher Vormittag' })).toEqual({
      ok: true,
    });
    expect(await journal.list()).toMatchObject([{ mood: 2, stress: 80, note: 'Zäher Vormittag' }]);

    await journal.enableEncryption('correct horse battery staple');
    journal.lock();
    // Mood and stress alone need no passphrase; a note would have to be sealed, so it waits.
    expect(await service.quickLog({ mood: 3, stress: 10, note: '' })).toEqual({ ok: true });
    expect(await service.quickLog({ mood: 3, stress: 10, note: 'private' })).toMatchObject({
      ok: false,
      code: 'locked',
    });
    expect(await journal.count()).toBe(2);
  });

  it('counts finished replies per day and category only after the agent opted in', async () => {
    const { journal, service } = await setup();
    await service.replyChecked({ hints: { tone: 2 }, ticket: 'a', tense: false });
    expect(await journal.counters()).toEqual([]);

    await journal.updateSettings({ countersEnabled: true });
    await Promise.all([
      service.replyChecked({ hints: { tone: 2, clarity: 1 }, ticket: 'a', tense: false }),
      service.replyChecked({ hints: { tone: 1 }, ticket: 'b', tense: false }),
    ]);
    expect(await journal.counters()).toEqual([
      { day: '2025-03-12', checks: 2, hints: { tone: 3, clarity: 1 } },
    ]);
  });

  it('suggests one break after the chosen number of tense tickets in a row, if switched on', async () => {
    const { journal, service, prompts, clock } = await setup();
    for (const ticket of ['a', 'b', 'c']) {
      await service.replyChecked({ hints: {}, ticket, tense: true });
    }
    expect(prompts).toEqual([]);

    await journal.updateSettings({ breakSuggestion: { enabled: true, tenseInARow: 3 } });
    await service.replyChecked({ hints: {}, ticket: 'd', tense: true });
    await service.replyChecked({ hints: {}, ticket: 'd', tense: true }); // same ticket again
    await service.replyChecked({ hints: {}, ticket: 'e', tense: false }); // calm: starts over
    for (const ticket of ['f', 'g']) {
      clock.advance(5 * 60_000);
      await service.replyChecked({ hints: {}, ticket, tense: true });
    }
    expect(prompts).toEqual([]);
    await service.replyChecked({ hints: {}, ticket: 'h', tense: true });
    expect(prompts).toEqual(['break']);
  });

  it('sets the check-in alarm from the settings and reminds only when nothing was logged today', async () => {
    const { journal, service, prompts, alarms, clock } = await setup();
    await service.reschedule();
    expect(alarms).toEqual([null]);

    await journal.updateSettings({ checkIn: { enabled: true, time: '16:30' } });
    await service.reschedule();
    expect(alarms.at(-1)).toBe(new Date(2025, 2, 12, 16, 30).getTime());

    clock.set(new Date(2025, 2, 12, 16, 30).getTime());
    await service.checkInDue();
    expect(prompts).toEqual(['check-in']);
    expect(alarms.at(-1)).toBe(new Date(2025, 2, 13, 16, 30).getTime());

    clock.set(new Date(2025, 2, 13, 9, 0).getTime());
    await journal.add({ mood: 4, stress: 20 });
    clock.set(new Date(2025, 2, 13, 16, 30).getTime());
    await service.checkInDue();
    expect(prompts).toEqual(['check-in']);
  });
});

describe('reply tally', () => {
  const angry = 'This is the third time I am writing. Still no refund!';

  function tally() {
    const sent: ReplyDone[] = [];
    let address = 'https://desk.example/tickets/1';
    const t = createReplyTally({ check, address: () => address, send: (r) => sent.push(r) });
    return { t, sent, go: (next: string) => void (address = next) };
  }

  it('counts a reply once, with the hints of its last check, when the box is emptied', () => {
    const { t, sent } = tally();
    const draft = 'As already stated, this is not our department.';
    for (let i = 0; i < 3; i += 1) t.typed('key');
    t.observe('As', angry, check({ draft: 'As', customer: angry }));
    t.observe(draft, angry, check({ draft, customer: angry }));
    expect(sent).toEqual([]);
    t.observe('', angry, undefined);
    t.observe('', angry, undefined);
    expect(sent).toHaveLength(1);
    const last = check({ draft, customer: angry }).findings;
    const total = Object.values(sent[0]!.hints).reduce((a, b) => a + b, 0);
    expect(total).toBe(last.length);
    expect(sent[0]!.hints.tone).toBeGreaterThan(0);
    expect(sent[0]!.tense).toBe(true);
    expect(JSON.stringify(sent[0])).not.toContain('department');
    expect(sent[0]!.ticket).toBe(ticketKey('https://desk.example/tickets/1'));
  });

  it('ends a reply in progress when the box goes away, and nothing when none was written', () => {
    const { t, sent } = tally();
    t.end();
    expect(sent).toEqual([]);
    const draft = 'Thanks, I have changed the address to 4 Elm Road.';
    t.typed('paste');
    t.observe(draft, 'Can I change my delivery address?', check({ draft }));
    t.end();
    t.end();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.tense).toBe(false);
  });

  it('counts nothing the agent did not type: a script filling and emptying the box 50 times', () => {
    const { t, sent, go } = tally();
    const draft = 'We will get back to you asap.';
    for (let i = 0; i < 50; i += 1) {
      go(`https://desk.example/tickets/1#${i}`);
      t.observe(draft, angry, check({ draft, customer: angry }));
      t.observe('', angry, undefined);
    }
    expect(sent).toEqual([]);
    // The agent types one reply; the script's refills after it are not replies either.
    t.typed('paste');
    t.observe(draft, angry, check({ draft, customer: angry }));
    t.observe('', angry, undefined);
    for (let i = 0; i < 10; i += 1) {
      t.observe(draft, angry, check({ draft, customer: angry }));
      t.observe('', angry, undefined);
    }
    t.end();
    expect(sent).toHaveLength(1);
  });

  it('does not count a key the agent pressed as a reply when a script empties the box after it', () => {
    const { t, sent } = tally();
    const draft = 'We will get back to you asap.';
    for (let i = 0; i < 20; i += 1) {
      t.typed('key');
      t.observe(draft, angry, check({ draft, customer: angry }));
      t.observe('', angry, undefined);
    }
    expect(sent).toEqual([]);
    // Three keys in a row make a reply; so does one paste.
    for (let i = 0; i < 3; i += 1) t.typed('key');
    t.observe(draft, angry, check({ draft, customer: angry }));
    t.observe('', angry, undefined);
    t.typed('paste');
    t.observe(draft, angry, check({ draft, customer: angry }));
    t.end();
    expect(sent).toHaveLength(2);
  });

  it("judges tension by the checker's own emotion rule, in both languages", () => {
    expect(isTenseCustomer(check, angry, 'en')).toBe(true);
    expect(isTenseCustomer(check, 'Das ist dringend, wir verlieren schon wieder Geld!', 'de')).toBe(
      true,
    );
    expect(isTenseCustomer(check, 'Can I change my delivery address?', 'en')).toBe(false);
    expect(isTenseCustomer(check, undefined, 'en')).toBe(false);
  });
});

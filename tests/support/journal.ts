// Shared set-up for the journal tests: an in-memory IndexedDB and a fresh database per test.
import 'fake-indexeddb/auto';
import { Journal, type JournalOptions } from '../../utils/journal';
import type { EntryInput } from '../../utils/journal';

let counter = 0;

export function uniqueName(): string {
  counter += 1;
  return `journal-test-${Date.now()}-${counter}`;
}

export async function openJournal(options: JournalOptions = {}): Promise<Journal> {
  return Journal.open({ name: uniqueName(), ...options });
}

/** A fixed clock: 2025-03-12 (a Wednesday) 10:00 local time, moved by `advance`. */
export function fixedClock(start = new Date(2025, 2, 12, 10, 0).getTime()) {
  let now = start;
  return {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
    set: (time: number) => {
      now = time;
    },
  };
}

export function sampleInput(overrides: Partial<EntryInput> = {}): EntryInput {
  return {
    mood: 3,
    stress: 55,
    timePressure: 70,
    mentalDemand: 60,
    frustration: 40,
    tags: ['backlog'],
    note: 'Long queue after the outage.',
    ticketRef: 'TD-1042',
    ...overrides,
  };
}

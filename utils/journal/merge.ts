// Deciding what an import would do, without doing it. Pure, so the preview the agent sees and
// the write that follows come from the same plan.
//
// Policy (never silently overwrite):
// - an entry whose id is new and whose content is not in the journal yet is added as it is;
// - an entry identical in content to one already there (same id or not) is a duplicate and
//   skipped, so importing the same backup twice changes nothing;
// - an entry whose id exists with different content is a conflict: both are kept, the one
//   from the backup under a new id, and the preview lists every conflict;
// - a day counter that exists with different numbers keeps the journal's numbers and is
//   reported (adding them up could count the same replies twice);
// - settings in a backup are not applied: the agent's current choices stay.
import type { JournalBackup } from './backup';
import type { DayCounter, JournalEntry } from './types';

export interface EntryConflict {
  existing: JournalEntry;
  incoming: JournalEntry;
  /** The new id the incoming entry is stored under. */
  keptAs: string;
}

export interface ImportPlan {
  backup: JournalBackup;
  added: JournalEntry[];
  duplicates: number;
  conflicts: EntryConflict[];
  countersAdded: DayCounter[];
  countersIdentical: number;
  counterConflicts: { existing: DayCounter; incoming: DayCounter }[];
}

export function contentKey(entry: JournalEntry): string {
  return JSON.stringify([
    entry.createdAt,
    entry.mood,
    entry.stress,
    entry.timePressure,
    entry.mentalDemand,
    entry.frustration,
    entry.tags,
    entry.note,
    entry.ticketRef ?? null,
  ]);
}

function sameCounter(a: DayCounter, b: DayCounter): boolean {
  const keys = new Set([...Object.keys(a.hints), ...Object.keys(b.hints)]) as Set<
    keyof DayCounter['hints']
  >;
  return (
    a.checks === b.checks && [...keys].every((key) => (a.hints[key] ?? 0) === (b.hints[key] ?? 0))
  );
}

export function planImport(
  backup: JournalBackup,
  existingEntries: readonly JournalEntry[],
  existingCounters: readonly DayCounter[],
  newId: () => string,
): ImportPlan {
  const byId = new Map(existingEntries.map((entry) => [entry.id, entry]));
  const contents = new Set(existingEntries.map(contentKey));
  const plan: ImportPlan = {
    backup,
    added: [],
    duplicates: 0,
    conflicts: [],
    countersAdded: [],
    countersIdentical: 0,
    counterConflicts: [],
  };
  for (const incoming of backup.entries) {
    const key = contentKey(incoming);
    if (contents.has(key)) {
      plan.duplicates += 1;
      continue;
    }
    contents.add(key);
    const existing = byId.get(incoming.id);
    if (!existing) {
      plan.added.push(incoming);
      byId.set(incoming.id, incoming);
    } else {
      let keptAs = newId();
      while (byId.has(keptAs)) keptAs = newId();
      plan.conflicts.push({ existing, incoming, keptAs });
      byId.set(keptAs, { ...incoming, id: keptAs });
    }
  }
  const days = new Map(existingCounters.map((counter) => [counter.day, counter]));
  for (const incoming of backup.counters) {
    const existing = days.get(incoming.day);
    if (!existing) plan.countersAdded.push(incoming);
    else if (sameCounter(existing, incoming)) plan.countersIdentical += 1;
    else plan.counterConflicts.push({ existing, incoming });
  }
  return plan;
}

/** The entries an import writes: the new ones, and each conflicting one under its new id. */
export function entriesToWrite(plan: ImportPlan): JournalEntry[] {
  return [
    ...plan.added,
    ...plan.conflicts.map(({ incoming, keptAs }) => ({ ...incoming, id: keptAs })),
  ];
}

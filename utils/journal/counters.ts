// Opt-in workload counters: replies checked per local day and the hints given per category.
// Nothing is counted unless the agent switched counting on; the text of a reply is never kept.
import { CATEGORIES, type Category } from '../../rules/engine/types';
import { guarded, inTransaction, type JournalDb } from './db';
import { JournalError } from './errors';
import { isDay } from './days';
import { joined, problem, type Problem } from './problems';
import type { DayCounter, JournalSettings } from './types';

export const MAX_COUNT = 1_000_000;

/** Hints per category for one checked reply, e.g. `{ tone: 2, clarity: 1 }`. */
export type CategoryCounts = Partial<Record<Category, number>>;

function countProblems(path: string, value: unknown): Problem[] {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_COUNT
    ? []
    : [
        problem(
          path,
          `expected a whole number from 0 to ${MAX_COUNT}`,
          `erwartet wird eine ganze Zahl von 0 bis ${MAX_COUNT}`,
        ),
      ];
}

export function hintsProblems(path: string, hints: unknown): Problem[] {
  if (typeof hints !== 'object' || hints === null || Array.isArray(hints)) {
    return [
      problem(
        path,
        'expected an object of counts per category',
        'erwartet wird ein Objekt mit Zahlen je Kategorie',
      ),
    ];
  }
  return Object.entries(hints).flatMap(([category, count]) =>
    (CATEGORIES as readonly string[]).includes(category)
      ? countProblems(`${path}.${category}`, count)
      : [problem(path, `unknown category "${category}"`, `unbekannte Kategorie „${category}“`)],
  );
}

const DATE_EXPECTED = problem(
  '',
  'expected a date like 2025-03-31',
  'erwartet wird ein Datum wie 2025-03-31',
);

export function counterProblems(path: string, counter: DayCounter): Problem[] {
  return [
    ...(isDay(counter.day) ? [] : [problem(`${path}.day`, DATE_EXPECTED.en, DATE_EXPECTED.de)]),
    ...countProblems(`${path}.checks`, counter.checks),
    ...hintsProblems(`${path}.hints`, counter.hints),
  ];
}

/**
 * Counts one checked reply on `day` (local YYYY-MM-DD) with its hints per category. Returns
 * false and stores nothing when counting is off. Read and increment happen in one transaction,
 * so checks from several tabs add up instead of overwriting each other.
 */
export async function recordCheck(
  db: JournalDb,
  day: string,
  categoriesCount: CategoryCounts,
): Promise<boolean> {
  const got = JSON.stringify(day);
  const problems = [
    ...(isDay(day)
      ? []
      : [
          problem(
            'day',
            `${DATE_EXPECTED.en}, got ${got}`,
            `${DATE_EXPECTED.de}, erhalten: ${got}`,
          ),
        ]),
    ...hintsProblems('categoriesCount', categoriesCount),
  ];
  if (problems.length > 0) {
    throw new JournalError('invalid-entry', joined(problems));
  }
  return inTransaction(db, ['meta', 'counters'], async (tx) => {
    const settings = (await tx.objectStore('meta').get('settings')) as JournalSettings | undefined;
    if (!settings?.countersEnabled) return false;
    const counters = tx.objectStore('counters');
    const current = (await counters.get(day)) ?? { day, checks: 0, hints: {} };
    const hints: CategoryCounts = { ...current.hints };
    for (const [category, count] of Object.entries(categoriesCount) as [Category, number][]) {
      if (count > 0) hints[category] = Math.min(MAX_COUNT, (hints[category] ?? 0) + count);
    }
    await counters.put({ day, checks: Math.min(MAX_COUNT, current.checks + 1), hints });
    return true;
  });
}

export async function readCounters(
  db: JournalDb,
  from?: string,
  to?: string,
): Promise<DayCounter[]> {
  const query =
    from !== undefined || to !== undefined
      ? IDBKeyRange.bound(from ?? '0000-00-00', to ?? '9999-99-99')
      : undefined;
  return guarded(() => db.getAll('counters', query));
}

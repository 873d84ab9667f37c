// Checks for entries coming from forms, the quick log and backups. Each problem is named with
// the field it concerns, so the page (and an import preview) can say exactly what is wrong.
import { JournalError } from './errors';
import { count, described, joined, problem, type Problem } from './problems';
import {
  LIMITS,
  MOOD_MAX,
  MOOD_MIN,
  SCALE_MAX,
  SCALE_MIN,
  TLX_FIELDS,
  type EntryInput,
  type JournalEntry,
} from './types';

/** Trims tags, drops blanks and repeats (ignoring case), keeping the first spelling. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/\s+/g, ' ');
    const key = tag.toLocaleLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

/** Splits what a person typed into a tag field ("backlog, angry customer") into tags. */
export function parseTagList(text: string): string[] {
  return normalizeTags(text.split(/[,;\n]/));
}

export function checkInteger(path: string, value: unknown, min: number, max: number): Problem[] {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
    ? []
    : [
        problem(
          path,
          `expected a whole number from ${min} to ${max}, got ${described(value).en}`,
          `erwartet wird eine ganze Zahl von ${min} bis ${max}, erhalten: ${described(value).de}`,
        ),
      ];
}

export function checkTime(path: string, value: unknown): Problem[] {
  return typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= 0 &&
    value <= 8_640_000_000_000_000
    ? []
    : [
        problem(
          path,
          `expected a time in milliseconds since 1970, got ${described(value).en}`,
          `erwartet wird ein Zeitpunkt in Millisekunden seit 1970, erhalten: ${described(value).de}`,
        ),
      ];
}

export function checkString(path: string, value: unknown, maxLength: number): Problem[] {
  if (typeof value !== 'string') {
    return [
      problem(
        path,
        `expected text, got ${described(value).en}`,
        `erwartet wird Text, erhalten: ${described(value).de}`,
      ),
    ];
  }
  if (value.length > maxLength) {
    const max = count(maxLength);
    return [problem(path, `longer than ${max.en} characters`, `länger als ${max.de} Zeichen`)];
  }
  return [];
}

export function checkTags(path: string, value: unknown): Problem[] {
  if (!Array.isArray(value)) {
    return [
      problem(
        path,
        `expected a list of tags, got ${described(value).en}`,
        `erwartet wird eine Liste von Stichwörtern, erhalten: ${described(value).de}`,
      ),
    ];
  }
  if (value.length > LIMITS.tags) {
    return [problem(path, `more than ${LIMITS.tags} tags`, `mehr als ${LIMITS.tags} Stichwörter`)];
  }
  return value.flatMap((tag, index) => checkString(`${path}[${index}]`, tag, LIMITS.tagLength));
}

/** A 0-100 rating, or null for "not rated" (stress and the workload subscales). */
function checkRating(path: string, value: unknown): Problem[] {
  return value === null ? [] : checkInteger(path, value, SCALE_MIN, SCALE_MAX);
}

/** Every problem with a complete entry (as exported, or as read back decrypted). */
export function entryProblems(path: string, entry: JournalEntry): Problem[] {
  const problems = [
    ...checkString(`${path}.id`, entry.id, LIMITS.idLength),
    ...checkTime(`${path}.createdAt`, entry.createdAt),
    ...checkTime(`${path}.updatedAt`, entry.updatedAt),
    ...checkInteger(`${path}.mood`, entry.mood, MOOD_MIN, MOOD_MAX),
    ...checkRating(`${path}.stress`, entry.stress),
    ...TLX_FIELDS.flatMap((field) => checkRating(`${path}.${field}`, entry[field])),
    ...checkTags(`${path}.tags`, entry.tags),
    ...checkString(`${path}.note`, entry.note, LIMITS.noteLength),
  ];
  if (typeof entry.id === 'string' && entry.id.trim() === '') {
    problems.push(problem(`${path}.id`, 'empty', 'leer'));
  }
  if (entry.ticketRef !== undefined) {
    problems.push(...checkString(`${path}.ticketRef`, entry.ticketRef, LIMITS.ticketRefLength));
  }
  return problems;
}

/** Builds a complete entry from form input, or throws naming every problem. */
export function entryFromInput(input: EntryInput, id: string, now: number): JournalEntry {
  const ticketRef = input.ticketRef?.trim();
  const entry: JournalEntry = {
    id,
    createdAt: input.createdAt ?? now,
    updatedAt: now,
    mood: input.mood,
    stress: input.stress ?? null,
    timePressure: input.timePressure ?? null,
    mentalDemand: input.mentalDemand ?? null,
    frustration: input.frustration ?? null,
    tags: Array.isArray(input.tags) ? normalizeTags(input.tags) : [],
    note: input.note ?? '',
    ...(ticketRef ? { ticketRef } : {}),
  };
  assertValidEntry(entry);
  return entry;
}

export function assertValidEntry(entry: JournalEntry): void {
  const problems = entryProblems('entry', entry);
  if (problems.length > 0) {
    const all = joined(problems);
    throw new JournalError('invalid-entry', {
      en: `This entry cannot be saved: ${all.en}`,
      de: `Dieser Eintrag kann nicht gespeichert werden: ${all.de}`,
    });
  }
}

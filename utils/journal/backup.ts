// The JSON backup format and its strict reader. A backup is untrusted input: it may be a
// different file, a truncated one, an edited one or a hostile one. It is rejected as a whole
// with a message that names the problem, before anything in the journal changes.
//
// Format (version 1):
//   { "format": "klartext-journal", "version": 1, "exportedAt": <ms>,
//     "entries": [JournalEntry...], "counters": [DayCounter...], "settings": JournalSettings }
// Entries are exported decrypted (the backup is the agent's own copy; keep it somewhere safe).
import { parseJson as readJson } from '../../rules/packs/json';
import { counterProblems } from './counters';
import { ImportError } from './errors';
import { jsonProblem } from './json-errors';
import { count, described, joined, problem, shapeProblems, type Problem } from './problems';
import { settingsProblems } from './settings';
import { checkTime, entryProblems } from './validate';
import { ENTRY_FIELDS, type DayCounter, type JournalEntry, type JournalSettings } from './types';
import { isRecord } from '../is-record';

export const BACKUP_FORMAT = 'klartext-journal';
export const BACKUP_VERSION = 1;
/** Larger files are refused before they are read: a real journal is far smaller. */
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;
export const MAX_BACKUP_ENTRIES = 200_000;

export interface JournalBackup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: number;
  entries: JournalEntry[];
  counters: DayCounter[];
  settings: JournalSettings;
}

const ENTRY_KEYS = ENTRY_FIELDS.filter((key) => key !== 'ticketRef');
const COUNTER_KEYS = ['day', 'checks', 'hints'] as const;
const TOP_KEYS = ['format', 'version', 'exportedAt', 'entries', 'counters', 'settings'] as const;

export function serializeBackup(backup: JournalBackup): string {
  return `${JSON.stringify(backup, null, 2)}\n`;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Refuses oversized files from their size alone, before reading them. */
export function checkBackupSize(bytes: number): void {
  if (bytes > MAX_BACKUP_BYTES) {
    const size = megabytes(bytes);
    const max = megabytes(MAX_BACKUP_BYTES);
    throw new ImportError({
      en: `This file is ${size}; a journal backup can be at most ${max}. Nothing was imported.`,
      de: `Diese Datei ist ${size} groß; eine Journal-Sicherung darf höchstens ${max} groß sein. Nichts wurde importiert.`,
    });
  }
}

function utf8Length(text: string): number {
  // Each UTF-16 unit is 1 to 3 UTF-8 bytes: only count exactly when it matters.
  if (text.length > MAX_BACKUP_BYTES) return text.length;
  if (text.length * 3 <= MAX_BACKUP_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}

function outOfRange(value: unknown): boolean {
  return typeof value === 'number' && !Number.isFinite(value);
}

function fail(problems: Problem[]): never {
  const shown = joined(problems.slice(0, 5));
  const rest = problems.length - 5;
  const more =
    rest > 0
      ? { en: ` (and ${rest} more problems)`, de: ` (und ${rest} weitere Probleme)` }
      : { en: '', de: '' };
  throw new ImportError({
    en: `This backup was not imported, nothing was changed. ${shown.en}${more.en}.`,
    de: `Diese Sicherung wurde nicht importiert, nichts wurde geändert. ${shown.de}${more.de}.`,
  });
}

/**
 * Parsed by the pack reader (rules/packs/json.ts): the same limits and located problems, and
 * one walk over the result instead of a reviver call per value.
 */
function parseJson(text: string): unknown {
  const read = readJson(text);
  if (!read.ok) fail([jsonProblem(text, read)]);
  return read.value;
}

/** Reads and validates a backup text completely; throws ImportError naming the problems. */
export function parseBackup(input: string): JournalBackup {
  checkBackupSize(utf8Length(input));
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') fail([problem('', 'The file is empty', 'Die Datei ist leer')]);
  const data = parseJson(text);
  if (!isRecord(data)) {
    fail([
      problem(
        '',
        'The file is JSON but not a journal backup (expected an object)',
        'Die Datei ist JSON, aber keine Journal-Sicherung (erwartet wird ein Objekt)',
      ),
    ]);
  }
  if (data.format !== BACKUP_FORMAT) {
    const format = JSON.stringify(data.format ?? null);
    fail([
      problem(
        '',
        `The file is not a Klartext journal backup (format is ${format})`,
        `Die Datei ist keine Klartext-Journal-Sicherung (format ist ${format})`,
      ),
    ]);
  }
  if (data.version !== BACKUP_VERSION) {
    // 1e400 reads as Infinity, which JSON.stringify would call "null".
    const shown = JSON.stringify(data.version ?? null);
    const has = outOfRange(data.version)
      ? {
          en: `The backup's version is ${described(data.version).en}`,
          de: `Die Version der Sicherung ist ${described(data.version).de}`,
        }
      : { en: `The backup has version ${shown}`, de: `Die Sicherung hat Version ${shown}` };
    fail([
      problem(
        '',
        `${has.en}; this Klartext reads version ${BACKUP_VERSION}`,
        `${has.de}; dieses Klartext liest Version ${BACKUP_VERSION}`,
      ),
    ]);
  }
  const problems = shapeProblems('backup', data, TOP_KEYS);
  if (problems.length > 0) fail(problems);
  problems.push(...checkTime('exportedAt', data.exportedAt));
  const listExpected = (path: string) =>
    problem(path, 'expected a list', 'erwartet wird eine Liste');
  if (!Array.isArray(data.entries)) fail([listExpected('entries')]);
  if (!Array.isArray(data.counters)) fail([listExpected('counters')]);
  if (data.entries.length > MAX_BACKUP_ENTRIES) {
    const max = count(MAX_BACKUP_ENTRIES);
    fail([problem('entries', `more than ${max.en} entries`, `mehr als ${max.de} Einträge`)]);
  }
  const ids = new Set<string>();
  data.entries.forEach((entry: unknown, index) => {
    const path = `entries[${index}]`;
    const shape = shapeProblems(path, entry, ENTRY_KEYS, ['ticketRef']);
    if (shape.length > 0) return problems.push(...shape);
    const typed = entry as JournalEntry;
    problems.push(...entryProblems(path, typed));
    if (typeof typed.id === 'string') {
      if (ids.has(typed.id)) {
        const id = JSON.stringify(typed.id);
        problems.push(
          problem(`${path}.id`, `the id ${id} appears twice`, `die ID ${id} kommt zweimal vor`),
        );
      }
      ids.add(typed.id);
    }
  });
  const days = new Set<string>();
  data.counters.forEach((counter: unknown, index) => {
    const path = `counters[${index}]`;
    const shape = shapeProblems(path, counter, COUNTER_KEYS);
    if (shape.length > 0) return problems.push(...shape);
    const typed = counter as DayCounter;
    problems.push(...counterProblems(path, typed));
    if (days.has(typed.day)) {
      problems.push(
        problem(
          `${path}.day`,
          `the day ${typed.day} appears twice`,
          `der Tag ${typed.day} kommt zweimal vor`,
        ),
      );
    }
    days.add(typed.day);
  });
  problems.push(...settingsProblems('settings', data.settings));
  if (problems.length > 0) fail(problems);
  return data as unknown as JournalBackup;
}

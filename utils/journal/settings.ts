// Journal settings live in the journal database (store `meta`), so "delete everything" and
// backups cover them, and the background reads them where it reads the counters.
import { guarded, inTransaction, type JournalDb } from './db';
import { JournalError } from './errors';
import { joined, objectExpected, problem, shapeProblems, type Problem } from './problems';
import { checkInteger } from './validate';
import { DEFAULT_SETTINGS, type JournalSettings } from './types';
import { isRecord } from '../is-record';

export const MAX_RETENTION_DAYS = 3650;
const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;

function checkBoolean(path: string, value: unknown): Problem[] {
  return typeof value === 'boolean'
    ? []
    : [problem(path, 'expected true or false', 'erwartet wird true oder false')];
}

export function settingsProblems(path: string, value: unknown): Problem[] {
  if (!isRecord(value)) return [objectExpected(path)];
  const problems = shapeProblems(path, value, Object.keys(DEFAULT_SETTINGS));
  if (problems.length > 0) return problems;
  const { countersEnabled, retentionDays, checkIn, breakSuggestion } = value;
  problems.push(...checkBoolean(`${path}.countersEnabled`, countersEnabled));
  if (retentionDays !== null) {
    problems.push(...checkInteger(`${path}.retentionDays`, retentionDays, 1, MAX_RETENTION_DAYS));
  }
  if (!isRecord(checkIn)) {
    problems.push(objectExpected(`${path}.checkIn`));
  } else {
    problems.push(
      ...shapeProblems(`${path}.checkIn`, checkIn, ['enabled', 'time', 'workdaysOnly']),
    );
    problems.push(...checkBoolean(`${path}.checkIn.enabled`, checkIn.enabled));
    problems.push(...checkBoolean(`${path}.checkIn.workdaysOnly`, checkIn.workdaysOnly));
    if (typeof checkIn.time !== 'string' || !TIME_RE.test(checkIn.time)) {
      problems.push(
        problem(
          `${path}.checkIn.time`,
          'expected a time of day like 16:30',
          'erwartet wird eine Uhrzeit wie 16:30',
        ),
      );
    }
  }
  if (!isRecord(breakSuggestion)) {
    problems.push(objectExpected(`${path}.breakSuggestion`));
  } else {
    problems.push(
      ...shapeProblems(`${path}.breakSuggestion`, breakSuggestion, ['enabled', 'tenseInARow']),
    );
    problems.push(...checkBoolean(`${path}.breakSuggestion.enabled`, breakSuggestion.enabled));
    problems.push(
      ...checkInteger(`${path}.breakSuggestion.tenseInARow`, breakSuggestion.tenseInARow, 2, 20),
    );
  }
  return problems;
}

export type SettingsPatch = Partial<Omit<JournalSettings, 'checkIn' | 'breakSuggestion'>> & {
  checkIn?: Partial<JournalSettings['checkIn']>;
  breakSuggestion?: Partial<JournalSettings['breakSuggestion']>;
};

export function mergeSettings(base: JournalSettings, patch: SettingsPatch): JournalSettings {
  return {
    ...base,
    ...patch,
    checkIn: { ...base.checkIn, ...patch.checkIn },
    breakSuggestion: { ...base.breakSuggestion, ...patch.breakSuggestion },
  };
}

export async function readSettings(db: JournalDb): Promise<JournalSettings> {
  return settingsFrom(await guarded(() => db.get('meta', 'settings')));
}

/** The settings from what the 'settings' record of the meta store holds (defaults if none). */
export function settingsFrom(stored: unknown): JournalSettings {
  return mergeSettings(structuredClone(DEFAULT_SETTINGS), (stored ?? {}) as SettingsPatch);
}

export async function updateSettings(
  db: JournalDb,
  patch: SettingsPatch,
): Promise<JournalSettings> {
  return inTransaction(db, ['meta'], async (tx) => {
    const meta = tx.objectStore('meta');
    const current = mergeSettings(
      structuredClone(DEFAULT_SETTINGS),
      ((await meta.get('settings')) ?? {}) as SettingsPatch,
    );
    const next = mergeSettings(current, patch);
    const problems = settingsProblems('settings', next);
    if (problems.length > 0) {
      const all = joined(problems);
      throw new JournalError('invalid-entry', {
        en: `These settings cannot be saved: ${all.en}`,
        de: `Diese Einstellungen können nicht gespeichert werden: ${all.de}`,
      });
    }
    await meta.put(next, 'settings');
    return next;
  });
}

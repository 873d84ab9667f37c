// State and actions of the journal page, apart from any rendering, so they run in tests.
// Every action reports failure in `error` (a JournalError's code and message) rather than
// throwing into the UI; nothing is swallowed.
import { createStore, type Store } from '../store';
import { checkBackupSize } from './backup';
import { addDays, localDay, startOfDay } from './days';
import { ImportError, toJournalError, type JournalError } from './errors';
import type { EncryptionState, Journal } from './journal';
import type { DayStats } from './analysis/daily';
import type { ImportPlan } from './merge';
import type { PersistState } from './persist';
import type { SettingsPatch } from './settings';
import {
  DEFAULT_SETTINGS,
  type DayCounter,
  type EntryInput,
  type EntryPatch,
  type JournalEntry,
  type JournalSettings,
} from './types';

export type Notice =
  | { kind: 'saved' }
  | { kind: 'deleted' }
  | { kind: 'deleted-all' }
  | { kind: 'imported'; added: number; conflicts: number }
  | { kind: 'retention'; removed: number }
  | { kind: 'encryption-on' }
  | { kind: 'encryption-off' }
  | { kind: 'settings-saved' };

export interface PageError {
  code: JournalError['code'];
  /** English; `details` has the same in both UI languages when Klartext itself found it. */
  message: string;
  details?: JournalError['details'];
}

export interface JournalPageState {
  phase: 'loading' | 'locked' | 'ready' | 'failed';
  entries: JournalEntry[];
  counters: DayCounter[];
  settings: JournalSettings;
  encryption: EncryptionState;
  persist: PersistState | null;
  importPlan: ImportPlan | null;
  error: PageError | null;
  notice: Notice | null;
  busy: boolean;
  /**
   * While `entries` holds only the newest ones (opening the page): every day's figures from
   * the journal's cache, for the chart. Null once all entries are read.
   */
  cachedDays: readonly DayStats[] | null;
}

export interface JournalPageDeps {
  journal: Journal;
  /** Offers a file to save (the page turns it into a download). */
  download(filename: string, mime: string, text: string): void;
  requestPersistence(): Promise<PersistState>;
  now(): number;
  /**
   * Resolves once the page has drawn what it has (the next frame). Opening waits for it
   * between the recent entries and the rest, so reading thousands of entries does not hold
   * up the first picture. Absent: no wait.
   */
  painted?(): Promise<void>;
}

/** A picked file: only its size is looked at before it is read. */
export interface PickedFile {
  size: number;
  text(): Promise<string>;
}

export type JournalPageModel = ReturnType<typeof createJournalPageModel>;

function stamp(now: number): string {
  const date = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Days read first when the page opens without cached day figures: the longest chart range. */
const RECENT_DAYS = 90;
/** Days read first with them: this week and the last, for the list and the weekly summary. */
const FIRST_DAYS = 14;

export function createJournalPageModel(deps: JournalPageDeps) {
  const { journal } = deps;
  const store: Store<JournalPageState> = createStore<JournalPageState>({
    phase: 'loading',
    entries: [],
    counters: [],
    settings: DEFAULT_SETTINGS,
    encryption: 'off',
    persist: null,
    importPlan: null,
    error: null,
    notice: null,
    busy: false,
    cachedDays: null,
  });

  /** Runs an action: marks busy, records a notice on success and the error on failure. */
  async function run<T>(action: () => Promise<T>, notice?: (result: T) => Notice | null) {
    store.set({ busy: true, error: null, notice: null });
    try {
      const result = await action();
      store.set({ notice: notice?.(result) ?? null });
      return true;
    } catch (error) {
      const { code, message, details } = toJournalError(error);
      store.set({ error: details ? { code, message, details } : { code, message } });
      // Another window changed or removed the entry: show its current state.
      if (code === 'conflict' || code === 'not-found') await refresh().catch(() => undefined);
      return false;
    } finally {
      store.set({ busy: false });
    }
  }

  /**
   * Reads the journal into the page. With `recentFirst` (opening the page), the last 90 days
   * come first, enough for the newest entries and every chart range, so a journal with
   * thousands of entries draws at once; the rest follows for search, summary and observations.
   */
  async function read(options: { recentFirst?: boolean }): Promise<void> {
    const [encryption, settings] = await Promise.all([journal.encryption(), journal.settings()]);
    if (encryption === 'locked') {
      store.set({ phase: 'locked', encryption, settings, entries: [], counters: [] });
      return;
    }
    if (options.recentFirst) {
      const daysBack = (days: number) => startOfDay(addDays(localDay(deps.now()), -(days - 1)));
      const [opening, counters] = await Promise.all([
        journal.opening(daysBack(FIRST_DAYS)),
        journal.counters(),
      ]);
      // With the day figures cached, the newest entries are enough to draw; without, the
      // longest chart range has to be read.
      const recent = opening.days
        ? opening.recent
        : await journal.list({ from: daysBack(RECENT_DAYS) });
      store.set({
        phase: 'ready',
        encryption,
        settings,
        entries: recent,
        counters,
        cachedDays: opening.days,
      });
      await deps.painted?.();
    }
    const [entries, counters] = await Promise.all([journal.listAndCache(), journal.counters()]);
    store.set({ phase: 'ready', encryption, settings, entries, counters, cachedDays: null });
  }

  const refresh = (): Promise<void> => read({});

  return {
    store,

    async load(): Promise<void> {
      const ok = await run(async () => {
        await journal.applyRetention();
        await read({ recentFirst: true });
      });
      if (!ok) store.set({ phase: 'failed' });
      store.set({ persist: await deps.requestPersistence() });
    },

    /** Another tab changed the journal: show its data. */
    refresh: () => run(refresh),

    closedForUpgrade(): void {
      store.set({
        phase: 'failed',
        error: {
          code: 'blocked',
          message: 'Klartext was updated in another tab. Reload this page to continue.',
        },
      });
    },

    dismiss(): void {
      store.set({ error: null, notice: null });
    },

    unlock: (passphrase: string) => run(() => journal.unlock(passphrase).then(refresh)),

    lock(): void {
      journal.lock();
      void run(refresh);
    },

    add: (input: EntryInput) =>
      run(
        () => journal.add(input).then(refresh),
        () => ({ kind: 'saved' }),
      ),

    update: (entry: JournalEntry, patch: EntryPatch) =>
      run(
        () => journal.update(entry.id, patch, entry.updatedAt).then(refresh),
        () => ({ kind: 'saved' }),
      ),

    remove: (id: string) =>
      run(
        () => journal.remove(id).then(refresh),
        () => ({ kind: 'deleted' }),
      ),

    deleteEverything: () =>
      run(
        () => journal.deleteEverything().then(refresh),
        () => ({ kind: 'deleted-all' }),
      ),

    updateSettings: (patch: SettingsPatch) =>
      run(
        async () => {
          await journal.updateSettings(patch);
          const removed = patch.retentionDays ? await journal.applyRetention() : 0;
          await refresh();
          return removed;
        },
        (removed): Notice =>
          removed > 0 ? { kind: 'retention', removed } : { kind: 'settings-saved' },
      ),

    enableEncryption: (passphrase: string) =>
      run(
        () => journal.enableEncryption(passphrase).then(refresh),
        () => ({ kind: 'encryption-on' }),
      ),

    disableEncryption: () =>
      run(
        () => journal.disableEncryption().then(refresh),
        () => ({ kind: 'encryption-off' }),
      ),

    /** Offers everything as a JSON backup, or the entries as CSV, for download. */
    export: (format: 'json' | 'csv') =>
      run(async () => {
        const text = format === 'json' ? await journal.exportJson() : await journal.exportCsv();
        const mime = format === 'json' ? 'application/json' : 'text/csv';
        deps.download(`klartext-journal-${stamp(deps.now())}.${format}`, mime, text);
      }),

    /** Checks the size first, then reads, validates and plans; shows the plan, changes nothing. */
    previewImport: (file: PickedFile) =>
      run(async () => {
        store.set({ importPlan: null });
        checkBackupSize(file.size);
        store.set({ importPlan: await journal.previewImport(await file.text()) });
      }),

    cancelImport(): void {
      store.set({ importPlan: null });
    },

    applyImport: () =>
      run(
        async () => {
          const plan = store.get().importPlan;
          if (!plan)
            throw new ImportError({
              en: 'There is no import to apply.',
              de: 'Es gibt keinen Import, der angewendet werden könnte.',
            });
          const result = await journal.applyImport(plan);
          store.set({ importPlan: null });
          await refresh();
          return result;
        },
        (result): Notice => ({ kind: 'imported', ...result }),
      ),
  };
}

// State and actions of the journal page, apart from any rendering, so they run in tests.
// Every action reports failure in `error` (a JournalError's code and message) rather than
// throwing into the UI; nothing is swallowed. An error stays until the agent dismisses it or
// acts again: a reload because another context wrote (the background's quick log, another
// tab, the counters) leaves it, the notice and any import awaiting confirmation in place.
import { createStore, type Store } from '../store';
import { checkBackupSize } from './backup';
import { addDays, localDay, startOfDay } from './days';
import { errorReport, ImportError, type ErrorReport } from './errors';
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

/** English `message`; `details` says the same in both UI languages where Klartext found it. */
export type PageError = ErrorReport;

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
  /** From when `entries` holds every entry; null: all of them are read. */
  entriesSince: number | null;
}

export interface JournalPageDeps {
  journal: Journal;
  /** Offers a file to save (the page turns it into a download). */
  download(filename: string, mime: string, text: string): void;
  requestPersistence(): Promise<PersistState>;
  now(): number;
  /**
   * Resolves once what the page drew is on screen. Opening waits for it between the recent
   * entries and the rest, so reading thousands of entries does not hold up the first picture.
   * Absent: no wait.
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
/**
 * Entries the list shows at first and adds per "Show more". A page of 25 fills a screen or two;
 * 50 made the page's first frame (list and chart together) noticeably slower to draw.
 */
export const ENTRIES_PER_PAGE = 25;
/**
 * ...or fewer days if they hold the entry list's first page (a busy journal's two weeks are
 * hundreds of entries; the weekly summary then waits for the rest).
 */
const FIRST_ENTRIES = ENTRIES_PER_PAGE;

/** The page before anything is read. */
export function initialPageState(): JournalPageState {
  return {
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
    entriesSince: null,
  };
}

export function createJournalPageModel(deps: JournalPageDeps) {
  const { journal } = deps;
  const store: Store<JournalPageState> = createStore<JournalPageState>(initialPageState());

  /** Runs an action: marks busy, records a notice on success and the error on failure. */
  async function run<T>(action: () => Promise<T>, notice?: (result: T) => Notice | null) {
    store.set({ busy: true, error: null, notice: null });
    try {
      const result = await action();
      store.set({ notice: notice?.(result) ?? null });
      return true;
    } catch (error) {
      const report = errorReport(error);
      store.set({ error: report });
      // Another window changed or removed the entry: show its current state.
      if (report.code === 'conflict' || report.code === 'not-found') {
        await refresh().catch(() => undefined);
      }
      return false;
    } finally {
      store.set({ busy: false });
    }
  }

  /** Counts reads: one that finishes after a newer one (an edit meanwhile) shows nothing. */
  let reads = 0;
  /** Another tab upgraded the database and this page's connection is closed: read no more. */
  let closed = false;

  /** Shows the unlock step (no entries) when the journal is locked; says whether it was. */
  function showIfLocked(state: Pick<JournalPageState, 'encryption' | 'settings'>): boolean {
    if (state.encryption !== 'locked') return false;
    store.set({ phase: 'locked', ...state, entries: [], counters: [] });
    return true;
  }

  /** The encryption state and settings; false (and the unlock step shown) when locked. */
  async function readUnlocked(): Promise<
    false | Pick<JournalPageState, 'encryption' | 'settings'>
  > {
    const [encryption, settings] = await Promise.all([journal.encryption(), journal.settings()]);
    return showIfLocked({ encryption, settings }) ? false : { encryption, settings };
  }

  /**
   * Opening the page, in one read: with current cached day figures the last two weeks of
   * entries (the list and the weekly summary), or fewer days if they fill the list's first
   * page; else the 90 days the longest chart range needs. Returns whether there is more to read.
   */
  async function readFirst(): Promise<boolean> {
    const turn = ++reads;
    const daysBack = (days: number) => startOfDay(addDays(localDay(deps.now()), -(days - 1)));
    const read = () =>
      journal.opening({
        cached: daysBack(FIRST_DAYS),
        uncached: daysBack(RECENT_DAYS),
        enough: FIRST_ENTRIES,
      });
    let opening = await read();
    // Keeping only the last N days (off by default) removes what is older before anything is
    // shown, then reads again; without it the opening is this one read.
    if (opening.settings.retentionDays !== null && (await journal.applyRetention()) > 0) {
      opening = await read();
    }
    if (turn !== reads) return false;
    const { encryption, settings, counters, recent: entries, days: cachedDays, since } = opening;
    if (showIfLocked({ encryption, settings })) return false;
    store.set({
      phase: 'ready',
      encryption,
      settings,
      entries,
      counters,
      cachedDays,
      entriesSince: since,
    });
    return true;
  }

  /** Every entry (search, summary, observations, export count). */
  async function refresh(): Promise<void> {
    const turn = ++reads;
    const state = await readUnlocked();
    if (!state) return;
    const [entries, counters] = await Promise.all([journal.listAndCache(), journal.counters()]);
    if (turn !== reads) return;
    store.set({
      phase: 'ready',
      ...state,
      entries,
      counters,
      cachedDays: null,
      entriesSince: null,
    });
  }

  return {
    store,

    async load(): Promise<void> {
      let more = false;
      const ok = await run(async () => {
        more = await readFirst();
      });
      if (!ok) store.set({ phase: 'failed' });
      else if (more) {
        // The rest after the first frame, and without holding the page busy: the agent can
        // already write. An edit meanwhile reads everything itself, and this read then yields.
        await deps.painted?.();
        await refresh().catch((error: unknown) => store.set({ error: errorReport(error) }));
      }
      store.set({ persist: await deps.requestPersistence() });
    },

    /**
     * Another context changed the journal: show its data. Not an action of the agent, so it
     * leaves the error and notice they have not read yet, and `busy` (which belongs to their
     * own action, perhaps still running); a failure shows only if no error is up already.
     */
    async refresh(): Promise<void> {
      if (closed) return;
      try {
        await refresh();
      } catch (error) {
        const { error: shown, phase } = store.get();
        store.set({
          error: shown ?? errorReport(error),
          // Opening yields to this read: if it failed, the page would otherwise load forever.
          phase: phase === 'loading' ? 'failed' : phase,
        });
      }
    },

    closedForUpgrade(): void {
      closed = true;
      store.set({
        phase: 'failed',
        error: {
          code: 'blocked',
          message: 'Klartext was updated in another tab. Reload this page to continue.',
        },
      });
    },

    /** The agent read the error. */
    dismissError(): void {
      store.set({ error: null });
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

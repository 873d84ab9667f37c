// The quick log's state: a mood, a stress value, an optional note and a save. At most three
// interactions: pick a mood, (optionally) move the slider or write a word, save.
import { createStore } from '../store';
import { errorReport, type ErrorReport } from './errors';
import type { EntryInput } from './types';

/**
 * Where the quick log saves: the background, which writes the journal (the framed quick log
 * opens no database itself), or a journal directly in tests.
 */
export interface QuickLogSink {
  add(input: EntryInput): Promise<unknown>;
}

export interface QuickLogState {
  mood: number | null;
  /** Null until the agent moves the slider: an untouched slider is no rating. */
  stress: number | null;
  note: string;
  status: 'idle' | 'saving' | 'saved' | 'failed';
  error: ErrorReport | null;
}

export interface QuickLogDeps {
  sink: QuickLogSink;
  /** Called after the first successful save (e.g. to ask for persistent storage). */
  afterSave?(): void;
}

export function createQuickLogModel(deps: QuickLogDeps) {
  const store = createStore<QuickLogState>({
    mood: null,
    stress: null,
    note: '',
    status: 'idle',
    error: null,
  });
  let saves = 0;
  return {
    store,
    setMood(mood: number): void {
      store.set({ mood, status: 'idle', error: null });
    },
    setStress(stress: number | null): void {
      store.set({ stress, status: store.get().status === 'saved' ? 'idle' : store.get().status });
    },
    setNote(note: string): void {
      store.set({ note, status: store.get().status === 'saved' ? 'idle' : store.get().status });
    },
    async save(): Promise<void> {
      const { mood, stress, note, status } = store.get();
      if (mood === null || status === 'saving') return;
      store.set({ status: 'saving', error: null });
      try {
        await deps.sink.add({ mood, stress, note: note.trim() });
        store.set({ status: 'saved', mood: null, stress: null, note: '' });
        if (saves++ === 0) deps.afterSave?.();
      } catch (error) {
        store.set({ status: 'failed', error: errorReport(error) });
      }
    },
  };
}

// The journal's vocabulary: plain data, shared by the pages, the background and the tests.
import type { Category } from '../../rules/engine/types';

export const MOOD_MIN = 1;
export const MOOD_MAX = 5;
export const SCALE_MIN = 0;
export const SCALE_MAX = 100;

/** Limits that keep one entry small enough to render and export quickly. */
export const LIMITS = {
  idLength: 100,
  tags: 20,
  tagLength: 60,
  noteLength: 100_000,
  ticketRefLength: 200,
} as const;

/**
 * Tag suggestions offered in the form, as message keys: offered in the UI's language
 * (public/_locales); any free text is allowed too.
 */
export const SUGGESTED_TAGS = [
  'tagEscalation',
  'tagAngryCustomer',
  'tagBacklog',
  'tagInterruptions',
  'tagComplexCase',
  'tagGoodConversation',
] as const;

/**
 * The three raw NASA-TLX subscales the journal asks for. `null` means "not rated": the quick log
 * asks only for mood and stress, and an invented 50 would distort the workload chart. Stress is
 * optional the same way (null: the agent left the slider alone).
 */
export const TLX_FIELDS = ['timePressure', 'mentalDemand', 'frustration'] as const;
export type TlxField = (typeof TLX_FIELDS)[number];

/** The fields of an entry in backup and CSV order; ticketRef is the only optional one. */
export const ENTRY_FIELDS = [
  'id',
  'createdAt',
  'updatedAt',
  'mood',
  'stress',
  'timePressure',
  'mentalDemand',
  'frustration',
  'tags',
  'note',
  'ticketRef',
] as const;

/** One journal entry as the pages see it (decrypted). Times are epoch milliseconds. */
export interface JournalEntry {
  id: string;
  createdAt: number;
  updatedAt: number;
  /** 1 (very bad) to 5 (very good). */
  mood: number;
  /** 0 to 100; null when not rated (entries before stress was optional always have one). */
  stress: number | null;
  timePressure: number | null;
  mentalDemand: number | null;
  frustration: number | null;
  tags: string[];
  note: string;
  ticketRef?: string;
}

/** What a form or the quick log provides for a new entry. */
export interface EntryInput {
  createdAt?: number;
  mood: number;
  /** Left out or null: not rated. */
  stress?: number | null;
  timePressure?: number | null;
  mentalDemand?: number | null;
  frustration?: number | null;
  tags?: string[];
  note?: string;
  ticketRef?: string;
}

export type EntryPatch = Partial<Omit<EntryInput, 'createdAt'>> & { createdAt?: number };

/**
 * What the quick log window saves: a mood, the stress if rated (null if not) and a note. The
 * one declaration for its message (utils/messages.ts) and the background that writes it.
 */
export type QuickLogEntry = Pick<Required<EntryInput>, 'mood' | 'stress' | 'note'>;

/** Replies checked on one local day and the hints the checker gave, per category. */
export interface DayCounter {
  /** Local calendar day, YYYY-MM-DD. */
  day: string;
  checks: number;
  hints: Partial<Record<Category, number>>;
}

export interface JournalSettings {
  /** Opt-in: count replies checked and hints per day (local only). */
  countersEnabled: boolean;
  /** Keep only the last N days; null keeps everything. */
  retentionDays: number | null;
  checkIn: {
    enabled: boolean;
    /** Local time of day, HH:MM. */
    time: string;
    workdaysOnly: boolean;
  };
  breakSuggestion: {
    enabled: boolean;
    /** How many tense tickets in a row make a break suggestion. */
    tenseInARow: number;
  };
}

export const DEFAULT_SETTINGS: JournalSettings = {
  countersEnabled: false,
  retentionDays: null,
  checkIn: { enabled: false, time: '16:30', workdaysOnly: true },
  breakSuggestion: { enabled: false, tenseInARow: 3 },
};

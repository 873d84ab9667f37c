// The journal's part of the background: counts checked replies (when the agent opted in),
// follows tense tickets for the break suggestion, and decides when the daily check-in reminder
// is due. Timers, notifications and session storage come in as dependencies, so this runs in
// unit tests with fake-indexeddb; entrypoints/background/journal.ts wires the browser to it.
import { localDay } from './days';
import { errorReport, type JournalErrorCode } from './errors';
import type { Problem } from './problems';
import type { Journal } from './journal';
import type { ReplyDone } from './reply-tally';
import {
  NO_STREAK,
  nextCheckInTime,
  onTicketChecked,
  shouldPromptCheckIn,
  type TenseStreak,
} from './prompts';
import { createSerialQueue } from '../serial-queue';
import type { QuickLogEntry } from './types';

export type JournalPrompt = 'check-in' | 'break';

export interface JournalServiceDeps {
  /** The journal database, opened lazily (and again after another tab upgraded it). */
  journal(): Promise<Journal>;
  now(): number;
  /** Sets (or with null clears) the one alarm that wakes the background for the check-in. */
  scheduleCheckIn(when: number | null): Promise<void>;
  /** Shows a prompt in the browser's own UI (a notification), never in a web page. */
  prompt(kind: JournalPrompt): Promise<void>;
  /** The tense-ticket streak survives a service worker restart but not the browser session. */
  loadStreak(): Promise<TenseStreak | undefined>;
  saveStreak(streak: TenseStreak): Promise<void>;
  loadLastPrompt(): Promise<number | null>;
  saveLastPrompt(at: number): Promise<void>;
}

/** Stress null: not rated. */
export type QuickLogResult =
  { ok: true } | { ok: false; error: string; code: JournalErrorCode; details?: Problem };

export interface JournalService {
  /** Saves an entry from the quick log; a failure comes back with its code, not thrown. */
  quickLog(entry: QuickLogEntry): Promise<QuickLogResult>;
  /** One reply is done: count it (if opted in) and follow the tense streak (if on). */
  replyChecked(reply: ReplyDone): Promise<void>;
  /** Settings may have changed: set the check-in alarm for the next due moment, or clear it. */
  reschedule(): Promise<void>;
  /** The check-in alarm fired: remind the agent unless they logged today, then set the next. */
  checkInDue(): Promise<void>;
}

export function createJournalService(deps: JournalServiceDeps): JournalService {
  // One step at a time: two replies finishing at once must not both read the same streak.
  const serial = createSerialQueue();

  const reschedule = async () => {
    const settings = await (await deps.journal()).settings();
    await deps.scheduleCheckIn(nextCheckInTime(deps.now(), settings.checkIn));
  };

  return {
    async quickLog(entry) {
      try {
        await (await deps.journal()).add(entry);
        return { ok: true };
      } catch (error) {
        const { message, ...report } = errorReport(error);
        return { ok: false, error: message, ...report };
      }
    },
    replyChecked: (reply) =>
      serial(async () => {
        const journal = await deps.journal();
        const at = deps.now();
        await journal.recordCheck(localDay(at), reply.hints);
        const settings = await journal.settings();
        if (!settings.breakSuggestion.enabled) return;
        const { streak, suggestBreak } = onTicketChecked(
          (await deps.loadStreak()) ?? NO_STREAK,
          { ticket: reply.ticket, tense: reply.tense, at },
          settings.breakSuggestion,
        );
        await deps.saveStreak(streak);
        if (suggestBreak) await deps.prompt('break');
      }),
    reschedule: () => serial(reschedule),
    checkInDue: () =>
      serial(async () => {
        const journal = await deps.journal();
        const settings = await journal.settings();
        const now = deps.now();
        if (
          shouldPromptCheckIn(
            now,
            settings.checkIn,
            await journal.lastEntryAt(),
            await deps.loadLastPrompt(),
          )
        ) {
          await deps.saveLastPrompt(now);
          await deps.prompt('check-in');
        }
        await reschedule();
      }),
  };
}

// Gentle prompts, as pure decisions. The background owns the timers (browser.alarms) and the
// notifications; it asks these functions whether to speak. Both prompts are off by default.
import { addDays, localDay, startOfDay } from './days';
import type { JournalSettings } from './types';

const MINUTE = 60_000;
/** Tense tickets further apart than this are not "in a row". */
export const STREAK_GAP_MS = 120 * MINUTE;
/** After a break suggestion, stay quiet at least this long. */
export const BREAK_COOLDOWN_MS = 60 * MINUTE;

function isWorkday(time: number): boolean {
  const weekday = new Date(time).getDay();
  return weekday !== 0 && weekday !== 6;
}

function checkInMoment(day: string, time: string): number {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return startOfDay(day) + (hours * 60 + minutes) * MINUTE;
}

/**
 * Whether to show the daily check-in reminder now: it is on, today is a day it applies to,
 * the chosen time has passed, nothing was logged today and no reminder was shown today.
 */
export function shouldPromptCheckIn(
  now: number,
  checkIn: JournalSettings['checkIn'],
  lastEntryAt: number | null,
  lastPromptAt: number | null,
): boolean {
  if (!checkIn.enabled) return false;
  if (checkIn.workdaysOnly && !isWorkday(now)) return false;
  const today = localDay(now);
  if (now < checkInMoment(today, checkIn.time)) return false;
  if (lastEntryAt !== null && localDay(lastEntryAt) === today) return false;
  if (lastPromptAt !== null && localDay(lastPromptAt) === today) return false;
  return true;
}

/** When the next reminder could be due, for `browser.alarms.create({ when })`; null if off. */
export function nextCheckInTime(now: number, checkIn: JournalSettings['checkIn']): number | null {
  if (!checkIn.enabled) return null;
  for (let offset = 0; offset <= 7; offset += 1) {
    const day = addDays(localDay(now), offset);
    const moment = checkInMoment(day, checkIn.time);
    if (moment <= now) continue;
    if (checkIn.workdaysOnly && !isWorkday(moment)) continue;
    return moment;
  }
  return null;
}

/** What the background remembers between checks; keep it in memory or storage.session. */
export interface TenseStreak {
  count: number;
  lastTicket: string | null;
  lastAt: number | null;
  lastSuggestedAt: number | null;
}

export const NO_STREAK: TenseStreak = {
  count: 0,
  lastTicket: null,
  lastAt: null,
  lastSuggestedAt: null,
};

export interface TicketChecked {
  /** Any stable key for the ticket (e.g. a hash of its URL); only compared, never stored. */
  ticket: string;
  /** The customer's message showed frustration (the checker's own detection). */
  tense: boolean;
  at: number;
}

/**
 * Counts tense tickets in a row and says when to suggest a short break. A ticket counts once
 * however often its reply is checked; a calm ticket or two hours without a tense one starts the
 * count again; after a suggestion the count restarts and an hour of quiet follows.
 */
export function onTicketChecked(
  streak: TenseStreak,
  event: TicketChecked,
  settings: JournalSettings['breakSuggestion'],
): { streak: TenseStreak; suggestBreak: boolean } {
  if (!settings.enabled) return { streak, suggestBreak: false };
  if (event.ticket === streak.lastTicket) return { streak, suggestBreak: false };
  const continues = streak.lastAt !== null && event.at - streak.lastAt <= STREAK_GAP_MS;
  const count = event.tense ? (continues ? streak.count : 0) + 1 : 0;
  const next: TenseStreak = { ...streak, count, lastTicket: event.ticket, lastAt: event.at };
  const coolingDown =
    streak.lastSuggestedAt !== null && event.at - streak.lastSuggestedAt < BREAK_COOLDOWN_MS;
  if (count >= settings.tenseInARow && !coolingDown) {
    return { streak: { ...next, count: 0, lastSuggestedAt: event.at }, suggestBreak: true };
  }
  return { streak: next, suggestBreak: false };
}

// Searching and filtering the entry list.
import { localDay } from '../days';
import type { JournalEntry } from '../types';

export interface EntryFilter {
  /** Words to find in the note, tags or ticket reference (case-insensitive). */
  text: string;
  /** Only entries with this tag; '' for all. */
  tag: string;
  /** Inclusive local days, YYYY-MM-DD; '' for open-ended. */
  from: string;
  to: string;
}

export const NO_FILTER: EntryFilter = { text: '', tag: '', from: '', to: '' };

/** Matching entries, newest first. */
export function filterEntries(
  entries: readonly JournalEntry[],
  filter: EntryFilter,
): JournalEntry[] {
  const words = filter.text.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const tag = filter.tag.toLocaleLowerCase();
  return entries
    .filter((entry) => {
      if (filter.from || filter.to) {
        const day = localDay(entry.createdAt);
        if (filter.from && day < filter.from) return false;
        if (filter.to && day > filter.to) return false;
      }
      if (tag && !entry.tags.some((t) => t.toLocaleLowerCase() === tag)) return false;
      if (words.length === 0) return true;
      const haystack = [entry.note, entry.ticketRef ?? '', ...entry.tags]
        .join('\n')
        .toLocaleLowerCase();
      return words.every((word) => haystack.includes(word));
    })
    .sort((a, b) => b.createdAt - a.createdAt);
}

/** Every tag used, most used first. */
export function tagsByUse(entries: readonly JournalEntry[]): string[] {
  const counts = new Map<string, number>();
  for (const tag of entries.flatMap((entry) => entry.tags))
    counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([tag]) => tag);
}

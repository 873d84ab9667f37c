// CSV export for spreadsheets. RFC 4180 quoting, CRLF line ends, a UTF-8 byte order mark so
// Excel reads umlauts, and no cell that a spreadsheet would run as a formula.
import { ENTRY_FIELDS, type JournalEntry } from './types';

export const CSV_COLUMNS = ENTRY_FIELDS;

/**
 * Quotes a cell when needed. A cell that starts with = + - @ (or a tab or carriage return,
 * which some spreadsheets skip before looking for those) gets a leading apostrophe, so a note
 * like "=HYPERLINK(...)" stays text instead of becoming a live formula.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function cellsOf(entry: JournalEntry): string[] {
  const rating = (value: number | null) => (value === null ? '' : String(value));
  return [
    entry.id,
    new Date(entry.createdAt).toISOString(),
    new Date(entry.updatedAt).toISOString(),
    String(entry.mood),
    rating(entry.stress),
    rating(entry.timePressure),
    rating(entry.mentalDemand),
    rating(entry.frustration),
    entry.tags.join('; '),
    entry.note,
    entry.ticketRef ?? '',
  ];
}

export function entriesToCsv(entries: readonly JournalEntry[]): string {
  const rows = [
    CSV_COLUMNS.join(','),
    ...entries.map((entry) => cellsOf(entry).map(csvCell).join(',')),
  ];
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

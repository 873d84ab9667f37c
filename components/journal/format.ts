// Dates and numbers as the journal shows them, in the UI language.

/** `YYYY-MM-DDTHH:MM` in local time, the value format of <input type="datetime-local">. */
export function toLocalInput(time: number): string {
  const date = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function fromLocalInput(value: string): number | null {
  const time = new Date(value).getTime();
  return value && Number.isFinite(time) ? time : null;
}

export function formatDateTime(locale: string, time: number): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(time);
}

/** A local day (YYYY-MM-DD) as a short date. */
export function formatDay(locale: string, day: string, style: 'short' | 'long' = 'short'): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const options: Intl.DateTimeFormatOptions =
    style === 'short'
      ? { day: 'numeric', month: 'short' }
      : { weekday: 'long', day: 'numeric', month: 'long' };
  return new Intl.DateTimeFormat(locale, options).format(new Date(y, m - 1, d));
}

/** Monday is 0. */
export function weekdayName(locale: string, weekday: number): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long' }).format(
    new Date(2024, 0, 1 + weekday),
  );
}

export function formatNumber(locale: string, value: number | null, digits = 0): string {
  if (value === null) return '–';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

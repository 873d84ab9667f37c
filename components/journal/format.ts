// Dates and numbers as the journal shows them, in the UI language. Intl formatters are costly
// to build (a page with 10,000 entries formats hundreds of dates per render), so each locale
// and style gets one, made on first use.

const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

function numberFormat(locale: string, digits: number): Intl.NumberFormat {
  const key = `n|${locale}|${digits}`;
  let format = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
    formatters.set(key, format);
  }
  return format;
}

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
  return dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(time);
}

/** A local day (YYYY-MM-DD) as a short date. */
export function formatDay(locale: string, day: string, style: 'short' | 'long' = 'short'): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const options: Intl.DateTimeFormatOptions =
    style === 'short'
      ? { day: 'numeric', month: 'short' }
      : { weekday: 'long', day: 'numeric', month: 'long' };
  return dateFormat(locale, options).format(new Date(y, m - 1, d));
}

/** Monday is 0. */
export function weekdayName(locale: string, weekday: number): string {
  return dateFormat(locale, { weekday: 'long' }).format(new Date(2024, 0, 1 + weekday));
}

export function formatNumber(locale: string, value: number | null, digits = 0): string {
  if (value === null) return '–';
  return numberFormat(locale, digits).format(value);
}

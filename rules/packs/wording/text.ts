// How the wording tables quote what a pack said: on one line, cut, and escaped as JSON, so a
// control character or a line break in a pack cannot reshape a terminal line or a list item.

/** A pack's text as a problem quotes it: "…" in JSON form, white space runs as one space. */
export function quote(text: string, max = 60): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return JSON.stringify(oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine);
}

/** The same text between German quotation marks: „…“. */
export function germanQuote(text: string, max = 60): string {
  return `„${quote(text, max).slice(1, -1)}“`;
}

/** A JSON key as a problem quotes it: escaped (no raw control characters) and cut. */
export function keyQuote(key: string): string {
  return JSON.stringify(key.length > 60 ? `${key.slice(0, 59)}…` : key);
}

/** Bytes in megabytes with one decimal, in the language's number format. */
export function megabytes(bytes: number, decimal: '.' | ','): string {
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', decimal)} MB`;
}

// Reading JSON that a stranger wrote. JSON.parse does the work (native, fast, and iterative in
// V8, so deep nesting cannot overflow its stack); one iterative walk then refuses nesting deeper
// than MAX_DEPTH (later code recurses) and the keys that poison prototypes in code that copies
// objects carelessly (__proto__, constructor, prototype). JSON.parse makes such keys plain own
// properties, so parsing itself is safe. JSON.parse also keeps the last of two equal keys
// without a word, so a pack could say one thing to a reviewer and another to Klartext: the walk
// counts the keys it kept against the keys in the text. Only when something is wrong does the
// slower Reader below run, to say what and where (offset and pointer); the callers word it
// (rules/packs/wording for packs, utils/journal/json-errors.ts for backups).

export const MAX_DEPTH = 32;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The character where a syntax error was found, or null at the end of the text. */
export type Found = string | null;

/** Which syntax error; worded by the callers. */
export type JsonSyntax =
  | { what: 'after-end'; found: Found }
  | { what: 'separator'; close: ']' | '}'; found: Found }
  | { what: 'name'; found: Found }
  | { what: 'colon'; key: string; found: Found }
  | { what: 'value'; found: Found }
  | { what: 'unterminated-string' }
  | { what: 'control-character' }
  | { what: 'unicode-escape' }
  | { what: 'escape'; escape: string };

/** What is wrong, for callers that word it themselves (the journal says it in two languages). */
export type JsonFault =
  | { kind: 'syntax'; syntax: JsonSyntax }
  | { kind: 'depth'; max: number }
  | { kind: 'forbidden-key'; key: string }
  /** `first`: offset of the earlier occurrence; the failure's offset is the second one. */
  | { kind: 'duplicate-key'; key: string; first: number };

export type JsonResult =
  | { ok: true; value: unknown }
  | {
      ok: false;
      offset: number;
      /** JSON pointer of the value (depth) or object (keys) at fault; '' for syntax errors. */
      path: string;
      fault: JsonFault;
    };

/** 1-based line and column (UTF-16 units) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** JSON pointer (RFC 6901) segment. */
export function pointerSegment(key: string | number): string {
  const s = String(key);
  return s.includes('~') || s.includes('/') ? s.replace(/~/g, '~0').replace(/\//g, '~1') : s;
}

class Fail extends Error {
  readonly fault: JsonFault;
  constructor(
    readonly offset: number,
    fault: JsonFault | JsonSyntax,
    readonly path = '',
  ) {
    super(`JSON ${'kind' in fault ? fault.kind : fault.what} at ${offset}`);
    this.fault = 'kind' in fault ? fault : { kind: 'syntax', syntax: fault };
  }
}

interface Frame {
  container: Record<string, unknown> | unknown[];
  key: string;
  path: string;
  /** An object's keys so far, with their offsets (for naming the first of two). */
  keys?: Map<string, number>;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const PLAIN = /[^"\\\u0000-\u001f]*/y;
const SPACE = /[ \t\n\r]*/y;
const LITERALS = [
  ['true', true],
  ['false', false],
  ['null', null],
] as const;
const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/**
 * The parser; `onValue(path, offset)` (only when given, and only then are pointers built) learns
 * where each value starts: the key's offset for an object member, the value's own for array
 * items and the root.
 */
class Reader {
  private i = 0;
  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
    private readonly onValue?: (path: string, offset: number) => void,
  ) {}

  read(): unknown {
    const stack: Frame[] = [];
    let path = '';
    let valueOffset = this.skip();
    for (;;) {
      // Expecting a value at this.i.
      this.onValue?.(path, valueOffset);
      const ch = this.text.charAt(this.i);
      let value: unknown;
      let complete = true;
      if (ch === '{' || ch === '[') {
        if (stack.length >= this.maxDepth) {
          throw new Fail(this.i, { kind: 'depth', max: this.maxDepth }, path);
        }
        this.i++;
        const isArray = ch === '[';
        const container: Record<string, unknown> | unknown[] = isArray ? [] : {};
        this.skip();
        if (this.text.charAt(this.i) === (isArray ? ']' : '}')) {
          this.i++;
          value = container;
        } else {
          const frame: Frame = { container, key: '', path };
          stack.push(frame);
          if (isArray) {
            path = this.childPath(frame, 0);
            valueOffset = this.i;
          } else {
            valueOffset = this.i;
            this.member(frame);
            path = this.childPath(frame, frame.key);
          }
          complete = false;
        }
      } else {
        value = this.primitive();
      }
      if (!complete) continue;
      // A value is complete: store it, then close every container that ends here.
      for (;;) {
        const frame = stack[stack.length - 1];
        if (!frame) {
          this.skip();
          if (this.i < this.text.length) {
            throw new Fail(this.i, { what: 'after-end', found: this.found() });
          }
          return value;
        }
        const isArray = Array.isArray(frame.container);
        if (isArray) (frame.container as unknown[]).push(value);
        else (frame.container as Record<string, unknown>)[frame.key] = value;
        this.skip();
        const next = this.text.charAt(this.i);
        if (next === ',') {
          this.i++;
          valueOffset = this.skip();
          if (isArray) {
            path = this.childPath(frame, (frame.container as unknown[]).length);
          } else {
            this.member(frame);
            path = this.childPath(frame, frame.key);
          }
          break;
        }
        if (next === (isArray ? ']' : '}')) {
          this.i++;
          stack.pop();
          value = frame.container;
          continue;
        }
        throw new Fail(this.i, {
          what: 'separator',
          close: isArray ? ']' : '}',
          found: this.found(),
        });
      }
    }
  }

  private childPath(frame: Frame, key: string | number): string {
    return this.onValue ? `${frame.path}/${pointerSegment(key)}` : '';
  }

  /** Reads `"key":` and leaves the reader at the member's value. */
  private member(frame: Frame): void {
    if (this.text.charAt(this.i) !== '"') {
      throw new Fail(this.i, { what: 'name', found: this.found() });
    }
    const at = this.i;
    const key = this.string();
    if (FORBIDDEN_KEYS.has(key)) {
      throw new Fail(at, { kind: 'forbidden-key', key }, frame.path);
    }
    const keys = (frame.keys ??= new Map());
    const first = keys.get(key);
    if (first !== undefined) {
      throw new Fail(at, { kind: 'duplicate-key', key, first }, frame.path);
    }
    keys.set(key, at);
    frame.key = key;
    this.skip();
    if (this.text.charAt(this.i) !== ':') {
      throw new Fail(this.i, { what: 'colon', key, found: this.found() });
    }
    this.i++;
    this.skip();
  }

  private primitive(): unknown {
    const ch = this.text.charAt(this.i);
    if (ch === '"') return this.string();
    for (const [word, value] of LITERALS) {
      if (this.text.startsWith(word, this.i)) {
        this.i += word.length;
        return value;
      }
    }
    NUMBER.lastIndex = this.i;
    const m = NUMBER.exec(this.text);
    if (m) {
      this.i += m[0].length;
      return Number(m[0]);
    }
    throw new Fail(this.i, { what: 'value', found: this.found() });
  }

  private string(): string {
    const { text } = this;
    const start = this.i;
    let i = start + 1;
    let out = '';
    for (;;) {
      // The plain run up to the next quote, backslash or control character, in one native scan.
      PLAIN.lastIndex = i;
      PLAIN.test(text);
      const end = PLAIN.lastIndex;
      out += text.slice(i, end);
      i = end;
      if (i >= text.length) throw new Fail(start, { what: 'unterminated-string' });
      const c = text.charCodeAt(i);
      if (c === 34) break;
      if (c < 0x20) throw new Fail(i, { what: 'control-character' });
      const esc = text.charAt(i + 1);
      if (esc === 'u') {
        const hex = text.slice(i + 2, i + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new Fail(i, { what: 'unicode-escape' });
        out += String.fromCharCode(parseInt(hex, 16));
        i += 6;
      } else {
        const decoded = ESCAPES[esc];
        if (decoded === undefined) throw new Fail(i, { what: 'escape', escape: esc });
        out += decoded;
        i += 2;
      }
    }
    this.i = i + 1;
    return out;
  }

  /** Skips white space; returns the new position. */
  private skip(): number {
    SPACE.lastIndex = this.i;
    SPACE.test(this.text);
    return (this.i = SPACE.lastIndex);
  }

  /** The character (a whole code point) at the reader's position; null at the end. */
  private found(): Found {
    if (this.i >= this.text.length) return null;
    return String.fromCodePoint(this.text.codePointAt(this.i)!);
  }
}

/**
 * How many members the objects of a text JSON.parse accepted have: the strings followed by a
 * colon. Outside strings valid JSON has no quotes, so string after string stays in step; native
 * indexOf does the scanning.
 */
function keysInText(text: string): number {
  let keys = 0;
  let open = text.indexOf('"');
  while (open !== -1) {
    let close = text.indexOf('"', open + 1);
    while (close !== -1 && isEscaped(text, close)) close = text.indexOf('"', close + 1);
    if (close === -1) break;
    let next = close + 1;
    SPACE.lastIndex = next;
    if (SPACE.test(text)) next = SPACE.lastIndex;
    if (text.charCodeAt(next) === 58) keys++;
    open = text.indexOf('"', next);
  }
  return keys;
}

/** Is the quote at `at` escaped, i.e. preceded by an odd number of backslashes? */
function isEscaped(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && text.charCodeAt(i) === 92) i--;
  return (at - 1 - i) % 2 === 1;
}

/**
 * Is the parsed value at most maxDepth deep and free of forbidden keys? Iterative. Returns the
 * number of keys its objects have, or -1 when it is not clean.
 */
function cleanKeys(root: unknown, maxDepth: number): number {
  const stack: unknown[] = [root];
  const depths: number[] = [0];
  let keys = 0;
  while (stack.length > 0) {
    const value = stack.pop();
    const depth = depths.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= maxDepth) return -1;
    if (Array.isArray(value)) {
      for (const item of value) {
        if (typeof item === 'object' && item !== null) {
          stack.push(item);
          depths.push(depth + 1);
        }
      }
      continue;
    }
    for (const key in value) {
      if (FORBIDDEN_KEYS.has(key)) return -1;
      keys++;
      const item = (value as Record<string, unknown>)[key];
      if (typeof item === 'object' && item !== null) {
        stack.push(item);
        depths.push(depth + 1);
      }
    }
  }
  return keys;
}

function readSlowly(text: string, maxDepth: number): JsonResult {
  try {
    // A listener, though it listens to nothing, makes the Reader build the pointers it reports.
    return { ok: true, value: new Reader(text, maxDepth, () => {}).read() };
  } catch (error) {
    if (!(error instanceof Fail)) throw error;
    const { offset, fault, path } = error;
    return { ok: false, offset, path, fault };
  }
}

export function parseJson(text: string, maxDepth = MAX_DEPTH): JsonResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return readSlowly(text, maxDepth);
  }
  const keys = cleanKeys(value, maxDepth);
  return keys >= 0 && keys === keysInText(text) ? { ok: true, value } : readSlowly(text, maxDepth);
}

/**
 * Offsets of the given JSON pointers in a text that parses. A pointer that names nothing (a
 * missing property) gets the offset of its nearest existing parent.
 */
export function locatePointers(text: string, pointers: Iterable<string>): Map<string, number> {
  const wanted = new Set<string>();
  for (const p of pointers)
    for (let q = p; ; q = q.slice(0, q.lastIndexOf('/'))) {
      wanted.add(q);
      if (q === '') break;
    }
  const found = new Map<string, number>();
  try {
    new Reader(text, MAX_DEPTH, (path, offset) => {
      if (wanted.has(path)) found.set(path, offset);
    }).read();
  } catch {
    // Only called for texts that parsed; keep what was found.
  }
  const out = new Map<string, number>();
  for (const p of pointers) {
    let q = p;
    while (!found.has(q) && q !== '') q = q.slice(0, q.lastIndexOf('/'));
    out.set(p, found.get(q) ?? 0);
  }
  return out;
}

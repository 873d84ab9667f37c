// The exact JSON reader behind parseJson (json.ts), run only when the fast path found something
// wrong: it walks the text itself to say what is wrong and where (offset and JSON pointer), as
// data the callers word (rules/packs/wording for packs, utils/journal/json-errors.ts for
// backups). locatePointers uses it too, to find where values start in a text that parsed.

/** Keys that poison prototypes in code that copies objects carelessly. */
export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

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
export const SPACE = /[ \t\n\r]*/y;
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
export class Reader {
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

export function readSlowly(text: string, maxDepth: number): JsonResult {
  try {
    // A listener, though it listens to nothing, makes the Reader build the pointers it reports.
    return { ok: true, value: new Reader(text, maxDepth, () => {}).read() };
  } catch (error) {
    if (!(error instanceof Fail)) throw error;
    const { offset, fault, path } = error;
    return { ok: false, offset, path, fault };
  }
}

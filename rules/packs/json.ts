// Reading JSON that a stranger wrote. JSON.parse does the work (native, fast, and iterative in
// V8, so deep nesting cannot overflow its stack); one iterative walk then refuses nesting deeper
// than MAX_DEPTH (later code recurses) and the keys that poison prototypes in code that copies
// objects carelessly (__proto__, constructor, prototype). JSON.parse makes such keys plain own
// properties, so parsing itself is safe. JSON.parse also keeps the last of two equal keys
// without a word, so a pack could say one thing to a reviewer and another to Klartext: the walk
// counts the keys it kept against the keys in the text. Only when something is wrong does the
// slower Reader (json-reader.ts) run, to say what and where (offset and pointer); the callers
// word it (rules/packs/wording for packs, utils/journal/json-errors.ts for backups).
import { FORBIDDEN_KEYS, Reader, readSlowly, SPACE, type JsonResult } from './json-reader';

export { pointerSegment } from './json-reader';
export type { Found, JsonFault, JsonResult, JsonSyntax } from './json-reader';

export const MAX_DEPTH = 32;

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

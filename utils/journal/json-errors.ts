// Finds where a text stops being valid JSON, so an import can say "line 3, column 14"
// whatever the engine's own SyntaxError message says. Iterative, so deep nesting cannot
// overflow the stack; only run after JSON.parse has already failed.

export interface JsonErrorLocation {
  offset: number;
  line: number;
  column: number;
  /** The offending character, or "end of file". */
  found: string;
}

type Expect =
  'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';

const NUMBER_RE = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX_RE = /^[0-9a-fA-F]{4}$/;

function locate(text: string, offset: number): JsonErrorLocation {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i += 1) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  const char = text[offset];
  return {
    offset,
    line,
    column: offset - lineStart + 1,
    found: char === undefined ? 'end of file' : JSON.stringify(char),
  };
}

export function locateJsonError(text: string): JsonErrorLocation | null {
  const n = text.length;
  const stack: string[] = [];
  let i = 0;
  let expect: Expect = 'value';
  const afterValue = (): Expect => (stack.length > 0 ? 'comma-or-close' : 'end');

  // Moves i past a string starting at i; returns false with i at the offending character.
  const scanString = (): boolean => {
    i += 1;
    while (i < n) {
      const c = text[i]!;
      if (c === '"') {
        i += 1;
        return true;
      }
      if (c === '\\') {
        const next = text[i + 1];
        if (next === 'u') {
          if (!HEX_RE.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if (next !== undefined && ESCAPES.has(next)) {
          i += 2;
        } else {
          i += 1;
          return false;
        }
      } else if (c.charCodeAt(0) < 0x20) {
        return false;
      } else {
        i += 1;
      }
    }
    return false;
  };

  for (;;) {
    while (i < n && ' \t\n\r'.includes(text[i]!)) i += 1;
    if (i >= n) return expect === 'end' ? null : locate(text, n);
    const c = text[i]!;
    switch (expect) {
      case 'value':
      case 'value-or-close':
        if (expect === 'value-or-close' && c === ']') {
          stack.pop();
          i += 1;
          expect = afterValue();
        } else if (c === '{' || c === '[') {
          stack.push(c);
          i += 1;
          expect = c === '{' ? 'key-or-close' : 'value-or-close';
        } else if (c === '"') {
          if (!scanString()) return locate(text, Math.min(i, n));
          expect = afterValue();
        } else if (c === '-' || (c >= '0' && c <= '9')) {
          NUMBER_RE.lastIndex = i;
          if (!NUMBER_RE.test(text)) return locate(text, i + (c === '-' ? 1 : 0));
          i = NUMBER_RE.lastIndex;
          expect = afterValue();
        } else {
          const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i));
          if (!literal) return locate(text, i);
          i += literal.length;
          expect = afterValue();
        }
        break;
      case 'key':
      case 'key-or-close':
        if (expect === 'key-or-close' && c === '}') {
          stack.pop();
          i += 1;
          expect = afterValue();
        } else if (c === '"') {
          if (!scanString()) return locate(text, Math.min(i, n));
          expect = 'colon';
        } else {
          return locate(text, i);
        }
        break;
      case 'colon':
        if (c !== ':') return locate(text, i);
        i += 1;
        expect = 'value';
        break;
      case 'comma-or-close': {
        const top = stack[stack.length - 1];
        if (c === ',') {
          i += 1;
          expect = top === '{' ? 'key' : 'value';
        } else if ((top === '{' && c === '}') || (top === '[' && c === ']')) {
          stack.pop();
          i += 1;
          expect = afterValue();
        } else {
          return locate(text, i);
        }
        break;
      }
      case 'end':
        return locate(text, i);
    }
  }
}

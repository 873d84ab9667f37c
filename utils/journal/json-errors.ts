// What is wrong with a backup's JSON, in both languages and with line and column. A syntax
// error is located here, so an import can say "line 3, column 14" whatever the engine's own
// SyntaxError message says (iterative, so deep nesting cannot overflow the stack; only run
// once parsing has failed). Valid JSON that no backup is (a key like __proto__, a key twice,
// nesting past the limit) comes located from the reader in rules/packs/json.ts.
import { lineColumn, type JsonResult } from '../../rules/packs/json';
import { problem, type Problem } from './problems';

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

/** A JSON pointer as the other problems name places: /entries/3/tags -> entries[3].tags. */
function fieldPath(pointer: string): string {
  if (pointer === '') return 'backup';
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`))
    .join('');
}

function keyName(key: string): string {
  return key.length > 40 ? `${key.slice(0, 40)}…` : key;
}

function syntaxProblem(text: string): Problem {
  const where = locateJsonError(text);
  if (!where) return problem('', 'The file is not valid JSON', 'Die Datei ist kein gültiges JSON');
  const found = where.found === 'end of file' ? { en: 'end of file', de: 'Dateiende' } : null;
  return problem(
    '',
    `The file is not valid JSON: unexpected ${found?.en ?? where.found} at line ${where.line}, column ${where.column}`,
    `Die Datei ist kein gültiges JSON: unerwartet ${found?.de ?? where.found} in Zeile ${where.line}, Spalte ${where.column}`,
  );
}

/** Why the reader refused `text`; only a syntax error is "not valid JSON". */
export function jsonProblem(text: string, failure: Extract<JsonResult, { ok: false }>): Problem {
  const { fault } = failure;
  const { line, column } = lineColumn(text, failure.offset);
  const at = { en: `line ${line}, column ${column}`, de: `Zeile ${line}, Spalte ${column}` };
  switch (fault.kind) {
    case 'syntax':
      return syntaxProblem(text);
    case 'forbidden-key':
      // A key like __proto__ has no place in a backup and could poison objects built from it.
      return problem(
        '',
        `it contains the key "${fault.key}" at ${at.en}, which no journal backup has`,
        `sie enthält in ${at.de} den Schlüssel „${fault.key}“, den keine Journal-Sicherung hat`,
      );
    case 'duplicate-key': {
      // JSON.parse would keep the last one silently: the file says two things at once.
      const first = lineColumn(text, fault.first);
      const key = keyName(fault.key);
      return problem(
        fieldPath(failure.path),
        `the key ${JSON.stringify(key)} appears twice (${at.en}; first at line ${first.line}, column ${first.column})`,
        `der Schlüssel „${key}“ kommt zweimal vor (${at.de}; zuerst in Zeile ${first.line}, Spalte ${first.column})`,
      );
    }
    case 'depth':
      return problem(
        '',
        `The file is nested deeper than ${fault.max} levels at ${at.en}`,
        `Die Datei ist in ${at.de} tiefer als ${fault.max} Ebenen verschachtelt`,
      );
  }
}

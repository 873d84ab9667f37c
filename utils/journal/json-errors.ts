// What is wrong with a backup's JSON, in both languages and with line and column. The one
// JSON reader (rules/packs/json.ts, also behind rule packs) locates every fault: a syntax
// error, whatever the engine's own SyntaxError message says, and valid JSON that no backup is
// (a key like __proto__, a key twice, nesting past the limit); this file only words it.
import { lineColumn, type JsonResult } from '../../rules/packs/json';
import { problem, type Problem } from './problems';

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

/** The reader located the syntax error; here it is worded, with the character found there. */
function syntaxProblem(text: string, offset: number): Problem {
  const { line, column } = lineColumn(text, offset);
  const char = text[offset];
  const found =
    char === undefined
      ? { en: 'end of file', de: 'Dateiende' }
      : { en: JSON.stringify(char), de: JSON.stringify(char) };
  return problem(
    '',
    `The file is not valid JSON: unexpected ${found.en} at line ${line}, column ${column}`,
    `Die Datei ist kein gültiges JSON: unerwartet ${found.de} in Zeile ${line}, Spalte ${column}`,
  );
}

/** Why the reader refused `text`; only a syntax error is "not valid JSON". */
export function jsonProblem(text: string, failure: Extract<JsonResult, { ok: false }>): Problem {
  const { fault } = failure;
  const { line, column } = lineColumn(text, failure.offset);
  const at = { en: `line ${line}, column ${column}`, de: `Zeile ${line}, Spalte ${column}` };
  switch (fault.kind) {
    case 'syntax':
      return syntaxProblem(text, failure.offset);
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

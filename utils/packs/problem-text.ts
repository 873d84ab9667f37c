// Pack problems in the UI language. loadPack words its problems in English (the CLI prints them
// for CI logs); the options page shows the common ones in German when the UI is German. A
// message without a German form stays as it is, so nothing is ever hidden.
import type { Lang } from '@/rules';

type Rewrite = [RegExp, string | ((match: string, ...groups: string[]) => string)];

/** The schema's words for what a value is (rules/packs/schema.ts); anything else is a value. */
const KINDS: Readonly<Record<string, string>> = {
  'a number out of range': 'eine Zahl außerhalb des darstellbaren Bereichs',
  'an integer': 'eine ganze Zahl',
  'a number': 'eine Zahl',
  'a string': 'ein Text',
  'a boolean': 'ein Wahrheitswert',
  'an array': 'eine Liste',
  'an object': 'ein Objekt',
};
const kind = (text: string) => KINDS[text] ?? text;
const range = (what: string) => (what === 'an integer' ? 'eine ganze Zahl' : 'eine Zahl');

const GERMAN: readonly Rewrite[] = [
  [/^invalid JSON: (.+)$/s, 'ungültiges JSON: $1'],
  [
    /^duplicate key (".*") \(already at line (\d+), column (\d+)\)$/s,
    (_, key: string, line: string, column: string) =>
      `doppelter Schlüssel „${key.slice(1, -1)}“ (schon in Zeile ${line}, Spalte ${column})`,
  ],
  [
    /^must be (an integer|a number) from (-?[\d.]+) to (-?[\d.]+), got (.+)$/s,
    (_, what: string, min: string, max: string, got: string) =>
      `muss ${range(what)} von ${min} bis ${max} sein, ist aber ${kind(got)}`,
  ],
  [
    /^must be (an integer|a number) of at (least|most) (-?[\d.]+), got (.+)$/s,
    (_, what: string, side: string, bound: string, got: string) =>
      `muss ${range(what)} von ${side === 'least' ? 'mindestens' : 'höchstens'} ${bound} sein, ist aber ${kind(got)}`,
  ],
  [/^"(.+)" is missing$/, '„$1“ fehlt'],
  [/^unknown property "(.+)"$/, 'unbekanntes Feld „$1“'],
  [/^"(.+)" is not allowed here$/, '„$1“ ist hier nicht erlaubt'],
  [
    /^the key "(.+)" is not allowed \(it could tamper with objects\)$/,
    'der Schlüssel „$1“ ist nicht erlaubt (er könnte Objekte manipulieren)',
  ],
  [/^must not be empty$/, 'darf nicht leer sein'],
  [
    /^must be one of (.+), got (.+)$/,
    (_, options: string, got: string) => `muss eines von ${options} sein, ist aber ${kind(got)}`,
  ],
  [
    /^must be (.+), got (.+)$/,
    (_, expected: string, got: string) =>
      `muss ${expected.split(' or ').map(kind).join(' oder ')} sein, ist aber ${kind(got)}`,
  ],
  [/^(.+) is not in the expected form: (.+)$/s, '$1 hat nicht die erwartete Form: $2'],
  [/^(.+) is not in the expected form$/s, '$1 hat nicht die erwartete Form'],
  [/^nested deeper than (\d+) levels$/, 'tiefer als $1 Ebenen verschachtelt'],
  [
    /^the pack is (.+); packs may be at most (.+)$/,
    'das Paket ist $1 groß; Pakete dürfen höchstens $2 groß sein',
  ],
  [
    /^rule id "(.+)" is used twice \(first at (.+)\)$/,
    'die Regel-ID „$1“ kommt zweimal vor (zuerst bei $2)',
  ],
  [
    /^rule id "(.+)" is already used by a built-in rule$/,
    'die Regel-ID „$1“ hat schon eine eingebaute Regel',
  ],
  [/^rule id "(.+)" is already used by pack "(.+)"$/, 'die Regel-ID „$1“ hat schon das Paket „$2“'],
  [
    /^rule "(.+)" should fire on this (de|en) example but does not: (.+)$/s,
    'Regel „$1“ müsste bei diesem Beispiel ($2) anschlagen, tut es aber nicht: $3',
  ],
  [
    /^rule "(.+)" fires on this (de|en) example, which should pass: (.+) in (.+)$/s,
    'Regel „$1“ schlägt bei diesem Beispiel ($2) an, das unbeanstandet bleiben sollte: $3 in $4',
  ],
  [/^stopped after (\d+) failing examples$/, 'nach $1 fehlgeschlagenen Beispielen abgebrochen'],
];

export function problemText(message: string, lang: Lang): string {
  if (lang !== 'de') return message;
  for (const [pattern, german] of GERMAN) {
    if (!pattern.test(message)) continue;
    // A function also words the parts (type names); a string only moves them.
    return typeof german === 'string'
      ? message.replace(pattern, german)
      : message.replace(pattern, german);
  }
  return message;
}

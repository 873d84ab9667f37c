// Pack problems in the UI language. loadPack words its problems in English (the CLI prints them
// for CI logs); the options page shows the common ones in German when the UI is German. A
// message without a German form stays as it is, so nothing is ever hidden.
import type { Lang } from '@/rules';

type Rewrite = [RegExp, string];

const GERMAN: readonly Rewrite[] = [
  [/^invalid JSON: (.+)$/s, 'ungültiges JSON: $1'],
  [/^"(.+)" is missing$/, '„$1“ fehlt'],
  [/^unknown property "(.+)"$/, 'unbekanntes Feld „$1“'],
  [/^"(.+)" is not allowed here$/, '„$1“ ist hier nicht erlaubt'],
  [
    /^the key "(.+)" is not allowed \(it could tamper with objects\)$/,
    'der Schlüssel „$1“ ist nicht erlaubt (er könnte Objekte manipulieren)',
  ],
  [/^must not be empty$/, 'darf nicht leer sein'],
  [/^must be (.+), got (.+)$/, 'muss $1 sein, ist aber $2'],
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
    if (pattern.test(message)) return message.replace(pattern, german);
  }
  return message;
}

// Pack problems in German, for the options page and the import preview in a German UI. Sie-form
// where the pack's author is asked to do something; values from the pack are quoted as they are
// written („…“ for names and texts, JSON for values). The schema's descriptions of a form stay
// English (they come from pack.schema.json).
import type { PatternSyntax } from '../../engine/pattern';
import type { Found, JsonSyntax } from '../json';
import type { PatternFault, Shown, ValueType } from '../problems';
import { germanQuote as quote, keyQuote, megabytes } from './text';
import type { Wording } from './types';

const TYPES: Readonly<Record<ValueType, string>> = {
  null: 'null',
  boolean: 'ein Wahrheitswert',
  integer: 'eine ganze Zahl',
  number: 'eine Zahl',
  'out-of-range': 'eine Zahl außerhalb des darstellbaren Bereichs',
  string: 'ein Text',
  array: 'eine Liste',
  object: 'ein Objekt',
};

/** A schema's type name ("integer") as the German for what is expected. */
const typeName = (t: string) => TYPES[t as ValueType] ?? t;
const shown = (s: Shown) => ('json' in s ? s.json : TYPES[s.type]);
const found = (f: Found) => (f === null ? 'das Textende' : JSON.stringify(f));
const mb = (bytes: number) => megabytes(bytes, ',');
const rule = (id: string) => `Regel „${id}“`;
const ALLOWED = 'erlaubt sind höchstens';

function syntax(e: JsonSyntax): string {
  switch (e.what) {
    case 'after-end':
      return `unerwartet ${found(e.found)} nach dem Ende des JSON`;
    case 'separator':
      return `„,“ oder „${e.close}“ erwartet, stattdessen ${found(e.found)}`;
    case 'name':
      return `ein Feldname in doppelten Anführungszeichen erwartet, stattdessen ${found(e.found)}`;
    case 'colon':
      return `„:“ nach „${e.key}“ erwartet, stattdessen ${found(e.found)}`;
    case 'value':
      return `ein Wert erwartet, stattdessen ${found(e.found)}`;
    case 'unterminated-string':
      return 'ein Text ohne schließendes Anführungszeichen';
    case 'control-character':
      return 'ein Steuerzeichen in einem Text (schreiben Sie es als \\n, \\t, …)';
    case 'unicode-escape':
      return 'eine ungültige \\u-Escape-Sequenz';
    case 'escape':
      return `eine ungültige Escape-Sequenz \\${e.escape}`;
  }
}

/** The parser's faults (rules/engine/pattern.ts syntaxText words them in English). */
function patternSyntax(s: PatternSyntax): string {
  switch (s.code) {
    case 'prefix-and-suffix':
      return 'entweder Wort* oder *Wort, nicht beides';
    case 'misplaced':
      return `leerer Teil oder *, (, ), | oder ? an falscher Stelle in ${quote(s.item)}`;
    case 'unbalanced':
      return 'die Klammern gehen nicht auf';
    case 'gap-form':
      return `eine Lücke ist ... oder ...1 bis ...${s.max}`;
    case 'unknown-set':
      return `die Wortgruppe @${s.name} gibt es nicht`;
    case 'too-many-variants':
      return 'zu viele Varianten';
    case 'no-word':
      return 'ein Muster braucht mindestens ein Wort';
    case 'gap-at-edge':
      return 'ein Muster darf nicht mit einer Lücke beginnen oder enden';
    case 'two-gaps':
      return 'zwei Lücken hintereinander';
  }
}

function pattern(f: PatternFault): string {
  switch (f.what) {
    case 'syntax':
      return patternSyntax(f.syntax);
    case 'variants':
      return `ergibt ${f.count} Varianten (optionale Wörter und Alternativen vervielfachen sich); ${ALLOWED} ${f.max}`;
    case 'steps':
      return `hat ${f.count} Wörter und Lücken hintereinander; ${ALLOWED} ${f.max}`;
    case 'gap':
      return `hat eine Lücke von bis zu ${f.size} Wörtern; Pakete erlauben höchstens ...${f.max}`;
    case 'alternatives':
      return `bietet ${f.count} Alternativen für ein Wort; ${ALLOWED} ${f.max}`;
    case 'wildcard':
      return `„${f.shown}“ passt auf zu viele Wörter; geben Sie neben * mindestens ${f.min} Buchstaben an`;
    case 'gaps':
      return `hat ${f.count} Lücken; ${ALLOWED} ${f.max}`;
  }
}

function range(d: { min?: number; max?: number }): string {
  if (d.min === undefined) return `von höchstens ${d.max}`;
  if (d.max === undefined) return `von mindestens ${d.min}`;
  return `von ${d.min} bis ${d.max}`;
}

export const DE: Wording = {
  problems: {
    'not-allowed': (d) =>
      d.key === undefined ? 'ist hier nicht erlaubt' : `„${d.key}“ ist hier nicht erlaubt`,
    empty: () => 'darf nicht leer sein',
    'too-few-items': (d) => `braucht mindestens ${d.min} Einträge, hat ${d.count}`,
    'too-many-items': (d) => `hat ${d.count} Einträge; ${ALLOWED} ${d.max}`,
    'listed-twice': (d) => `${shown(d.value)} steht zweimal in der Liste`,
    'too-few-properties': (d) => `braucht mindestens ${d.min} Felder`,
    'too-many-properties': (d) => `hat ${d.count} Felder; ${ALLOWED} ${d.max}`,
    missing: (d) => `„${d.key}“ fehlt`,
    'unknown-property': (d) => `unbekanntes Feld „${d.key}“`,
    'wrong-type': (d) =>
      `muss ${d.expected.map(typeName).join(' oder ')} sein, ist aber ${TYPES[d.got]}`,
    'wrong-value': (d) => `muss ${shown(d.expected)} sein, ist aber ${shown(d.got)}`,
    'not-one-of': (d) =>
      `muss einer der Werte ${d.options.map(shown).join(', ')} sein, ist aber ${shown(d.got)}`,
    'too-short': (d) => `muss mindestens ${d.min} Zeichen lang sein`,
    'too-long': (d) => `ist ${d.length} Zeichen lang; ${ALLOWED} ${d.max}`,
    'wrong-form': (d) =>
      `${shown(d.value)} hat nicht die erwartete Form${d.description ? `: ${d.description}` : ''}`,
    'out-of-range': (d) =>
      `muss ${d.integer ? 'eine ganze Zahl' : 'eine Zahl'} ${range(d)} sein, ist aber ${shown(d.got)}`,
    'below-minimum': (d) => `muss mindestens ${d.min} sein, ist aber ${d.got}`,
    'above-maximum': (d) => `darf höchstens ${d.max} sein, ist aber ${d.got}`,

    'too-large': (d) =>
      d.bytes === undefined
        ? `das Paket ist größer als ${d.max / 1024 / 1024} MB`
        : `das Paket ist ${mb(d.bytes)} groß; Pakete dürfen höchstens ${mb(d.max)} groß sein`,
    'not-text': () => 'das Paket muss als Text vorliegen',
    'invalid-json': (d) => `ungültiges JSON: ${syntax(d)}`,
    'too-deep': (d) => `tiefer als ${d.max} Ebenen verschachtelt`,
    'forbidden-key': (d) =>
      `der Schlüssel „${d.key}“ ist nicht erlaubt (er könnte Objekte manipulieren)`,
    'duplicate-key': (d) =>
      `doppelter Schlüssel „${keyQuote(d.key).slice(1, -1)}“ (schon in Zeile ${d.line}, Spalte ${d.column})`,
    'newer-schema': (d) =>
      `schemaVersion ${d.version} ist neuer, als diese Klartext-Version versteht (${d.supported}); aktualisieren Sie Klartext, um dieses Paket zu nutzen`,
    pattern: (d) =>
      `${d.builtin ? 'eingebaute ' : ''}${rule(d.rule)}, ${d.list === 'pattern' ? 'Muster' : 'Ausnahme'} ${quote(d.pattern)}: ${pattern(d.fault)}`,
    'too-many-patterns': (d) => `das Paket hat ${d.count} Muster; ${ALLOWED} ${d.max}`,
    'too-many-edges': (d) =>
      `die Muster ergäben etwa ${d.count} Kanten im Suchbaum; ${ALLOWED} ${d.max}`,
    'language-not-in-pack': (d) =>
      `${rule(d.rule)} hat Einträge für die Sprache ${d.lang}, aber das Paket ist nur für ${d.languages.join(', ')} angelegt`,
    'needs-threshold': (d) => `${rule(d.rule)} braucht einen Schwellenwert: „max“ oder „min“`,
    'min-not-supported': (d) =>
      `${rule(d.rule)}: „min“ gibt es nur für draft-words und draft-sentences`,
    'replacement-without-pattern': (d) =>
      `${rule(d.rule)}: Ersetzungen für ${quote(d.key)}, das keines ihrer Muster für ${d.lang} ist`,
    'examples-missing': (d) =>
      `${rule(d.rule)} prüft Entwürfe in ${d.lang} und braucht dafür Beispiele in ${d.lang} (mindestens eines, bei dem sie anschlägt)`,
    'examples-never-fire': (d) =>
      `${rule(d.rule)} hat ${d.measure ? 'keinen Schwellenwert' : 'keine Muster'} für ${d.lang}, ihre Beispiele in ${d.lang} können also nie anschlagen`,
    'unknown-builtin': (d) =>
      `es gibt keine eingebaute Regel „${d.rule}“; diese Anpassung bewirkt nichts`,
    'exceptions-unused': (d) =>
      `die eingebaute Regel „${d.rule}“ hat keine Phrasenliste, Ausnahmen bewirken bei ihr nichts`,
    markup: (d) =>
      `enthält Markup (${quote(d.found, 30)}); Klartext zeigt es als reinen Text und führt es nie aus`,
    'rule-id-twice': (d) =>
      `die Regel-ID „${d.rule}“ kommt zweimal vor (zuerst bei /rules/${d.first})`,
    'rule-id-taken': (d) =>
      d.pack === undefined
        ? `die Regel-ID „${d.rule}“ gehört schon einer eingebauten Regel`
        : `die Regel-ID „${d.rule}“ gehört schon zum Paket „${d.pack}“`,
    'allowlist-entry': (d) =>
      `der Eintrag ${quote(d.entry)} der erlaubten Wörter ${d.words === 0 ? 'enthält keine Wörter (Buchstaben oder Ziffern)' : `hat ${d.words} Wörter; ${ALLOWED} ${d.max}`}`,
    'example-does-not-fire': (d) =>
      `${rule(d.rule)} müsste bei diesem Beispiel (${d.lang}) anschlagen, tut es aber nicht: ${quote(d.draft)}`,
    'example-fires': (d) =>
      `${rule(d.rule)} schlägt bei diesem Beispiel (${d.lang}) an, das unbeanstandet bleiben sollte: ${quote(d.hit)} in ${quote(d.draft)}`,
    'too-many-failures': (d) => `nach ${d.max} fehlgeschlagenen Beispielen abgebrochen`,
    'pack-twice': (d) => `das Paket „${d.pack}“ ist zweimal angegeben`,
    'compile-failed': (d) => `die Regeln lassen sich nicht übersetzen: ${d.detail}`,
    'unusable-packs': (d) => `diese Pakete lassen sich nicht verwenden: ${d.detail}`,
  },
  aboutKey: (message) => `der Schlüssel ${message}`,
  when: (message, conditions) =>
    `${message}, wenn ${conditions.map((c) => `${c.key} ${shown(c.value)} ist`).join(' und ')}`,
};

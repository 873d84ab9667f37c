// Pack problems in English: what the CLI prints for CI logs and the options page shows in an
// English UI. Tests and pack authors' scripts match these words, so change them with care.
import { syntaxText } from '../../engine/pattern';
import type { Found, JsonSyntax } from '../json';
import type { PatternFault, Shown, ValueType } from '../problems';
import { keyQuote, megabytes, quote } from './text';
import type { Wording } from './types';

const TYPES: Readonly<Record<ValueType, string>> = {
  null: 'null',
  boolean: 'a boolean',
  integer: 'an integer',
  number: 'a number',
  'out-of-range': 'a number out of range',
  string: 'a string',
  array: 'an array',
  object: 'an object',
};

/** A schema's type name with its article: "an integer", "a string". */
const article = (t: string) => `${/^[aeiou]/.test(t) ? 'an' : 'a'} ${t}`;
const shown = (s: Shown) => ('json' in s ? s.json : TYPES[s.type]);
const found = (f: Found) => (f === null ? 'the end of the text' : JSON.stringify(f));
const mb = (bytes: number) => megabytes(bytes, '.');
const rule = (id: string) => `rule "${id}"`;

function syntax(e: JsonSyntax): string {
  switch (e.what) {
    case 'after-end':
      return `unexpected ${found(e.found)} after the end of the JSON`;
    case 'separator':
      return `expected "," or "${e.close}" but found ${found(e.found)}`;
    case 'name':
      return `expected a property name in double quotes but found ${found(e.found)}`;
    case 'colon':
      return `expected ":" after "${e.key}" but found ${found(e.found)}`;
    case 'value':
      return `expected a value but found ${found(e.found)}`;
    case 'unterminated-string':
      return 'unterminated string';
    case 'control-character':
      return 'raw control character in a string (write it as \\n, \\t, ...)';
    case 'unicode-escape':
      return 'bad \\u escape';
    case 'escape':
      return `bad escape \\${e.escape}`;
  }
}

function pattern(f: PatternFault): string {
  switch (f.what) {
    case 'syntax':
      return syntaxText(f.syntax);
    case 'variants':
      return `expands to ${f.count} variants (optional words and alternatives multiply); at most ${f.max}`;
    case 'steps':
      return `has ${f.count} words and gaps in a row; at most ${f.max}`;
    case 'gap':
      return `has a gap of up to ${f.size} words; packs allow at most ...${f.max}`;
    case 'alternatives':
      return `offers ${f.count} alternatives for one word; at most ${f.max}`;
    case 'wildcard':
      return `"${f.shown}" matches too many words; give at least ${f.min} letters beside *`;
    case 'gaps':
      return `has ${f.count} gaps; at most ${f.max}`;
  }
}

function range(d: { min?: number; max?: number }): string {
  if (d.min === undefined) return `of at most ${d.max}`;
  if (d.max === undefined) return `of at least ${d.min}`;
  return `from ${d.min} to ${d.max}`;
}

export const EN: Wording = {
  problems: {
    'not-allowed': (d) =>
      d.key === undefined ? 'is not allowed here' : `"${d.key}" is not allowed here`,
    empty: () => 'must not be empty',
    'too-few-items': (d) => `needs at least ${d.min} items, has ${d.count}`,
    'too-many-items': (d) => `has ${d.count} items; at most ${d.max} are allowed`,
    'listed-twice': (d) => `${shown(d.value)} is listed twice`,
    'too-few-properties': (d) => `needs at least ${d.min} properties`,
    'too-many-properties': (d) => `has ${d.count} properties; at most ${d.max} are allowed`,
    missing: (d) => `"${d.key}" is missing`,
    'unknown-property': (d) => `unknown property "${d.key}"`,
    'wrong-type': (d) => `must be ${d.expected.map(article).join(' or ')}, got ${TYPES[d.got]}`,
    'wrong-value': (d) => `must be ${shown(d.expected)}, got ${shown(d.got)}`,
    'not-one-of': (d) => `must be one of ${d.options.map(shown).join(', ')}, got ${shown(d.got)}`,
    'too-short': (d) => `must have at least ${d.min} characters`,
    'too-long': (d) => `is ${d.length} characters long; at most ${d.max} are allowed`,
    'wrong-form': (d) =>
      `${shown(d.value)} is not in the expected form${d.description ? `: ${d.description}` : ''}`,
    'out-of-range': (d) =>
      `must be ${d.integer ? 'an integer' : 'a number'} ${range(d)}, got ${shown(d.got)}`,
    'below-minimum': (d) => `must be at least ${d.min}, got ${d.got}`,
    'above-maximum': (d) => `must be at most ${d.max}, got ${d.got}`,

    'too-large': (d) =>
      d.bytes === undefined
        ? `the pack is larger than ${d.max / 1024 / 1024} MB`
        : `the pack is ${mb(d.bytes)}; packs may be at most ${mb(d.max)}`,
    'not-text': () => 'the pack must be given as text',
    'invalid-json': (d) => `invalid JSON: ${syntax(d)}`,
    'too-deep': (d) => `nested deeper than ${d.max} levels`,
    'forbidden-key': (d) => `the key "${d.key}" is not allowed (it could tamper with objects)`,
    'duplicate-key': (d) =>
      `duplicate key ${keyQuote(d.key)} (already at line ${d.line}, column ${d.column})`,
    'newer-schema': (d) =>
      `schemaVersion ${d.version} is newer than this Klartext understands (${d.supported}); update Klartext to use this pack`,
    pattern: (d) =>
      `${d.builtin ? 'built-in ' : ''}${rule(d.rule)}, ${d.list} ${quote(d.pattern)}: ${pattern(d.fault)}`,
    'too-many-patterns': (d) => `the pack has ${d.count} patterns; at most ${d.max}`,
    'too-many-edges': (d) => `the patterns would add about ${d.count} trie edges; at most ${d.max}`,
    'language-not-in-pack': (d) =>
      `${rule(d.rule)} has ${d.lang} entries, but the pack's languages are ${d.languages.join(', ')}`,
    'needs-threshold': (d) => `${rule(d.rule)} needs a threshold: "max" or "min"`,
    'min-not-supported': (d) =>
      `${rule(d.rule)}: "min" only works with draft-words and draft-sentences`,
    'replacement-without-pattern': (d) =>
      `${rule(d.rule)}: replacements for ${quote(d.key)}, which is none of the rule's ${d.lang} patterns`,
    'examples-missing': (d) =>
      `${rule(d.rule)} runs on ${d.lang} drafts, so it needs ${d.lang} examples (at least one it fires on)`,
    'examples-never-fire': (d) =>
      `${rule(d.rule)} has no ${d.lang} ${d.measure ? 'threshold' : 'patterns'}, so its ${d.lang} examples can never fire`,
    'unknown-builtin': (d) => `there is no built-in rule "${d.rule}"; this adjustment does nothing`,
    'exceptions-unused': (d) =>
      `built-in rule "${d.rule}" has no phrase list, so exceptions do nothing`,
    markup: (d) =>
      `contains markup (${quote(d.found, 30)}); Klartext shows it as plain text and never runs it`,
    'rule-id-twice': (d) => `rule id "${d.rule}" is used twice (first at /rules/${d.first})`,
    'rule-id-taken': (d) =>
      `rule id "${d.rule}" is already used by ${d.pack === undefined ? 'a built-in rule' : `pack "${d.pack}"`}`,
    'allowlist-entry': (d) =>
      `allowlist entry ${quote(d.entry)} ${d.words === 0 ? 'has no words (letters or digits)' : `has ${d.words} words; at most ${d.max}`}`,
    'example-does-not-fire': (d) =>
      `${rule(d.rule)} should fire on this ${d.lang} example but does not: ${quote(d.draft)}`,
    'example-fires': (d) =>
      `${rule(d.rule)} fires on this ${d.lang} example, which should pass: ${quote(d.hit)} in ${quote(d.draft)}`,
    'too-many-failures': (d) => `stopped after ${d.max} failing examples`,
    'pack-twice': (d) => `pack "${d.pack}" is given twice`,
    'compile-failed': (d) => d.detail,
    'unusable-packs': (d) => `cannot use these packs: ${d.detail}`,
  },
  aboutKey: (message) => `the key ${message}`,
  when: (message, conditions) =>
    `${message} when ${conditions.map((c) => `${c.key} is ${shown(c.value)}`).join(' and ')}`,
};

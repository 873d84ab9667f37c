// Phrase patterns are plain strings, one token per space-separated item, so word lists stay data
// (JSON) and never become regular expressions. Syntax of one item:
//
//   word       the word itself (case-insensitive, umlauts folded: "für" = "fuer")
//   word*      any word starting with it: zuständig* = zuständig, zuständige, Zuständigkeit
//   *word      any word ending with it: *ung = Prüfung, Bestellung
//   (a|b*|c)   one of the alternatives
//   @name      one word of the named word set (see sets.json)
//   item?      the item may be left out
//   #          any number (7, 24, 17:00)
//   ...  ...N  a gap of up to 3 (or N, at most 8) arbitrary words
//   ^ (first)  the match must start a sentence;  $ (last)  punctuation or the sentence end follows
import { normalizeWord } from './normalize';

export type Atom =
  | { kind: 'exact'; value: string }
  | { kind: 'prefix'; value: string }
  | { kind: 'suffix'; value: string }
  | { kind: 'number' };

export type Step = { kind: 'word'; atoms: Atom[] } | { kind: 'gap'; max: number };

export interface ParsedPattern {
  /** Every expansion of optional items: each is a sequence of steps. */
  variants: Step[][];
  anchorStart: boolean;
  anchorEnd: boolean;
}

export type WordSets = Readonly<Record<string, readonly string[]>>;

/** Why the parser refuses a pattern, as a code plus data: worded where it is shown. */
export type PatternSyntax =
  | { code: 'prefix-and-suffix' }
  | { code: 'misplaced'; item: string }
  | { code: 'unbalanced' }
  | { code: 'gap-form'; max: number }
  | { code: 'unknown-set'; name: string }
  | { code: 'too-many-variants' }
  | { code: 'no-word' }
  | { code: 'gap-at-edge' }
  | { code: 'two-gaps' };

/** The engine's own English words for a syntax fault (its errors, logs and the CLI's). */
export function syntaxText(syntax: PatternSyntax): string {
  switch (syntax.code) {
    case 'prefix-and-suffix':
      return 'use either word* or *word';
    case 'misplaced':
      return `empty item or misplaced *, (, ), | or ? in "${syntax.item}"`;
    case 'unbalanced':
      return 'unbalanced parentheses';
    case 'gap-form':
      return `gap must be ... or ...1 to ...${syntax.max}`;
    case 'unknown-set':
      return `unknown word set @${syntax.name}`;
    case 'too-many-variants':
      return 'too many variants';
    case 'no-word':
      return 'a pattern needs at least one word';
    case 'gap-at-edge':
      return 'a gap cannot start or end a pattern';
    case 'two-gaps':
      return 'two gaps in a row';
  }
}

export class PatternError extends Error {
  constructor(
    readonly source: string,
    readonly syntax: PatternSyntax,
  ) {
    super(`"${source}": ${syntaxText(syntax)}`);
  }
}

const MAX_GAP = 8;
const MAX_VARIANTS = 512;

/**
 * Parsing shares work across patterns: word sets once per use form (@name, @name*), long items
 * and items with word sets ("(melde|melden|kümmere|...)", "@weekday_de") and the dedupe keys
 * of steps. Results are immutable and only depend on the raw text and the word sets, so one
 * cache serves one set of word sets; compileRuleSet and loadPack keep one per run. Plain words
 * are not cached: parsing one costs less than remembering it (a pack has thousands).
 */
export class ParseCache {
  readonly setAtoms = new Map<string, Atom[]>();
  readonly items = new Map<string, Step[][]>();
  readonly stepKeys = new Map<Step, string>();
  constructor(readonly sets: WordSets) {}
}

const MISPLACED = /[*()|?]/;

function parseAtom(raw: string, source: string): Atom {
  if (raw === '#') return { kind: 'number' };
  const prefix = raw.length > 1 && raw.endsWith('*');
  const suffix = raw.length > 1 && raw.startsWith('*');
  if (prefix && suffix) throw new PatternError(source, { code: 'prefix-and-suffix' });
  const value = normalizeWord(prefix ? raw.slice(0, -1) : suffix ? raw.slice(1) : raw);
  if (value.length === 0 || MISPLACED.test(value)) {
    throw new PatternError(source, { code: 'misplaced', item: raw });
  }
  if (prefix) return { kind: 'prefix', value };
  if (suffix) return { kind: 'suffix', value };
  return { kind: 'exact', value };
}

/** What /\s/ matches, by char code (the pattern syntax splits on any white space). */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    (c > 127 &&
      (c === 160 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff))
  );
}

const PIPE = 124;

/** Splits on white space (or on "|") outside parentheses; empty parts are dropped. */
function splitTopLevel(source: string, separator: 'space' | typeof PIPE): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41) depth--;
    else if (depth === 0 && (separator === PIPE ? c === PIPE : isSpace(c))) {
      if (i > start) parts.push(source.slice(start, i));
      start = i + 1;
    }
  }
  if (depth !== 0) throw new PatternError(source, { code: 'unbalanced' });
  if (source.length > start) parts.push(source.slice(start));
  return parts;
}

function isGroup(raw: string): boolean {
  return raw.startsWith('(') && raw.endsWith(')');
}

/** An item that is one word (or word*, *word, #): no group, gap, word set or "?". */
function isPlainWord(raw: string): boolean {
  const first = raw.charCodeAt(0);
  if (first === 40 || first === 64 || raw.startsWith('...')) return false; // ( @ ...
  return !(raw.length > 1 && raw.endsWith('?'));
}

/** One item expands to one or more step sequences (multi-word alternatives branch). */
function expandItem(raw: string, sets: WordSets, source: string, cache?: ParseCache): Step[][] {
  // Short items re-parse faster than a cache can remember them (a pack has thousands, each
  // used once); long ones ("(melde|melden|kümmere|...)") and word sets recur in many patterns.
  if (!cache || (raw.length < CACHED_ITEM_LENGTH && !raw.includes('@'))) {
    return expandItemUncached(raw, sets, source, cache);
  }
  const cached = cache.items.get(raw);
  if (cached) return cached;
  const expanded = expandItemUncached(raw, sets, source, cache);
  cache.items.set(raw, expanded);
  return expanded;
}

const CACHED_ITEM_LENGTH = 24;

const SPACE = /\s/;

function expandItemUncached(
  raw: string,
  sets: WordSets,
  source: string,
  cache: ParseCache | undefined,
): Step[][] {
  if (raw.startsWith('...')) {
    const rest = raw.slice(3);
    const max = rest === '' ? 3 : Number(rest);
    if (!Number.isInteger(max) || max < 1 || max > MAX_GAP) {
      throw new PatternError(source, { code: 'gap-form', max: MAX_GAP });
    }
    return [[{ kind: 'gap', max }]];
  }
  const optional = raw.length > 1 && raw.endsWith('?');
  const body = optional ? raw.slice(0, -1) : raw;
  let sequences: Step[][];
  if (isGroup(body)) {
    const alternatives = splitTopLevel(body.slice(1, -1), PIPE);
    const singleAtoms: Atom[] = [];
    sequences = [];
    for (const alt of alternatives) {
      const trimmed = alt.trim();
      if (!SPACE.test(trimmed) && !isGroup(trimmed) && !trimmed.startsWith('...')) {
        singleAtoms.push(...atomsOf(trimmed, sets, source, cache));
      } else {
        sequences.push(...expandSequence(trimmed, sets, source, cache));
      }
    }
    if (singleAtoms.length > 0) sequences.unshift([{ kind: 'word', atoms: singleAtoms }]);
  } else {
    sequences = [[{ kind: 'word', atoms: atomsOf(body, sets, source, cache) }]];
  }
  return optional ? [[], ...sequences] : sequences;
}

function atomsOf(raw: string, sets: WordSets, source: string, cache?: ParseCache): Atom[] {
  if (raw.startsWith('@')) {
    const cached = cache?.setAtoms.get(raw);
    if (cached) return cached;
    const name = raw.endsWith('*') ? raw.slice(1, -1) : raw.slice(1);
    const set = Object.prototype.hasOwnProperty.call(sets, name) ? sets[name] : undefined;
    if (!set) throw new PatternError(source, { code: 'unknown-set', name });
    const star = raw.endsWith('*') ? '*' : '';
    const atoms = set.map((w) => parseAtom(w.endsWith('*') ? w : w + star, source));
    cache?.setAtoms.set(raw, atoms);
    return atoms;
  }
  return [parseAtom(raw, source)];
}

function expandSequence(
  text: string,
  sets: WordSets,
  source: string,
  cache: ParseCache | undefined,
): Step[][] {
  return expandItems(splitTopLevel(text, 'space'), sets, source, cache);
}

function expandItems(
  items: readonly string[],
  sets: WordSets,
  source: string,
  cache: ParseCache | undefined,
): Step[][] {
  // The variant arrays are this call's own (cached items are only read), so an item with a
  // single option, most items, extends them in place.
  let variants: Step[][] = [[]];
  for (const item of items) {
    if (isPlainWord(item)) {
      // What expandItem makes of it: one option, one word step.
      const step: Step = { kind: 'word', atoms: atomsOf(item, sets, source, cache) };
      for (const v of variants) v.push(step);
      continue;
    }
    const options = expandItem(item, sets, source, cache);
    if (options.length === 1) {
      const only = options[0]!;
      for (const v of variants) for (const step of only) v.push(step);
      continue;
    }
    const next: Step[][] = [];
    for (const v of variants) for (const o of options) next.push(o.length === 0 ? v : [...v, ...o]);
    if (next.length > MAX_VARIANTS) throw new PatternError(source, { code: 'too-many-variants' });
    variants = next;
  }
  return variants;
}

/** A pattern cut into its items (space-separated outside parentheses) and its anchors. */
interface PatternItems {
  items: string[];
  anchorStart: boolean;
  anchorEnd: boolean;
}

function splitPattern(source: string): PatternItems {
  const items = splitTopLevel(source.trim(), 'space');
  let anchorStart = false;
  let anchorEnd = false;
  if (items[0] === '^') {
    anchorStart = true;
    items.shift();
  }
  if (items[items.length - 1] === '$') {
    anchorEnd = true;
    items.pop();
  }
  return { items, anchorStart, anchorEnd };
}

/**
 * A pattern for reading item by item (building a trie lazily): its text without the anchors,
 * whose items itemStart/itemEnd find one at a time. For valid patterns the items are exactly
 * splitPattern's (the anchors are whole items at either end).
 */
export function patternText(source: string): {
  text: string;
  anchorStart: boolean;
  anchorEnd: boolean;
} {
  let text = source.trim();
  const n = text.length;
  const anchorEnd = n > 1 && text.endsWith('$') && isSpace(text.charCodeAt(n - 2));
  if (anchorEnd) text = text.slice(0, -1);
  const anchorStart = text.startsWith('^') && (text.length === 1 || isSpace(text.charCodeAt(1)));
  if (anchorStart) text = text.slice(1);
  return { text, anchorStart, anchorEnd };
}

/** Where the next item of `text` from `from` on starts (text.length: there is none). */
export function itemStart(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Where the item starting at `start` ends: white space outside parentheses, or the end. */
export function itemEnd(text: string, start: number): number {
  let depth = 0;
  let i = start;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41) depth--;
    else if (depth === 0 && isSpace(c)) break;
  }
  return i;
}

/**
 * The atom of an item that is one plain word (word, word*, *word, #), or null for any other
 * item: what itemOptions would make its only step of, without the step.
 */
export function plainWordAtom(item: string, source: string): Atom | null {
  return isPlainWord(item) && item.charCodeAt(0) !== 64 ? parseAtom(item, source) : null;
}

/**
 * What one item can stand for, for building a trie item by item: each option is a sequence of
 * steps, an empty one leaves an optional item out. parsePattern is the product of these over
 * all items (plus its checks of the whole pattern).
 */
export function itemOptions(
  item: string,
  sets: WordSets,
  source: string,
  cache?: ParseCache,
): readonly (readonly Step[])[] {
  if (isPlainWord(item)) return [[{ kind: 'word', atoms: atomsOf(item, sets, source, cache) }]];
  return expandItem(item, sets, source, cache);
}

/** `cache` must have been made for the same word sets (see ParseCache). */
export function parsePattern(
  source: string,
  sets: WordSets = {},
  cache?: ParseCache,
): ParsedPattern {
  if (cache && cache.sets !== sets) throw new Error('ParseCache made for other word sets');
  const { items, anchorStart, anchorEnd } = splitPattern(source);
  let variants = expandItems(items, sets, source, cache);
  for (const v of variants) {
    let words = 0;
    for (const step of v) if (step.kind === 'word') words++;
    if (words === 0) throw new PatternError(source, { code: 'no-word' });
    if (v[0]?.kind === 'gap' || v[v.length - 1]?.kind === 'gap') {
      throw new PatternError(source, { code: 'gap-at-edge' });
    }
    for (let i = 1; i < v.length; i++) {
      if (v[i]!.kind === 'gap' && v[i - 1]!.kind === 'gap') {
        throw new PatternError(source, { code: 'two-gaps' });
      }
    }
  }
  // Optional words next to a gap can leave identical variants; drop duplicates. Variants share
  // their Step objects, so each step's key is built once (JSON.stringify of every variant was
  // most of the compile time once word sets made steps wide).
  if (variants.length > 1 && sameLengthsIn(variants)) {
    const stepKeys = cache?.stepKeys ?? new Map<Step, string>();
    const seen = new Set<string>();
    variants = variants.filter((v) => {
      const key = v.map((step) => stepKey(step, stepKeys)).join('\u0000');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
  return { variants, anchorStart, anchorEnd };
}

/** Only variants of equal length can be duplicates ("x? x?" gives [x] twice). */
function sameLengthsIn(variants: readonly Step[][]): boolean {
  const seen = new Set<number>();
  for (const v of variants) {
    if (seen.has(v.length)) return true;
    seen.add(v.length);
  }
  return false;
}

/** Structural identity of a step, equal exactly when the steps are. */
function stepKey(step: Step, cache: Map<Step, string>): string {
  let key = cache.get(step);
  if (key === undefined) {
    key =
      step.kind === 'gap'
        ? `...${step.max}`
        : step.atoms.map((a) => (a.kind === 'number' ? '#' : `${a.kind}:${a.value}`)).join('|');
    cache.set(step, key);
  }
  return key;
}

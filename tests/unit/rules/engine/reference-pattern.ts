// The pattern parser as it was before it was tuned for speed (per-character splitting, no
// caches). Tests hold the engine's parser to it: same variants, same errors.
import { normalizeWord } from '../../../../rules/engine/normalize';
import type { Atom, ParsedPattern, Step, WordSets } from '../../../../rules/engine/pattern';

class PatternError extends Error {}

const MAX_GAP = 8;
const MAX_VARIANTS = 512;

function parseAtom(raw: string, source: string): Atom {
  if (raw === '#') return { kind: 'number' };
  const prefix = raw.length > 1 && raw.endsWith('*');
  const suffix = raw.length > 1 && raw.startsWith('*');
  if (prefix && suffix) throw new PatternError(`"${source}": use either word* or *word`);
  const value = normalizeWord(prefix ? raw.slice(0, -1) : suffix ? raw.slice(1) : raw);
  if (value.length === 0 || /[*()|?]/.test(value)) {
    throw new PatternError(`"${source}": empty item or misplaced *, (, ), | or ? in "${raw}"`);
  }
  if (prefix) return { kind: 'prefix', value };
  if (suffix) return { kind: 'suffix', value };
  return { kind: 'exact', value };
}

/** Splits on a separator outside parentheses. */
function splitTopLevel(source: string, isSeparator: (ch: string) => boolean): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of source) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (depth === 0 && isSeparator(ch)) {
      if (current !== '') parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  if (depth !== 0) throw new PatternError(`"${source}": unbalanced parentheses`);
  if (current !== '') parts.push(current);
  return parts;
}

function isGroup(raw: string): boolean {
  return raw.startsWith('(') && raw.endsWith(')');
}

/** One item expands to one or more step sequences (multi-word alternatives branch). */
function expandItem(raw: string, sets: WordSets, source: string): Step[][] {
  if (raw.startsWith('...')) {
    const rest = raw.slice(3);
    const max = rest === '' ? 3 : Number(rest);
    if (!Number.isInteger(max) || max < 1 || max > MAX_GAP) {
      throw new PatternError(`"${source}": gap must be ... or ...1 to ...${MAX_GAP}`);
    }
    return [[{ kind: 'gap', max }]];
  }
  const optional = raw.length > 1 && raw.endsWith('?');
  const body = optional ? raw.slice(0, -1) : raw;
  let sequences: Step[][];
  if (isGroup(body)) {
    const alternatives = splitTopLevel(body.slice(1, -1), (ch) => ch === '|');
    const singleAtoms: Atom[] = [];
    sequences = [];
    for (const alt of alternatives) {
      const trimmed = alt.trim();
      if (!/\s/.test(trimmed) && !isGroup(trimmed) && !trimmed.startsWith('...')) {
        singleAtoms.push(...atomsOf(trimmed, sets, source));
      } else {
        sequences.push(...expandSequence(trimmed, sets, source));
      }
    }
    if (singleAtoms.length > 0) sequences.unshift([{ kind: 'word', atoms: singleAtoms }]);
  } else {
    sequences = [[{ kind: 'word', atoms: atomsOf(body, sets, source) }]];
  }
  return optional ? [[], ...sequences] : sequences;
}

function atomsOf(raw: string, sets: WordSets, source: string): Atom[] {
  if (raw.startsWith('@')) {
    const name = raw.endsWith('*') ? raw.slice(1, -1) : raw.slice(1);
    const set = sets[name];
    if (!set) throw new PatternError(`"${source}": unknown word set @${name}`);
    const star = raw.endsWith('*') ? '*' : '';
    return set.map((w) => parseAtom(w.endsWith('*') ? w : w + star, source));
  }
  return [parseAtom(raw, source)];
}

function expandSequence(text: string, sets: WordSets, source: string): Step[][] {
  let variants: Step[][] = [[]];
  for (const item of splitTopLevel(text, (ch) => /\s/.test(ch))) {
    const options = expandItem(item, sets, source);
    const next: Step[][] = [];
    for (const v of variants) for (const o of options) next.push([...v, ...o]);
    if (next.length > MAX_VARIANTS) throw new PatternError(`"${source}": too many variants`);
    variants = next;
  }
  return variants;
}

export function referenceParsePattern(source: string, sets: WordSets = {}): ParsedPattern {
  const items = splitTopLevel(source.trim(), (ch) => /\s/.test(ch));
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
  let variants = expandSequence(items.join(' '), sets, source);
  for (const v of variants) {
    const words = v.filter((s) => s.kind === 'word').length;
    if (words === 0) throw new PatternError(`"${source}": a pattern needs at least one word`);
    if (v[0]?.kind === 'gap' || v[v.length - 1]?.kind === 'gap') {
      throw new PatternError(`"${source}": a gap cannot start or end a pattern`);
    }
    for (let i = 1; i < v.length; i++) {
      if (v[i]!.kind === 'gap' && v[i - 1]!.kind === 'gap') {
        throw new PatternError(`"${source}": two gaps in a row`);
      }
    }
  }
  // Optional words next to a gap can leave identical variants; drop duplicates. Variants share
  // their Step objects, so each step's key is built once (JSON.stringify of every variant was
  // most of the compile time once word sets made steps wide).
  if (variants.length > 1) {
    const stepKeys = new Map<Step, string>();
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

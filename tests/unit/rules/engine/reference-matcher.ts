// The phrase matcher as the pattern syntax defines it, written for obviousness instead of speed:
// every variant of every pattern is tried at every token by plain recursion. Tests hold the
// engine's trie to it, so an optimisation of the trie can never change what a list finds.
import { MAX_SPAN } from '../../../../rules/engine/trie';
import {
  parsePattern,
  type Atom,
  type Step,
  type WordSets,
} from '../../../../rules/engine/pattern';
import type { Match, PhraseList, PhraseSet } from '../../../../rules/engine/rule-types';
import type { Doc } from '../../../../rules/engine/tokenizer';
import type { Lang } from '../../../../rules/engine/types';

function atomMatches(atom: Atom, norm: string): boolean {
  switch (atom.kind) {
    case 'exact':
      return norm === atom.value;
    case 'prefix':
      return norm.startsWith(atom.value);
    case 'suffix':
      // A suffix needs at least one more letter: *ung does not match "ung".
      return norm.length > atom.value.length && norm.endsWith(atom.value);
    case 'number':
      return /^[0-9][0-9:.,]*$/.test(norm);
  }
}

/** Token indexes where a match of `steps` starting at token `at` can end. */
function ends(steps: readonly Step[], p: number, at: number, limit: number, doc: Doc): number[] {
  if (p === steps.length) return [at - 1];
  const step = steps[p]!;
  if (step.kind === 'gap') {
    const out: number[] = [];
    for (let skip = 0; skip <= step.max && at + skip < limit; skip++) {
      out.push(...ends(steps, p + 1, at + skip, limit, doc));
    }
    return out;
  }
  if (at >= limit) return [];
  const norm = doc.tokens[at]!.norm;
  if (!step.atoms.some((a) => atomMatches(a, norm))) return [];
  return ends(steps, p + 1, at + 1, limit, doc);
}

interface Candidate {
  first: number;
  last: number;
  pattern: number;
  negative: boolean;
}

interface Variant {
  pattern: number;
  negative: boolean;
  anchorStart: boolean;
  anchorEnd: boolean;
  steps: Step[];
}

/**
 * The matcher of one list in one language: leftmost-longest matches, exceptions swallow what
 * they cover, and of equal matches the pattern listed first wins.
 */
export function referenceMatcher(
  list: PhraseList,
  lang: Lang,
  sets: WordSets,
): (doc: Doc) => Match[] {
  const raw = list[lang];
  if (!raw) return () => [];
  const set: PhraseSet = Array.isArray(raw) ? { patterns: raw } : (raw as PhraseSet);
  const sources = [...set.patterns, ...(set.except ?? [])];
  const positives = set.patterns.length;
  // Only to keep the test fast: variants whose first word is one of a few exact words are
  // tried only at tokens that are one of them; all others at every token.
  const byFirstWord = new Map<string, Variant[]>();
  const elsewhere: Variant[] = [];
  sources.forEach((source, pattern) => {
    const { variants, anchorStart, anchorEnd } = parsePattern(source, sets);
    for (const steps of variants) {
      const v = { pattern, negative: pattern >= positives, anchorStart, anchorEnd, steps };
      const first = steps[0]!;
      if (first.kind === 'word' && first.atoms.every((a) => a.kind === 'exact')) {
        for (const a of new Set(first.atoms.map((x) => (x as { value: string }).value))) {
          byFirstWord.set(a, [...(byFirstWord.get(a) ?? []), v]);
        }
      } else {
        elsewhere.push(v);
      }
    }
  });
  return (doc) => {
    const candidates: Candidate[] = [];
    for (let i = 0; i < doc.tokens.length; i++) {
      const sentence = doc.sentences[doc.tokens[i]!.sentence]!;
      const limit = Math.min(sentence.tokenEnd, i + MAX_SPAN);
      for (const v of [...(byFirstWord.get(doc.tokens[i]!.norm) ?? []), ...elsewhere]) {
        if (v.anchorStart && i !== sentence.tokenStart) continue;
        for (const last of ends(v.steps, 0, i, limit, doc)) {
          const closes = doc.tokens[last]!.punctAfter || last === sentence.tokenEnd - 1;
          if (v.anchorEnd && !closes) continue;
          candidates.push({ first: i, last, pattern: v.pattern, negative: v.negative });
        }
      }
    }
    return select(candidates, sources, doc);
  };
}

function select(candidates: Candidate[], sources: string[], doc: Doc): Match[] {
  candidates.sort(
    (a, b) =>
      a.first - b.first ||
      b.last - a.last ||
      Number(b.negative) - Number(a.negative) ||
      a.pattern - b.pattern,
  );
  const out: Match[] = [];
  let coveredUntil = -1;
  for (const c of candidates) {
    if (c.first <= coveredUntil) continue;
    coveredUntil = c.last;
    if (c.negative) continue;
    const first = doc.tokens[c.first]!;
    out.push({
      start: first.start,
      end: doc.tokens[c.last]!.end,
      firstToken: c.first,
      lastToken: c.last,
      sentence: first.sentence,
      pattern: sources[c.pattern]!,
    });
  }
  return out;
}

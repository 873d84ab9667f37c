// Bounds on what a pack may ask of the matcher. The trie walk is linear in the text whatever the
// patterns, but its constant grows with the trie and with the states gaps and wide steps keep
// alive; a pack past these bounds is refused before it is compiled, naming rule and pattern.
import {
  parsePattern,
  PatternError,
  type ParseCache,
  type ParsedPattern,
  type WordSets,
} from '../engine/pattern';
import type { PatternFault } from './problems';

/** A pack file larger than this is refused before it is parsed. */
export const MAX_PACK_BYTES = 8 * 1024 * 1024;

export const LIMITS = {
  /** Alternatives one word position may have, word sets included. */
  alternatives: 64,
  /** Expansions of optional items and multi-word alternatives. */
  variants: 64,
  /** Words (plus gaps) in one expansion. */
  steps: 12,
  gapsPerPattern: 2,
  /** The largest gap, "...5". */
  gapSize: 5,
  /** Letters before * in word* and after it in *word. */
  wildcardLetters: 3,
  /** Patterns in one pack (all rules, lists and languages). */
  patterns: 50_000,
  /** Trie edges one pack may add: the sum over variants of the alternatives of each step. */
  trieEdges: 400_000,
  /** Words in one allowlist entry. */
  allowlistWords: 8,
} as const;

export interface CheckedPattern {
  /** Upper bound of trie edges the pattern adds. */
  edges: number;
}

/**
 * Parses a pack pattern and holds it to LIMITS; else says what is wrong (as data, see problems.ts).
 * `cache` (made for the same word sets) shares parsing work between the patterns of a pack.
 */
export function checkPattern(
  source: string,
  sets: WordSets,
  cache?: ParseCache,
): CheckedPattern | PatternFault {
  let parsed: ParsedPattern;
  try {
    parsed = parsePattern(source, sets, cache);
  } catch (error) {
    // The parser's code and data; each language words them where the problem is shown.
    if (error instanceof PatternError) return { what: 'syntax', syntax: error.syntax };
    throw error;
  }
  if (parsed.variants.length > LIMITS.variants) {
    return { what: 'variants', count: parsed.variants.length, max: LIMITS.variants };
  }
  let edges = 0;
  for (const steps of parsed.variants) {
    if (steps.length > LIMITS.steps) {
      return { what: 'steps', count: steps.length, max: LIMITS.steps };
    }
    let gaps = 0;
    for (const step of steps) {
      if (step.kind === 'gap') {
        gaps++;
        if (step.max > LIMITS.gapSize) {
          return { what: 'gap', size: step.max, max: LIMITS.gapSize };
        }
        edges++;
        continue;
      }
      if (step.atoms.length > LIMITS.alternatives) {
        return { what: 'alternatives', count: step.atoms.length, max: LIMITS.alternatives };
      }
      for (const atom of step.atoms) {
        if (
          atom.kind !== 'exact' &&
          atom.kind !== 'number' &&
          atom.value.length < LIMITS.wildcardLetters
        ) {
          const shown = atom.kind === 'prefix' ? `${atom.value}*` : `*${atom.value}`;
          return { what: 'wildcard', shown, min: LIMITS.wildcardLetters };
        }
      }
      edges += step.atoms.length;
    }
    if (gaps > LIMITS.gapsPerPattern) {
      return { what: 'gaps', count: gaps, max: LIMITS.gapsPerPattern };
    }
  }
  return { edges };
}

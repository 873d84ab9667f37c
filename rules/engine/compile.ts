// Compiles the phrase lists of a rule set into one trie per language, once, and turns a text
// into an Analysis whose find(list) answers from a single pass over the tokens.
import {
  ParseCache,
  parsePattern,
  PatternError,
  type ParsedPattern,
  type WordSets,
} from './pattern';
import { PhraseTrie, type PackedTrie } from './trie';
import type { Doc } from './tokenizer';
import type { Lang } from './types';
import { LANGS } from './types';
import type { EngineRule, Match, PhraseSet } from './rule-types';

export interface CompiledRules {
  rules: readonly EngineRule[];
  tries: Record<Lang, PhraseTrie>;
  /** ruleId -> list name -> list number */
  listIds: Map<string, Map<string, number>>;
  /** list number -> pattern sources (positives first, then exceptions) */
  sources: string[][];
}

export interface CompileOptions {
  /**
   * Build each trie item by item as drafts reach its patterns instead of now: a page pays only
   * for the words its drafts get to. Patterns must be valid: those `trusted` are taken as
   * such, any other is parsed now and a bad one throws, as without lazy.
   */
  lazy?: boolean;
  /**
   * With lazy: patterns known to be valid without parsing, all of them (true: the built-ins; a
   * unit test compiles them) or these sources (the built-ins' when a pack adds exceptions, the
   * patterns loadPack checked).
   */
  trusted?: boolean | ReadonlySet<string>;
  /**
   * Tries built ahead of time from these very rules and word sets (PhraseTrie.pack): the
   * patterns are only numbered, not parsed. The caller makes sure they match (compiled.ts).
   */
  packed?: Readonly<Record<Lang, PackedTrie>>;
}

export function compileRuleSet(
  rules: readonly EngineRule[],
  sets: WordSets,
  options: CompileOptions = {},
): CompiledRules {
  const { lazy, trusted, packed } = options;
  const tries = packed
    ? { de: PhraseTrie.fromPacked(packed.de), en: PhraseTrie.fromPacked(packed.en) }
    : { de: new PhraseTrie(), en: new PhraseTrie() };
  const listIds = new Map<string, Map<string, number>>();
  const sources: string[][] = [];
  const seenIds = new Set<string>();
  // Lists share patterns (missing-next-step reuses other rules' lists) and items ("(ich|wir)").
  const cache = new ParseCache(sets);
  const bySource = new Map<string, ParsedPattern>();
  const known = (source: string) =>
    trusted === true || (trusted instanceof Set && trusted.has(source));
  for (const rule of rules) {
    if (seenIds.has(rule.id)) throw new Error(`Duplicate rule id ${rule.id}`);
    seenIds.add(rule.id);
    const ids = new Map<string, number>();
    listIds.set(rule.id, ids);
    for (const [name, perLang] of Object.entries(rule.lists ?? {})) {
      const list = sources.length;
      ids.set(name, list);
      const listSources: string[] = [];
      sources.push(listSources);
      for (const lang of LANGS) {
        const raw = perLang[lang];
        if (!raw) continue;
        const set: PhraseSet = Array.isArray(raw) ? { patterns: raw } : (raw as PhraseSet);
        const add = (source: string, negative: boolean) => {
          const pattern = listSources.length;
          listSources.push(source);
          if (packed) return;
          if (lazy && known(source)) {
            tries[lang].addLazily(source, list, pattern, negative, sets, cache);
            return;
          }
          let parsed;
          try {
            parsed = bySource.get(source);
            if (!parsed) bySource.set(source, (parsed = parsePattern(source, sets, cache)));
          } catch (e) {
            const why = e instanceof PatternError ? e.message : String(e);
            throw new Error(`Rule ${rule.id}, list ${name} (${lang}): ${why}`);
          }
          if (lazy) tries[lang].addLazily(source, list, pattern, negative, sets, cache);
          else tries[lang].add(parsed, { list, pattern, negative });
        };
        for (const p of set.patterns) add(p, false);
        for (const p of set.except ?? []) add(p, true);
      }
    }
  }
  return { rules, tries, listIds, sources };
}

interface Candidate {
  first: number;
  last: number;
  pattern: number;
  negative: boolean;
}

/**
 * Leftmost-longest selection; an exception that wins a position swallows what it covers. Of
 * equal matches the pattern listed first wins (its source is Match.pattern, which picks the
 * replacements), whatever order the trie reported them in.
 */
function select(candidates: Candidate[], doc: Doc, sources: string[]): Match[] {
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
    const last = doc.tokens[c.last]!;
    out.push({
      start: first.start,
      end: last.end,
      firstToken: c.first,
      lastToken: c.last,
      sentence: first.sentence,
      pattern: sources[c.pattern] ?? '',
    });
  }
  return out;
}

const NONE: readonly Match[] = Object.freeze([]);

/**
 * The matches of one text per list number. The language's trie runs once, on the first
 * question (a rule that only reads the customer's words never pays for matching them).
 */
export class ListMatches {
  private byList: (Candidate[] | undefined)[] | undefined;
  private foundLists: number[] = [];
  private readonly selected: (readonly Match[] | undefined)[] = [];
  constructor(
    private readonly compiled: CompiledRules,
    private readonly doc: Doc,
    private readonly lang: Lang,
  ) {}

  /** Leftmost-longest matches of the list, exceptions applied. */
  get(listId: number | undefined): readonly Match[] {
    if (listId === undefined) return NONE;
    let result = this.selected[listId];
    if (!result) {
      const candidates = this.candidates()[listId];
      result = candidates ? select(candidates, this.doc, this.compiled.sources[listId]!) : NONE;
      this.selected[listId] = result;
    }
    return result;
  }

  /** The lists any pattern of which matched, an exception's too (a superset of get()'s). */
  found(): readonly number[] {
    this.candidates();
    return this.foundLists;
  }

  /** Did any pattern of the list match, an exception's too? */
  any(listId: number): boolean {
    return this.candidates()[listId] !== undefined;
  }

  private candidates(): (Candidate[] | undefined)[] {
    if (this.byList) return this.byList;
    const found: (Candidate[] | undefined)[] = [];
    const lists: number[] = [];
    this.compiled.tries[this.lang].matchAll(this.doc, (acc, first, last) => {
      const candidate = { first, last, pattern: acc.pattern, negative: acc.negative };
      const arr = found[acc.list];
      if (arr) arr.push(candidate);
      else {
        found[acc.list] = [candidate];
        lists.push(acc.list);
      }
    });
    this.foundLists = lists;
    return (this.byList = found);
  }
}

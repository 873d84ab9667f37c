// A token trie that holds every phrase pattern of every rule for one language, and matches a
// draft against all of them in one bounded walk (match.ts). This file is the whole public face:
// PhraseTrie ties together the parts, each a job of its own:
//   node.ts   what the trie is made of: nodes, labels (word steps), accepts
//   atoms.ts  the atoms (words, prefixes, suffixes, numbers) and which a word satisfies
//   build.ts  building from patterns, at once or lazily as walks reach them (rule packs)
//   pack.ts   the packed form built ahead of time (rules/builtin/tries.json), unpacked lazily
//   match.ts  the walk: a lazily built DFA over the trie, the hot path of every keystroke
// A trie is either built here (add, addLazily) or read packed (fromPacked), never both.
import { AtomTable } from './atoms';
import { TrieBuilder } from './build';
import { TrieMatcher } from './match';
import { Nodes, type Accept } from './node';
import { PackedReader, packTrie, type PackedTrie } from './pack';
import type { ParseCache, ParsedPattern, WordSets } from '../pattern';
import type { Doc } from '../tokenizer';

export type { Accept } from './node';
export type { PackedTrie } from './pack';
export { MAX_SPAN } from './match';

export class PhraseTrie {
  private readonly nodes = new Nodes();
  private readonly atoms = new AtomTable();
  private readonly builder = new TrieBuilder(this.nodes, this.atoms);
  /** A trie made by fromPacked: its packed nodes (null for a trie built here). */
  private reader: PackedReader | null = null;
  private readonly matcher = new TrieMatcher(this.nodes.root, this.atoms, {
    // A node the walk reaches before it is made: pending patterns, or still packed.
    finish: (node) => {
      if (node.pending !== null) this.builder.expand(node);
      else this.reader!.finish(node);
    },
  });

  /** A trie made by pack(): ready at once, its nodes unpacked as walks reach them. */
  static fromPacked(packed: PackedTrie): PhraseTrie {
    const trie = new PhraseTrie();
    trie.reader = new PackedReader(packed, trie.nodes, trie.atoms);
    return trie;
  }

  /** The whole trie as text for fromPacked; only for a trie built with add(), never walked. */
  pack(): PackedTrie {
    if (this.builder.lazy || this.reader) {
      throw new Error('only a trie built with add() can be packed');
    }
    return packTrie(this.nodes.root, this.atoms);
  }

  add(parsed: ParsedPattern, accept: Omit<Accept, 'anchorStart' | 'anchorEnd'>): void {
    if (this.reader) throw new Error('a packed trie is complete');
    this.builder.add(parsed, accept);
    this.matcher.forget();
  }

  /**
   * Lazy build: adds a pattern as text, to be parsed item by item as walks reach it. The
   * patterns must be valid (compileRuleSet parses those not trusted first); `cache` is one shared
   * by all patterns of `sets`.
   */
  addLazily(
    source: string,
    list: number,
    pattern: number,
    negative: boolean,
    sets: WordSets,
    cache: ParseCache,
  ): void {
    if (this.reader) throw new Error('a packed trie is complete');
    this.builder.addLazily(source, list, pattern, negative, sets, cache);
    this.matcher.forget();
  }

  /**
   * Reports every match: onMatch(accept, firstToken, lastToken). Matches never cross a
   * sentence boundary.
   */
  matchAll(doc: Doc, onMatch: (accept: Accept, first: number, last: number) => void): void {
    // Patterns added lazily get their first item below the root before any walk.
    this.builder.placeUnplaced();
    this.matcher.matchAll(doc, onMatch);
  }
}

// Matching: the walk over a trie, the hot path of every keystroke. A bounded walk from each start
// token: no backtracking, the walk never leaves the sentence and never goes further than
// MAX_SPAN tokens, so the cost is linear in the number of tokens whatever the patterns are.
//
// A set of active trie nodes (with the words a gap may still skip) is a state of a DFA that is
// built lazily, one move per (state, word) the first time a draft needs it, like a lazy DFA for
// regular expressions. Drafts reuse the same words, so after a few checks almost every token
// costs one lookup per active walk. Memory is bounded: past a limit the DFA and the word memo
// start over. Apart from building and packing: a node not made yet is handed to a NodeFinisher.
import type { AtomTable } from './atoms';
import { INDEX_FROM, NO_ACCEPTS, type Accept, type Node, type NodeFinisher } from './node';
import type { Doc, Token } from '../tokenizer';

/** The longest stretch of tokens one match may cover (words plus gaps). */
export const MAX_SPAN = 32;

/**
 * Bounds of the lazily built parts (a few MB at most); past them they start over and refill
 * as words recur. A day of drafts stays far below: replies reuse a few thousand words.
 */
const MAX_WORDS = 20_000;
const MAX_MOVES = 50_000;

/**
 * A word seen in a draft: a small id for the moves, and the atoms it satisfies as of an atom
 * epoch (a lazily built trie learns atoms as it grows; see TrieMatcher.move).
 */
class Word {
  constructor(
    readonly id: number,
    public atoms: readonly number[],
    public epoch: number,
  ) {}
}

/** Where a state goes on one word, and the patterns that end on that word. */
class Move {
  constructor(
    /** null: no pattern can go on. */
    readonly to: State | null,
    readonly accepts: readonly Accept[],
  ) {}
}

/** A set of active trie nodes, each with how many words a gap may still skip. */
class State {
  readonly moves = new Map<number, Move>();
  constructor(
    readonly nodes: readonly Node[],
    readonly budgets: readonly number[],
  ) {}
}

export class TrieMatcher {
  private words = new Map<string, Word>();
  private states = new Map<string, State>();
  /** One-node states by node id * 16 + gap budget (a gap skips at most 8 words). */
  private singles = new Map<number, State>();
  private start: State;
  /** The start state's moves again, by word id: every token looks here first. */
  private startMoves: (Move | undefined)[] = [];
  private moveCount = 0;
  /** Patterns were added: anything matched before was built for fewer. */
  private stale = false;
  /** Scratch for computing one move. */
  private stamp = 0;
  private readonly nextNodes: Node[] = [];
  private readonly nextBudgets: number[] = [];
  private nextCount = 0;
  /** Word ids of the draft being matched, reused between drafts. */
  private wordIds = new Int32Array(256);

  constructor(
    private readonly root: Node,
    private readonly atoms: AtomTable,
    private readonly finisher: NodeFinisher,
  ) {
    this.start = new State([root], [0]);
  }

  /** The trie grew: the next walk starts the lazily built parts over. */
  forget(): void {
    this.stale = true;
  }

  /** Starts the lazily built parts over (patterns added, or the memory bound reached). */
  private reset(): void {
    this.words = new Map();
    this.states = new Map();
    this.singles = new Map();
    this.start = new State([this.root], [0]);
    this.startMoves = [];
    this.moveCount = 0;
    this.stale = false;
  }

  /** The word id of every token, in a buffer reused between drafts. */
  private wordIdsOf(tokens: readonly Token[]): Int32Array {
    const n = tokens.length;
    if (this.wordIds.length < n)
      this.wordIds = new Int32Array(Math.max(n, this.wordIds.length * 2));
    const out = this.wordIds;
    const words = this.words;
    for (let t = 0; t < n; t++) {
      const norm = tokens[t]!.norm;
      let word = words.get(norm);
      if (word === undefined) {
        words.set(norm, (word = new Word(words.size, this.atoms.atomsOf(norm), this.atoms.epoch)));
      }
      out[t] = word.id;
    }
    return out;
  }

  /**
   * Reports every match: onMatch(accept, firstToken, lastToken). Matches never cross a
   * sentence boundary.
   */
  matchAll(doc: Doc, onMatch: (accept: Accept, first: number, last: number) => void): void {
    if (this.stale || this.words.size > MAX_WORDS || this.moveCount > MAX_MOVES) this.reset();
    const { tokens, sentences } = doc;
    const n = tokens.length;
    const ids = this.wordIdsOf(tokens);
    const start = this.start;
    const startMoves = this.startMoves;
    for (let i = 0; i < n; i++) {
      let move = startMoves[ids[i]!] ?? this.move(start, tokens[i]!.norm, ids[i]!);
      // Most words start no pattern.
      if (move.to === null && move.accepts.length === 0) continue;
      const sentence = sentences[tokens[i]!.sentence]!;
      const stop = Math.min(sentence.tokenEnd, i + MAX_SPAN);
      const atSentenceStart = i === sentence.tokenStart;
      for (let j = i; ;) {
        const accepts = move.accepts;
        if (accepts.length > 0) {
          const closes = tokens[j]!.punctAfter || j === sentence.tokenEnd - 1;
          for (let x = 0; x < accepts.length; x++) {
            const acc = accepts[x]!;
            if (acc.anchorStart && !atSentenceStart) continue;
            if (acc.anchorEnd && !closes) continue;
            onMatch(acc, i, j);
          }
        }
        const state = move.to;
        if (state === null || ++j >= stop) break;
        move = state.moves.get(ids[j]!) ?? this.move(state, tokens[j]!.norm, ids[j]!);
      }
    }
  }

  /**
   * Computes and remembers where `state` goes on a word: every node reached by consuming it
   * (and the gap nodes after those), every gap node that may skip it, and the patterns that
   * end on it.
   */
  private move(state: State, norm: string, wordId: number): Move {
    // A lazily built trie may have learnt atoms since the word was first seen. Moves computed
    // before stay right: a node's labels only use atoms that existed when it was expanded.
    const word = this.words.get(norm)!;
    if (word.epoch !== this.atoms.epoch) {
      word.atoms = this.atoms.atomsOf(norm);
      word.epoch = this.atoms.epoch;
    }
    const atoms = word.atoms;
    const stamp = ++this.stamp;
    this.nextCount = 0;
    const accepts: Accept[] = [];
    const { nodes, budgets } = state;
    for (let s = 0; s < nodes.length; s++) {
      const node = nodes[s]!;
      const mark = this.nextCount;
      const labels = node.labels;
      if (atoms.length > 0 && labels.length > 0) {
        if (labels.length >= INDEX_FROM) {
          const index = (node.index ??= buildIndex(node));
          for (const atom of atoms) {
            for (const child of index.get(atom) ?? []) this.reach(child, 0, stamp);
          }
        } else {
          for (let e = 0; e < labels.length; e++) {
            const label = labels[e]!;
            for (const atom of atoms) {
              if (label.has(atom)) {
                this.reach(node.children[e]!, 0, stamp);
                break;
              }
            }
          }
        }
        for (let k = mark; k < this.nextCount; k++) {
          for (const acc of this.nextNodes[k]!.accepts) accepts.push(acc);
        }
      }
      if (budgets[s]! > 0) this.reach(node, budgets[s]! - 1, stamp);
    }
    // Past the bound (a huge, varied text) moves are still computed, but no longer kept.
    const keep = this.moveCount < MAX_MOVES;
    const move = new Move(this.stateOfNext(keep), accepts.length > 0 ? accepts : NO_ACCEPTS);
    if (keep) {
      if (state === this.start) this.startMoves[wordId] = move;
      else state.moves.set(wordId, move);
      this.moveCount++;
    }
    return move;
  }

  /** Adds a node to the next state (once; a gap keeps the larger budget), then its gaps. */
  private reach(node: Node, budget: number, stamp: number): void {
    if (node.pending !== null || node.packedAt >= 0) this.finisher.finish(node);
    if (node.stamp === stamp) {
      if (this.nextBudgets[node.slot]! < budget) this.nextBudgets[node.slot] = budget;
      return;
    }
    node.stamp = stamp;
    node.slot = this.nextCount;
    this.nextNodes[this.nextCount] = node;
    this.nextBudgets[this.nextCount] = budget;
    this.nextCount++;
    for (const gap of node.gaps) this.reach(gap.node, gap.max, stamp);
  }

  /** The state made of the nodes just reached: one object per distinct set. */
  private stateOfNext(keep: boolean): State | null {
    const count = this.nextCount;
    if (count === 0) return null;
    if (count === 1) {
      // Most states are one node: found by number, no key to build.
      const node = this.nextNodes[0]!;
      const budget = this.nextBudgets[0]!;
      const key = node.id * 16 + budget;
      let state = this.singles.get(key);
      if (!state) {
        state = new State([node], [budget]);
        if (keep) this.singles.set(key, state);
      }
      return state;
    }
    // Sorted by node id, so a set has one key. Sets are small: an insertion sort with no
    // callbacks is the quickest while the code still runs cold (the first drafts of a page).
    const nodes: Node[] = this.nextNodes.slice(0, count);
    const budgets: number[] = this.nextBudgets.slice(0, count);
    for (let i = 1; i < count; i++) {
      const node = nodes[i]!;
      const budget = budgets[i]!;
      let j = i - 1;
      for (; j >= 0 && nodes[j]!.id > node.id; j--) {
        nodes[j + 1] = nodes[j]!;
        budgets[j + 1] = budgets[j]!;
      }
      nodes[j + 1] = node;
      budgets[j + 1] = budget;
    }
    let key = `${nodes[0]!.id}:${budgets[0]}`;
    for (let k = 1; k < count; k++) key += `,${nodes[k]!.id}:${budgets[k]}`;
    let state = this.states.get(key);
    if (!state) {
      state = new State(nodes, budgets);
      if (keep) this.states.set(key, state);
    }
    return state;
  }
}

/** atom id -> the children whose label has it, for a node with many edges. */
function buildIndex(node: Node): Map<number, Node[]> {
  const index = new Map<number, Node[]>();
  const { labels, children } = node;
  for (let e = 0; e < labels.length; e++) {
    const child = children[e]!;
    const atoms = labels[e]!.atoms;
    for (let k = 0; k < atoms.length; k++) {
      const list = index.get(atoms[k]!);
      if (list) list.push(child);
      else index.set(atoms[k]!, [child]);
    }
  }
  return index;
}

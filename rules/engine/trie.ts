// A token trie that holds every phrase pattern of every rule for one language, matched by a
// bounded walk from each start token: no backtracking, the walk never leaves the sentence and
// never goes further than MAX_SPAN tokens, so the cost is linear in the number of tokens
// whatever the patterns are.
//
// The trie: an edge is a whole word step ("(ich|wir)", "@weekday_de", "zuständig*"), not one
// edge per alternative, so building costs one edge per step and alternatives are never copied.
// A word is turned into the ids of the atoms it satisfies (the word itself, the prefixes and
// suffixes it starts or ends with, "a number"); a step is a set of atom ids.
//
// Built lazily (rule packs, see CompileOptions.lazy), a node holds the rest of the
// patterns that pass through it as text and is expanded, one item further, the first time a
// walk reaches it: a page parses only the words its drafts get to, not every pattern.
//
// Built ahead of time (the built-in rules, rules/builtin/tries.json), the trie arrives packed:
// its nodes as numbers, each unpacked into objects the first time a walk reaches it. Nothing is
// parsed or built when a page starts, and only the nodes its drafts reach are made.
//
// The walk: a set of active trie nodes (with the words a gap may still skip) is a state of a
// DFA that is built lazily, one move per (state, word) the first time a draft needs it, like a
// lazy DFA for regular expressions. Drafts reuse the same words, so after a few checks almost
// every token costs one lookup per active walk. Memory is bounded: past a limit the DFA and the
// word memo start over.
import {
  itemEnd,
  itemOptions,
  itemStart,
  patternText,
  plainWordAtom,
  type Atom,
  type ParseCache,
  type ParsedPattern,
  type Step,
  type WordSets,
} from './pattern';
import type { Doc, Token } from './tokenizer';

export interface Accept {
  /** Which phrase list (numbered by the compiler) the pattern belongs to. */
  list: number;
  /** Index of the pattern source within its list. */
  pattern: number;
  /** An exception: wins a tie and silences positive matches it overlaps. */
  negative: boolean;
  anchorStart: boolean;
  anchorEnd: boolean;
}

/** The longest stretch of tokens one match may cover (words plus gaps). */
export const MAX_SPAN = 32;

/** The atom "#" (any number) has this id in every trie. */
const NUMBER = 0;

/** Up to this many atoms a label is scanned; beyond, it is a Set. */
const FEW = 12;

/** Edges at or above this count are looked up through an index instead of tried one by one. */
const INDEX_FROM = 6;

/**
 * Bounds of the lazily built parts (a few MB at most); past them they start over and refill
 * as words recur. A day of drafts stays far below: replies reuse a few thousand words.
 */
const MAX_WORDS = 20_000;
const MAX_MOVES = 50_000;

/** A word step as ids of the atoms it accepts; one object per distinct step of the trie. */
class Label {
  /** The only atom, or -1 when there are several. */
  readonly single: number;
  /** Many atoms are looked up; a few are compared one by one. */
  readonly many: ReadonlySet<number> | null;
  constructor(readonly atoms: readonly number[]) {
    this.single = atoms.length === 1 ? atoms[0]! : -1;
    this.many = atoms.length > FEW ? new Set(atoms) : null;
  }

  has(atom: number): boolean {
    if (this.single >= 0) return this.single === atom;
    if (this.many !== null) return this.many.has(atom);
    const atoms = this.atoms;
    for (let k = 0; k < atoms.length; k++) if (atoms[k] === atom) return true;
    return false;
  }
}

interface Gap {
  max: number;
  node: Node;
}

// Most nodes are leaves: they share these frozen empty arrays until they need their own
// (a 5,000-rule pack makes tens of thousands of nodes). Frozen, so a stray push throws.
const NO_GAPS: readonly Gap[] = Object.freeze([]);
const NO_ACCEPTS: readonly Accept[] = Object.freeze([]);
const NO_LABELS: Label[] = Object.freeze([]) as unknown as Label[];
const NO_CHILDREN: Node[] = Object.freeze([]) as unknown as Node[];

class Node {
  labels: Label[] = NO_LABELS;
  children: Node[] = NO_CHILDREN;
  /** Children by label while building, once a node has many, so equal steps share a child. */
  byLabel: Map<Label, Node> | null = null;
  /** atom id -> children, built on the first visit of a node with many edges. */
  index: Map<number, Node[]> | null = null;
  gaps: readonly Gap[] = NO_GAPS;
  /** Patterns that end here. Never on a gap node: a pattern cannot end with a gap. */
  accepts: readonly Accept[] = NO_ACCEPTS;
  /** Lazy build: patterns still to be placed below this node (null once expanded). */
  pending: Pending[] | null = null;
  /** Packed trie: where this node starts in the packed nodes (-1 once unpacked, or none). */
  packedAt = -1;
  /** While a move is computed: the step it was last added in, and where. */
  stamp = 0;
  slot = 0;
  constructor(readonly id: number) {}
}

/** The rest of a pattern below a node: its items in `text` from `pos` on. */
interface Pending {
  source: string;
  text: string;
  pos: number;
  accept: Accept;
}

/**
 * A complete trie as text, made by PhraseTrie.pack() and read by PhraseTrie.fromPacked().
 * Numbers are comma-separated decimals (read with one native JSON.parse).
 */
export interface PackedTrie {
  /** Atoms by id from 1 on (0 is "#", any number): "=word", ">prefix" (word*), "<suffix" (*word), one per line. */
  atoms: string;
  /** Whether a pattern uses "#". */
  number: boolean;
  /** Labels of several atoms, one after another: their count, then their atom ids. */
  labels: string;
  /**
   * The nodes in pre-order. A node: the length of its whole subtree's numbers, a header
   * ((edges * 64 + gaps) * 64 + accepts), one number per edge (atom id * 2 for a one-atom label,
   * multi-atom label index * 2 + 1), per gap its max, per accept ((list * 4096 + pattern) * 8 +
   * flags: 1 negative, 2 anchored at the start, 4 at the end); then the subtrees of its edges'
   * children and of its gaps' nodes, in that order.
   */
  nodes: string;
}

/** What a packed trie is read into once: its numbers, and where each multi-atom label starts. */
interface Unpacked {
  nodes: number[];
  labels: number[];
  labelAt: number[];
  made: (Label | undefined)[];
}

const FIELD = 64;
const PATTERNS_PER_LIST = 4096;

/** Sorted distinct lengths, with one more. */
function withLength(lens: readonly number[], len: number): number[] {
  return lens.includes(len) ? (lens as number[]) : [...lens, len].sort((a, b) => a - b);
}

/**
 * A word seen in a draft: a small id for the moves, and the atoms it satisfies as of an atom
 * epoch (a lazily built trie learns atoms as it grows; see PhraseTrie.move).
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

export class PhraseTrie {
  private nodeCount = 0;
  private readonly root = this.newNode();
  private readonly exactIds = new Map<string, number>();
  private readonly prefixIds = new Map<string, number>();
  private readonly suffixIds = new Map<string, number>();
  /** Distinct lengths of the prefix and suffix atoms: a word is sliced once per length. */
  private prefixLens: number[] = [];
  private suffixLens: number[] = [];
  private hasNumber = false;
  private atomCount = 1;
  /** Counts new atoms: a word's atoms computed before a change may miss one. */
  private atomEpoch = 0;
  /** Labels by step object and by content, so a step shared by patterns is one label. */
  private readonly labelOfStep = new Map<Step, Label>();
  private readonly labelOfKey = new Map<string, Label>();
  private readonly singleLabels: (Label | undefined)[] = [];
  /** Lazy build: how to parse items, and the patterns the root has not placed yet. */
  private parser: { sets: WordSets; cache: ParseCache } | null = null;
  /** Patterns not yet placed: sources, and per source list, pattern, negative (1/0). */
  private unplaced: string[] = [];
  private unplacedInfo: number[] = [];

  // The lazily built DFA (see the top of the file).
  private words = new Map<string, Word>();
  private states = new Map<string, State>();
  /** One-node states by node id * 16 + gap budget (a gap skips at most 8 words). */
  private singles = new Map<number, State>();
  private start = new State([this.root], [0]);
  /** The start state's moves again, by word id: every token looks here first. */
  private startMoves: (Move | undefined)[] = [];
  private moveCount = 0;
  private stale = false;
  /** Scratch for computing one move. */
  private stamp = 0;
  private readonly nextNodes: Node[] = [];
  private readonly nextBudgets: number[] = [];
  private nextCount = 0;
  /** Word ids of the draft being matched, reused between drafts. */
  private wordIds = new Int32Array(256);

  /** Packed trie: its numbers (null for a trie built here). */
  private packed: Unpacked | null = null;

  /** A trie made by pack(): ready at once, its nodes unpacked as walks reach them. */
  static fromPacked(packed: PackedTrie): PhraseTrie {
    const trie = new PhraseTrie();
    trie.unpack(packed);
    return trie;
  }

  private unpack(packed: PackedTrie): void {
    const atoms = packed.atoms === '' ? [] : packed.atoms.split('\n');
    const prefixLens = new Set<number>();
    const suffixLens = new Set<number>();
    for (let k = 0; k < atoms.length; k++) {
      const atom = atoms[k]!;
      const value = atom.slice(1);
      const kind = atom.charCodeAt(0);
      if (kind === 61 /* = */) this.exactIds.set(value, k + 1);
      else if (kind === 62 /* > */) {
        this.prefixIds.set(value, k + 1);
        prefixLens.add(value.length);
      } else {
        this.suffixIds.set(value, k + 1);
        suffixLens.add(value.length);
      }
    }
    this.prefixLens = [...prefixLens].sort((a, b) => a - b);
    this.suffixLens = [...suffixLens].sort((a, b) => a - b);
    this.hasNumber = packed.number;
    this.atomCount = atoms.length + 1;
    const labels = JSON.parse(`[${packed.labels}]`) as number[];
    const labelAt: number[] = [];
    for (let at = 0; at < labels.length; at += labels[at]! + 1) labelAt.push(at);
    this.packed = {
      nodes: JSON.parse(`[${packed.nodes}]`) as number[],
      labels,
      labelAt,
      made: [],
    };
    this.root.packedAt = 0;
    this.unpackNode(this.root);
  }

  /** Makes a packed node's edges, gaps and accepts (its children stay packed). */
  private unpackNode(node: Node): void {
    const { nodes } = this.packed!;
    const at = node.packedAt;
    node.packedAt = -1;
    const header = nodes[at + 1]!;
    const accepts = header % FIELD;
    const gaps = Math.floor(header / FIELD) % FIELD;
    const edges = Math.floor(header / (FIELD * FIELD));
    let ref = at + 2;
    let subtree = ref + edges + gaps + accepts;
    if (edges > 0) {
      const labels: Label[] = [];
      const children: Node[] = [];
      for (let e = 0; e < edges; e++) {
        labels.push(this.packedLabel(nodes[ref++]!));
        const child = this.newNode();
        child.packedAt = subtree;
        subtree += nodes[subtree]!;
        children.push(child);
      }
      node.labels = labels;
      node.children = children;
    }
    if (gaps > 0) {
      const list: Gap[] = [];
      for (let g = 0; g < gaps; g++) {
        const gapNode = this.newNode();
        gapNode.packedAt = subtree;
        subtree += nodes[subtree]!;
        list.push({ max: nodes[ref++]!, node: gapNode });
      }
      node.gaps = list;
    }
    if (accepts > 0) {
      const list: Accept[] = [];
      for (let a = 0; a < accepts; a++) {
        const code = nodes[ref++]!;
        const flags = code % 8;
        const rest = Math.floor(code / 8);
        list.push({
          list: Math.floor(rest / PATTERNS_PER_LIST),
          pattern: rest % PATTERNS_PER_LIST,
          negative: (flags & 1) !== 0,
          anchorStart: (flags & 2) !== 0,
          anchorEnd: (flags & 4) !== 0,
        });
      }
      node.accepts = list;
    }
  }

  private packedLabel(ref: number): Label {
    if (ref % 2 === 0) {
      const atom = ref / 2;
      return (this.singleLabels[atom] ??= new Label([atom]));
    }
    const packed = this.packed!;
    const index = (ref - 1) / 2;
    let label = packed.made[index];
    if (!label) {
      const at = packed.labelAt[index]!;
      label = new Label(packed.labels.slice(at + 1, at + 1 + packed.labels[at]!));
      packed.made[index] = label;
    }
    return label;
  }

  /** The whole trie as text for fromPacked; only for a trie built with add(), never walked. */
  pack(): PackedTrie {
    if (this.parser || this.packed) throw new Error('only a trie built with add() can be packed');
    const atoms: string[] = [];
    for (const [value, id] of this.exactIds) atoms[id - 1] = `=${value}`;
    for (const [value, id] of this.prefixIds) atoms[id - 1] = `>${value}`;
    for (const [value, id] of this.suffixIds) atoms[id - 1] = `<${value}`;
    const multi = new Map<Label, number>();
    const labels: number[] = [];
    const refOf = (label: Label): number => {
      if (label.atoms.length === 1) return label.atoms[0]! * 2;
      let index = multi.get(label);
      if (index === undefined) {
        multi.set(label, (index = multi.size));
        labels.push(label.atoms.length, ...label.atoms);
      }
      return index * 2 + 1;
    };
    const out: number[] = [];
    const write = (node: Node) => {
      const { accepts, gaps, labels: edges } = node;
      if (gaps.length >= FIELD || accepts.length >= FIELD) throw new Error('node too wide to pack');
      const start = out.length;
      out.push(0, (edges.length * FIELD + gaps.length) * FIELD + accepts.length);
      for (const label of edges) out.push(refOf(label));
      for (const gap of gaps) out.push(gap.max);
      for (const acc of accepts) {
        if (acc.pattern >= PATTERNS_PER_LIST) throw new Error('list too long to pack');
        const flags = (acc.negative ? 1 : 0) | (acc.anchorStart ? 2 : 0) | (acc.anchorEnd ? 4 : 0);
        out.push((acc.list * PATTERNS_PER_LIST + acc.pattern) * 8 + flags);
      }
      for (const child of node.children) write(child);
      for (const gap of gaps) write(gap.node);
      out[start] = out.length - start;
    };
    write(this.root);
    return {
      atoms: atoms.join('\n'),
      number: this.hasNumber,
      labels: labels.join(','),
      nodes: out.join(','),
    };
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
    if (this.packed) throw new Error('a packed trie is complete');
    this.parser ??= { sets, cache };
    this.unplaced.push(source);
    this.unplacedInfo.push(list, pattern, negative ? 1 : 0);
    this.stale = true;
  }

  /**
   * Places what is pending below a node (its own items only: children wait for their turn).
   * The root never has pending items: patterns wait in `unplaced` until placeUnplaced.
   */
  private expand(node: Node): void {
    const pending = node.pending;
    if (pending === null) return;
    node.pending = null;
    for (const p of pending) this.place(node, p);
  }

  /**
   * Puts every pattern's first item below the root. Patterns often start alike ("(ich|wir)",
   * "bitte"): each distinct first item is parsed once for all of them.
   */
  private placeUnplaced(): void {
    const unplaced = this.unplaced;
    const info = this.unplacedInfo;
    this.unplaced = [];
    this.unplacedInfo = [];
    const byFirstItem = new Map<string, Pending[]>();
    unplaced.forEach((source, k) => {
      const { text, anchorStart, anchorEnd } = patternText(source);
      const accept: Accept = {
        list: info[3 * k]!,
        pattern: info[3 * k + 1]!,
        negative: info[3 * k + 2] === 1,
        anchorStart,
        anchorEnd,
      };
      const start = itemStart(text, 0);
      if (start === text.length) {
        this.place(this.root, { source, text, pos: 0, accept });
        return;
      }
      const end = itemEnd(text, start);
      const item = text.slice(start, end);
      const rest = { source, text, pos: end, accept };
      const group = byFirstItem.get(item);
      if (group) group.push(rest);
      else byFirstItem.set(item, [rest]);
    });
    for (const [item, rests] of byFirstItem) this.placeItem(this.root, item, rests);
  }

  /** Puts the next item of a pending pattern below a node; the rest waits in the children. */
  private place(node: Node, p: Pending): void {
    const start = itemStart(p.text, p.pos);
    if (start === p.text.length) {
      if (!node.accepts.includes(p.accept)) node.accepts = [...node.accepts, p.accept];
      return;
    }
    const end = itemEnd(p.text, start);
    const item = p.text.slice(start, end);
    this.placeItem(node, item, [{ source: p.source, text: p.text, pos: end, accept: p.accept }]);
  }

  /** Puts one item below a node for patterns that continue with `rests` after it. */
  private placeItem(node: Node, item: string, rests: Pending[]): void {
    const source = rests[0]!.source;
    // Most items are one plain word: straight to its label, no steps made.
    const atom = plainWordAtom(item, source);
    if (atom !== null) {
      const child = this.childByLabel(node, this.labelOfAtom(atom));
      if (child.pending === null) child.pending = rests;
      else for (const rest of rests) child.pending.push(rest);
      return;
    }
    const { sets, cache } = this.parser!;
    for (const steps of itemOptions(item, sets, source, cache)) {
      if (steps.length === 0) {
        // An optional item left out: the next item goes below this same node.
        for (const rest of rests) this.place(node, rest);
        continue;
      }
      let below = node;
      for (const step of steps) {
        below = step.kind === 'gap' ? this.gapChild(below, step.max) : this.wordChild(below, step);
      }
      below.pending ??= [];
      for (const rest of rests) below.pending.push(rest);
    }
  }

  private newNode(): Node {
    return new Node(this.nodeCount++);
  }

  add(parsed: ParsedPattern, accept: Omit<Accept, 'anchorStart' | 'anchorEnd'>): void {
    if (this.packed) throw new Error('a packed trie is complete');
    const acc: Accept = {
      list: accept.list,
      pattern: accept.pattern,
      negative: accept.negative,
      anchorStart: parsed.anchorStart,
      anchorEnd: parsed.anchorEnd,
    };
    for (const steps of parsed.variants) {
      let node = this.root;
      for (const step of steps) {
        node = step.kind === 'gap' ? this.gapChild(node, step.max) : this.wordChild(node, step);
      }
      if (!node.accepts.includes(acc)) node.accepts = [...node.accepts, acc];
    }
    // Anything matched before was built for fewer patterns.
    this.stale = true;
  }

  private wordChild(node: Node, step: Step & { kind: 'word' }): Node {
    return this.childByLabel(node, this.labelFor(step));
  }

  private childByLabel(node: Node, label: Label): Node {
    const { labels } = node;
    let child: Node | undefined;
    if (node.byLabel) child = node.byLabel.get(label);
    else {
      const e = labels.indexOf(label);
      if (e >= 0) child = node.children[e];
    }
    if (!child) {
      child = this.newNode();
      if (labels === NO_LABELS) {
        node.labels = [label];
        node.children = [child];
      } else {
        labels.push(label);
        node.children.push(child);
      }
      node.index = null;
      if (node.byLabel) node.byLabel.set(label, child);
      else if (node.labels.length > INDEX_FROM) {
        node.byLabel = new Map(node.labels.map((l, e) => [l, node.children[e]!]));
      }
    }
    return child;
  }

  private gapChild(node: Node, max: number): Node {
    let edge = node.gaps.find((g) => g.max === max);
    if (!edge) {
      edge = { max, node: this.newNode() };
      node.gaps = [...node.gaps, edge];
    }
    return edge.node;
  }

  private labelFor(step: Step & { kind: 'word' }): Label {
    let label = this.labelOfStep.get(step);
    if (label) return label;
    const { atoms } = step;
    if (atoms.length === 1) {
      label = this.labelOfAtom(atoms[0]!);
    } else {
      const ids: number[] = [];
      for (const atom of atoms) {
        const id = this.atomId(atom);
        if (!ids.includes(id)) ids.push(id);
      }
      const key = ids.join(',');
      label = this.labelOfKey.get(key);
      if (!label) this.labelOfKey.set(key, (label = new Label(ids)));
    }
    this.labelOfStep.set(step, label);
    return label;
  }

  /** Most steps are one word: their label is found by the atom id, no key to build. */
  private labelOfAtom(atom: Atom): Label {
    const id = this.atomId(atom);
    let label = this.singleLabels[id];
    if (!label) this.singleLabels[id] = label = new Label([id]);
    return label;
  }

  private atomId(atom: Atom): number {
    if (atom.kind === 'number') {
      if (!this.hasNumber) {
        this.hasNumber = true;
        this.atomEpoch++;
      }
      return NUMBER;
    }
    const ids =
      atom.kind === 'exact'
        ? this.exactIds
        : atom.kind === 'prefix'
          ? this.prefixIds
          : this.suffixIds;
    let id = ids.get(atom.value);
    if (id === undefined) {
      ids.set(atom.value, (id = this.atomCount++));
      this.atomEpoch++;
      const len = atom.value.length;
      if (atom.kind === 'prefix') this.prefixLens = withLength(this.prefixLens, len);
      if (atom.kind === 'suffix') this.suffixLens = withLength(this.suffixLens, len);
    }
    return id;
  }

  /** The atoms one word satisfies (once per distinct word: the result is remembered). */
  private atomsOf(norm: string): number[] {
    const found: number[] = [];
    const exact = this.exactIds.get(norm);
    if (exact !== undefined) found.push(exact);
    const len = norm.length;
    // word* matches the word itself too.
    for (const l of this.prefixLens) {
      if (l > len) break;
      const id = this.prefixIds.get(norm.slice(0, l));
      if (id !== undefined) found.push(id);
    }
    // *word needs at least one more letter: *ung does not match "ung".
    for (const l of this.suffixLens) {
      if (l >= len) break;
      const id = this.suffixIds.get(norm.slice(len - l));
      if (id !== undefined) found.push(id);
    }
    if (this.hasNumber && isNumber(norm)) found.push(NUMBER);
    return found;
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
        words.set(norm, (word = new Word(words.size, this.atomsOf(norm), this.atomEpoch)));
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
    if (this.unplaced.length > 0) this.placeUnplaced();
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
    if (word.epoch !== this.atomEpoch) {
      word.atoms = this.atomsOf(norm);
      word.epoch = this.atomEpoch;
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
    if (node.pending !== null) this.expand(node);
    else if (node.packedAt >= 0) this.unpackNode(node);
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

function isNumber(norm: string): boolean {
  const c = norm.charCodeAt(0);
  if (c < 48 || c > 57) return false;
  for (let i = 1; i < norm.length; i++) {
    const d = norm.charCodeAt(i);
    if ((d < 48 || d > 57) && d !== 58 && d !== 46 && d !== 44) return false;
  }
  return true;
}

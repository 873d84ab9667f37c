// What a phrase trie is made of: its nodes, the word steps on their edges (labels) and the
// patterns that end at them (accepts). Building, packing and matching each read and write these
// objects, so they live here, apart from all three, and none of those files imports another.
//
// An edge is a whole word step ("(ich|wir)", "@weekday_de", "zuständig*"), not one edge per
// alternative, so building costs one edge per step and alternatives are never copied. A step is
// a set of atom ids (see atoms.ts: the word itself, a prefix or suffix, "a number").

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

/** Up to this many atoms a label is scanned; beyond, it is a Set. */
const FEW = 12;

/** Edges at or above this count are looked up through an index instead of tried one by one. */
export const INDEX_FROM = 6;

/** A word step as ids of the atoms it accepts; one object per distinct step of the trie. */
export class Label {
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

export interface Gap {
  max: number;
  node: Node;
}

/** The rest of a pattern below a node: its items in `text` from `pos` on. */
export interface Pending {
  source: string;
  text: string;
  pos: number;
  accept: Accept;
}

// Most nodes are leaves: they share these frozen empty arrays until they need their own
// (a 5,000-rule pack makes tens of thousands of nodes). Frozen, so a stray push throws.
const NO_GAPS: readonly Gap[] = Object.freeze([]);
export const NO_ACCEPTS: readonly Accept[] = Object.freeze([]);
export const NO_LABELS: Label[] = Object.freeze([]) as unknown as Label[];
const NO_CHILDREN: Node[] = Object.freeze([]) as unknown as Node[];

export class Node {
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

/**
 * Makes the nodes of one trie, numbered in the order they are made (the walk keys and orders
 * its states by these ids), the root first.
 */
export class Nodes {
  private count = 0;
  readonly root = this.make();

  make(): Node {
    return new Node(this.count++);
  }
}

/**
 * Finishes a node a walk reaches before it is made: a lazily built node still pending, or a
 * packed one not unpacked yet. The walk calls it only for such nodes.
 */
export interface NodeFinisher {
  finish(node: Node): void;
}

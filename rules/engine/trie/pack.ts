// The packed form of a trie: the built-in rules' tries are built ahead of time and written as
// numbers (`npm run build:tries`, rules/builtin/tries.json), so nothing is parsed or built when
// a page starts. packTrie writes a built trie; PackedReader reads one back and unpacks each node
// into objects only the first time a walk reaches it, so a page makes only the nodes its drafts
// reach. The format is its own job: neither building nor matching needs to know it.
import type { AtomTable } from './atoms';
import { Label, type Accept, type Gap, type Node, type NodeFinisher, type Nodes } from './node';

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

const FIELD = 64;
const PATTERNS_PER_LIST = 4096;

/** The whole trie below `root` as text for PackedReader. */
export function packTrie(root: Node, atomTable: AtomTable): PackedTrie {
  const atoms: string[] = [];
  for (const [value, id] of atomTable.exactIds) atoms[id - 1] = `=${value}`;
  for (const [value, id] of atomTable.prefixIds) atoms[id - 1] = `>${value}`;
  for (const [value, id] of atomTable.suffixIds) atoms[id - 1] = `<${value}`;
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
  write(root);
  return {
    atoms: atoms.join('\n'),
    number: atomTable.hasNumber,
    labels: labels.join(','),
    nodes: out.join(','),
  };
}

/**
 * A packed trie read once into its numbers (and its atoms into the table); the root is unpacked
 * at once, every other node when a walk first reaches it (finish).
 */
export class PackedReader implements NodeFinisher {
  private readonly numbers: number[];
  private readonly labels: number[];
  /** Where each multi-atom label starts in `labels`. */
  private readonly labelAt: number[] = [];
  private readonly made: (Label | undefined)[] = [];

  constructor(
    packed: PackedTrie,
    private readonly nodes: Nodes,
    private readonly atomTable: AtomTable,
  ) {
    const atoms = packed.atoms === '' ? [] : packed.atoms.split('\n');
    const prefixLens = new Set<number>();
    const suffixLens = new Set<number>();
    for (let k = 0; k < atoms.length; k++) {
      const atom = atoms[k]!;
      const value = atom.slice(1);
      const kind = atom.charCodeAt(0);
      if (kind === 61 /* = */) atomTable.exactIds.set(value, k + 1);
      else if (kind === 62 /* > */) {
        atomTable.prefixIds.set(value, k + 1);
        prefixLens.add(value.length);
      } else {
        atomTable.suffixIds.set(value, k + 1);
        suffixLens.add(value.length);
      }
    }
    atomTable.prefixLens = [...prefixLens].sort((a, b) => a - b);
    atomTable.suffixLens = [...suffixLens].sort((a, b) => a - b);
    atomTable.hasNumber = packed.number;
    atomTable.count = atoms.length + 1;
    const labels = JSON.parse(`[${packed.labels}]`) as number[];
    for (let at = 0; at < labels.length; at += labels[at]! + 1) this.labelAt.push(at);
    this.labels = labels;
    this.numbers = JSON.parse(`[${packed.nodes}]`) as number[];
    nodes.root.packedAt = 0;
    this.finish(nodes.root);
  }

  /** Makes a packed node's edges, gaps and accepts (its children stay packed). */
  finish(node: Node): void {
    const nodes = this.numbers;
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
        labels.push(this.label(nodes[ref++]!));
        const child = this.nodes.make();
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
        const gapNode = this.nodes.make();
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

  private label(ref: number): Label {
    if (ref % 2 === 0) return this.atomTable.single(ref / 2);
    const index = (ref - 1) / 2;
    let label = this.made[index];
    if (!label) {
      const at = this.labelAt[index]!;
      label = new Label(this.labels.slice(at + 1, at + 1 + this.labels[at]!));
      this.made[index] = label;
    }
    return label;
  }
}

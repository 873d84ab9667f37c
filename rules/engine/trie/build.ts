// Building a trie from patterns, at once (add: a parsed pattern, every variant placed now) or
// lazily (addLazily, for rule packs: see CompileOptions.lazy). Built lazily, a node holds the
// rest of the patterns that pass through it as text and is expanded, one item further, the first
// time a walk reaches it: a page parses only the words its drafts get to, not every pattern.
// Apart from matching, which only asks for a node to be finished (NodeFinisher), and from
// packing, which reads a trie built here.
import type { AtomTable } from './atoms';
import {
  INDEX_FROM,
  Label,
  NO_LABELS,
  type Accept,
  type Node,
  type Nodes,
  type Pending,
} from './node';
import {
  itemEnd,
  itemOptions,
  itemStart,
  patternText,
  plainWordAtom,
  type ParseCache,
  type ParsedPattern,
  type Step,
  type WordSets,
} from '../pattern';

export class TrieBuilder {
  /** Labels by step object and by content, so a step shared by patterns is one label. */
  private readonly labelOfStep = new Map<Step, Label>();
  private readonly labelOfKey = new Map<string, Label>();
  /** Lazy build: how to parse items (null until the first addLazily). */
  private parser: { sets: WordSets; cache: ParseCache } | null = null;
  /** Patterns not yet placed: sources, and per source list, pattern, negative (1/0). */
  private unplaced: string[] = [];
  private unplacedInfo: number[] = [];

  constructor(
    private readonly nodes: Nodes,
    private readonly atoms: AtomTable,
  ) {}

  /** Whether patterns were added lazily: such a trie is never complete, so never packed. */
  get lazy(): boolean {
    return this.parser !== null;
  }

  add(parsed: ParsedPattern, accept: Omit<Accept, 'anchorStart' | 'anchorEnd'>): void {
    const acc: Accept = {
      list: accept.list,
      pattern: accept.pattern,
      negative: accept.negative,
      anchorStart: parsed.anchorStart,
      anchorEnd: parsed.anchorEnd,
    };
    for (const steps of parsed.variants) {
      let node = this.nodes.root;
      for (const step of steps) {
        node = step.kind === 'gap' ? this.gapChild(node, step.max) : this.wordChild(node, step);
      }
      if (!node.accepts.includes(acc)) node.accepts = [...node.accepts, acc];
    }
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
    this.parser ??= { sets, cache };
    this.unplaced.push(source);
    this.unplacedInfo.push(list, pattern, negative ? 1 : 0);
  }

  /**
   * Places what is pending below a node (its own items only: children wait for their turn).
   * The root never has pending items: patterns wait in `unplaced` until placeUnplaced.
   */
  expand(node: Node): void {
    const pending = node.pending;
    if (pending === null) return;
    node.pending = null;
    for (const p of pending) this.place(node, p);
  }

  /**
   * Puts every pattern's first item below the root, before a walk. Patterns often start alike
   * ("(ich|wir)", "bitte"): each distinct first item is parsed once for all of them.
   */
  placeUnplaced(): void {
    if (this.unplaced.length === 0) return;
    const unplaced = this.unplaced;
    const info = this.unplacedInfo;
    this.unplaced = [];
    this.unplacedInfo = [];
    const root = this.nodes.root;
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
        this.place(root, { source, text, pos: 0, accept });
        return;
      }
      const end = itemEnd(text, start);
      const item = text.slice(start, end);
      const rest = { source, text, pos: end, accept };
      const group = byFirstItem.get(item);
      if (group) group.push(rest);
      else byFirstItem.set(item, [rest]);
    });
    for (const [item, rests] of byFirstItem) this.placeItem(root, item, rests);
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
      const child = this.childByLabel(node, this.atoms.single(this.atoms.idOf(atom)));
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
      child = this.nodes.make();
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
      edge = { max, node: this.nodes.make() };
      node.gaps = [...node.gaps, edge];
    }
    return edge.node;
  }

  private labelFor(step: Step & { kind: 'word' }): Label {
    let label = this.labelOfStep.get(step);
    if (label) return label;
    const { atoms } = step;
    if (atoms.length === 1) {
      label = this.atoms.single(this.atoms.idOf(atoms[0]!));
    } else {
      const ids: number[] = [];
      for (const atom of atoms) {
        const id = this.atoms.idOf(atom);
        if (!ids.includes(id)) ids.push(id);
      }
      const key = ids.join(',');
      label = this.labelOfKey.get(key);
      if (!label) this.labelOfKey.set(key, (label = new Label(ids)));
    }
    this.labelOfStep.set(step, label);
    return label;
  }
}

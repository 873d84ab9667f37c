// A token trie that holds every phrase pattern of every rule for one language. Matching runs a
// small set of active states forward from each start token (a bounded NFA walk): there is no
// backtracking, the walk never leaves the sentence and never goes further than MAX_SPAN tokens,
// so the cost is linear in the number of tokens whatever the patterns are.
import type { Atom, ParsedPattern, Step } from './pattern';
import type { Doc } from './tokenizer';

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

// Building: giving every node its own child per alternative multiplies a pattern such as
// "(a|b|c) (d|e)? ... @set" into tens of thousands of nodes (a compile of over a second). So
// when nodes x alternatives exceeds FAN_OUT_LIMIT, all alternatives lead to one fresh node. Such a node is owned by the pattern that made it: it is reachable only
// along that pattern's own edges and no other pattern ever extends it, so it accepts exactly
// what the pattern accepts. Edges therefore hold lists: one shared child plus any owned ones.
const FAN_OUT_LIMIT = 16;

interface Node {
  exact: Map<string, Node[]> | null;
  prefix: Map<string, Node[]> | null;
  prefixLens: number[];
  suffix: Map<string, Node[]> | null;
  suffixLens: number[];
  /**
   * pairCode of the first two letters of every prefix key (the last two of every suffix key);
   * consulted only when every key has two letters or more, i.e. when the shortest length >= 2.
   */
  prefixHeads: Set<number> | null;
  suffixTails: Set<number> | null;
  number: Node[] | null;
  gaps: { max: number; node: Node }[];
  accepts: Accept[];
  /** Made for one pattern (see FAN_OUT_LIMIT); never reused by another. */
  owned: boolean;
}

// Most nodes are leaves or have one kind of edge: they share these frozen empty arrays until
// they need their own (fewer allocations, a faster compile). Frozen, so a stray push throws.
const NO_LENS: number[] = Object.freeze([]) as unknown as number[];
const NO_GAPS: Node['gaps'] = Object.freeze([]) as unknown as Node['gaps'];
const NO_ACCEPTS: Accept[] = Object.freeze([]) as unknown as Accept[];

function newNode(owned: boolean): Node {
  return {
    exact: null,
    prefix: null,
    prefixLens: NO_LENS,
    suffix: null,
    suffixLens: NO_LENS,
    prefixHeads: null,
    suffixTails: null,
    number: null,
    gaps: NO_GAPS,
    accepts: NO_ACCEPTS,
    owned,
  };
}

/** The longest stretch of tokens one match may cover (words plus gaps). */
export const MAX_SPAN = 32;

/** The edge list of `node` for `atom`, created empty if missing. */
function edgesFor(node: Node, atom: Atom): Node[] {
  if (atom.kind === 'number') return (node.number ??= []);
  const map = (node[atom.kind] ??= new Map<string, Node[]>());
  let edges = map.get(atom.value);
  if (!edges) {
    map.set(atom.value, (edges = []));
    const v = atom.value;
    if (atom.kind === 'prefix') {
      if (!node.prefixLens.includes(v.length)) node.prefixLens = sorted(node.prefixLens, v.length);
      if (v.length >= 2) (node.prefixHeads ??= new Set()).add(pairCode(v, 0));
    } else if (atom.kind === 'suffix') {
      if (!node.suffixLens.includes(v.length)) node.suffixLens = sorted(node.suffixLens, v.length);
      if (v.length >= 2) (node.suffixTails ??= new Set()).add(pairCode(v, v.length - 2));
    }
  }
  return edges;
}

function sorted(lens: readonly number[], len: number): number[] {
  return [...lens, len].sort((a, b) => a - b);
}

/**
 * Two letters as one small integer (a Smi), for a Set filter that spares most tokens the
 * slicing of every prefix and suffix length. Letters above U+7FFF may collide: harmless, a
 * filter hit only leads to the exact lookup.
 */
function pairCode(text: string, at: number): number {
  return ((text.charCodeAt(at) & 0x7fff) << 15) | (text.charCodeAt(at + 1) & 0x7fff);
}

/** The child shared by every pattern that takes this edge (an owned node's children are owned). */
function childFor(node: Node, atom: Atom): Node {
  const edges = edgesFor(node, atom);
  let child = node.owned ? undefined : edges.find((n) => !n.owned);
  if (!child) edges.push((child = newNode(node.owned)));
  return child;
}

function gapChild(node: Node, max: number): Node {
  let edge = node.gaps.find((g) => g.max === max);
  if (!edge) {
    edge = { max, node: newNode(node.owned) };
    node.gaps = [...node.gaps, edge];
  }
  return edge.node;
}

export class PhraseTrie {
  private readonly root = newNode(false);
  size = 0;

  add(parsed: ParsedPattern, accept: Omit<Accept, 'anchorStart' | 'anchorEnd'>): void {
    const acc: Accept = {
      ...accept,
      anchorStart: parsed.anchorStart,
      anchorEnd: parsed.anchorEnd,
    };
    for (const steps of parsed.variants) {
      let frontier: Node[] = [this.root];
      for (const step of steps) frontier = this.advance(frontier, step);
      for (const node of frontier) {
        if (!node.accepts.includes(acc)) node.accepts = [...node.accepts, acc];
      }
      this.size++;
    }
  }

  private advance(frontier: Node[], step: Step): Node[] {
    if (step.kind === 'word' && frontier.length * step.atoms.length > FAN_OUT_LIMIT) {
      const target = newNode(true);
      for (const node of frontier) {
        for (const atom of step.atoms) {
          const edges = edgesFor(node, atom);
          if (!edges.includes(target)) edges.push(target);
        }
      }
      return [target];
    }
    const next = new Set<Node>();
    for (const node of frontier) {
      if (step.kind === 'gap') next.add(gapChild(node, step.max));
      else for (const atom of step.atoms) next.add(childFor(node, atom));
    }
    return [...next];
  }

  /**
   * Reports every match: onMatch(accept, firstToken, lastToken). Matches never cross a
   * sentence boundary.
   */
  matchAll(doc: Doc, onMatch: (accept: Accept, first: number, last: number) => void): void {
    const { tokens, sentences } = doc;
    // Two state lists swapped per token; explicit counts, because shrinking an array through
    // .length = 0 is a runtime call, and this loop runs for every token of every draft.
    let nodes: Node[] = [];
    let budgets: number[] = [];
    let count = 0;
    let nextNodes: Node[] = [];
    let nextBudgets: number[] = [];
    let nextCount = 0;
    const push = (node: Node, budget: number) => {
      for (let k = 0; k < nextCount; k++) {
        if (nextNodes[k] === node) {
          if (nextBudgets[k]! < budget) nextBudgets[k] = budget;
          return;
        }
      }
      nextNodes[nextCount] = node;
      nextBudgets[nextCount] = budget;
      nextCount++;
      for (const gap of node.gaps) push(gap.node, gap.max);
    };
    for (let i = 0; i < tokens.length; i++) {
      const sentence = sentences[tokens[i]!.sentence]!;
      const stop = Math.min(sentence.tokenEnd, i + MAX_SPAN);
      nodes[0] = this.root;
      budgets[0] = 0;
      count = 1;
      for (let j = i; j < stop && count > 0; j++) {
        const tok = tokens[j]!;
        nextCount = 0;
        for (let s = 0; s < count; s++) {
          const node = nodes[s]!;
          const mark = nextCount;
          this.step(node, tok.norm, push);
          // Report accepts of the nodes just reached by consuming this token.
          for (let k = mark; k < nextCount; k++) {
            const reached = nextNodes[k]!;
            for (const acc of reached.accepts) {
              if (acc.anchorStart && i !== sentence.tokenStart) continue;
              if (acc.anchorEnd && !(tok.punctAfter || j === sentence.tokenEnd - 1)) continue;
              onMatch(acc, i, j);
            }
          }
          if (budgets[s]! > 0) push(node, budgets[s]! - 1);
        }
        const swapNodes = nodes;
        nodes = nextNodes;
        nextNodes = swapNodes;
        const swapBudgets = budgets;
        budgets = nextBudgets;
        nextBudgets = swapBudgets;
        count = nextCount;
      }
    }
  }

  private step(node: Node, norm: string, push: (node: Node, budget: number) => void): void {
    const exact = node.exact?.get(norm);
    if (exact) for (const child of exact) push(child, 0);
    const n = norm.length;
    if (
      node.prefix &&
      (node.prefixLens[0]! < 2 || (n >= 2 && node.prefixHeads!.has(pairCode(norm, 0))))
    ) {
      for (const len of node.prefixLens) {
        if (len > n) break;
        const children = node.prefix.get(norm.slice(0, len));
        if (children) for (const child of children) push(child, 0);
      }
    }
    if (
      node.suffix &&
      (node.suffixLens[0]! < 2 || (n >= 2 && node.suffixTails!.has(pairCode(norm, n - 2))))
    ) {
      for (const len of node.suffixLens) {
        // A suffix pattern needs at least one more letter: *ung should not match "ung".
        if (len >= n) break;
        const children = node.suffix.get(norm.slice(n - len));
        if (children) for (const child of children) push(child, 0);
      }
    }
    if (node.number && isNumber(norm)) for (const child of node.number) push(child, 0);
  }
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

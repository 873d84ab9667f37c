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

interface Node {
  exact: Map<string, Node> | null;
  prefix: Map<string, Node> | null;
  prefixLens: number[];
  suffix: Map<string, Node> | null;
  suffixLens: number[];
  number: Node | null;
  gaps: { max: number; node: Node }[];
  accepts: Accept[];
}

function newNode(): Node {
  return {
    exact: null,
    prefix: null,
    prefixLens: [],
    suffix: null,
    suffixLens: [],
    number: null,
    gaps: [],
    accepts: [],
  };
}

/** The longest stretch of tokens one match may cover (words plus gaps). */
export const MAX_SPAN = 32;

function childFor(node: Node, atom: Atom): Node {
  const lookup = (mapKey: 'exact' | 'prefix' | 'suffix', lens?: number[]): Node => {
    const map = (node[mapKey] ??= new Map());
    let child = map.get(atom.kind === 'number' ? '' : atom.value);
    if (!child) {
      child = newNode();
      map.set(atom.kind === 'number' ? '' : atom.value, child);
      if (lens && atom.kind !== 'number' && !lens.includes(atom.value.length)) {
        lens.push(atom.value.length);
        lens.sort((a, b) => a - b);
      }
    }
    return child;
  };
  switch (atom.kind) {
    case 'exact':
      return lookup('exact');
    case 'prefix':
      return lookup('prefix', node.prefixLens);
    case 'suffix':
      return lookup('suffix', node.suffixLens);
    case 'number':
      return (node.number ??= newNode());
  }
}

function gapChild(node: Node, max: number): Node {
  let edge = node.gaps.find((g) => g.max === max);
  if (!edge) {
    edge = { max, node: newNode() };
    node.gaps.push(edge);
  }
  return edge.node;
}

export class PhraseTrie {
  private readonly root = newNode();
  size = 0;

  add(parsed: ParsedPattern, accept: Omit<Accept, 'anchorStart' | 'anchorEnd'>): void {
    for (const steps of parsed.variants) {
      let frontier: Node[] = [this.root];
      for (const step of steps) frontier = this.advance(frontier, step);
      for (const node of frontier) {
        node.accepts.push({
          ...accept,
          anchorStart: parsed.anchorStart,
          anchorEnd: parsed.anchorEnd,
        });
      }
      this.size++;
    }
  }

  private advance(frontier: Node[], step: Step): Node[] {
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
    let nodes: Node[] = [];
    let budgets: number[] = [];
    let nextNodes: Node[] = [];
    let nextBudgets: number[] = [];
    const push = (node: Node, budget: number) => {
      for (let k = 0; k < nextNodes.length; k++) {
        if (nextNodes[k] === node) {
          if (nextBudgets[k]! < budget) nextBudgets[k] = budget;
          return;
        }
      }
      nextNodes.push(node);
      nextBudgets.push(budget);
      for (const gap of node.gaps) push(gap.node, gap.max);
    };
    for (let i = 0; i < tokens.length; i++) {
      const sentence = sentences[tokens[i]!.sentence]!;
      const stop = Math.min(sentence.tokenEnd, i + MAX_SPAN);
      nodes.length = 0;
      budgets.length = 0;
      nodes.push(this.root);
      budgets.push(0);
      for (let j = i; j < stop && nodes.length > 0; j++) {
        const tok = tokens[j]!;
        nextNodes.length = 0;
        nextBudgets.length = 0;
        for (let s = 0; s < nodes.length; s++) {
          const node = nodes[s]!;
          const mark = nextNodes.length;
          this.step(node, tok.norm, push);
          // Report accepts of the nodes just reached by consuming this token.
          for (let k = mark; k < nextNodes.length; k++) {
            const reached = nextNodes[k]!;
            for (const acc of reached.accepts) {
              if (acc.anchorStart && i !== sentence.tokenStart) continue;
              if (acc.anchorEnd && !(tok.punctAfter || j === sentence.tokenEnd - 1)) continue;
              onMatch(acc, i, j);
            }
          }
          if (budgets[s]! > 0) push(node, budgets[s]! - 1);
        }
        [nodes, nextNodes] = [nextNodes, nodes];
        [budgets, nextBudgets] = [nextBudgets, budgets];
      }
    }
  }

  private step(node: Node, norm: string, push: (node: Node, budget: number) => void): void {
    const exact = node.exact?.get(norm);
    if (exact) push(exact, 0);
    if (node.prefix) {
      for (const len of node.prefixLens) {
        if (len > norm.length) break;
        const child = node.prefix.get(norm.slice(0, len));
        if (child) push(child, 0);
      }
    }
    if (node.suffix) {
      for (const len of node.suffixLens) {
        // A suffix pattern needs at least one more letter: *ung should not match "ung".
        if (len >= norm.length) break;
        const child = node.suffix.get(norm.slice(norm.length - len));
        if (child) push(child, 0);
      }
    }
    if (node.number && isNumber(norm)) push(node.number, 0);
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

// The atoms of one trie and which of them a word satisfies. An atom is the smallest thing a word
// step tests: a whole word ("=word"), a prefix (word*), a suffix (*word) or "a number"; each gets
// a small id, and a label (node.ts) is a set of them. Building learns atoms, packing writes and
// reads them, and matching turns every new word of a draft into the ids it satisfies: one table
// the three share, kept apart from each of them.
import { Label } from './node';
import type { Atom } from '../pattern';

/** The atom "#" (any number) has this id in every trie. */
export const NUMBER = 0;

export class AtomTable {
  readonly exactIds = new Map<string, number>();
  readonly prefixIds = new Map<string, number>();
  readonly suffixIds = new Map<string, number>();
  /** Distinct lengths of the prefix and suffix atoms: a word is sliced once per length. */
  prefixLens: number[] = [];
  suffixLens: number[] = [];
  hasNumber = false;
  /** The next atom id (0 is "#"). */
  count = 1;
  /** Counts new atoms: a word's atoms computed before a change may miss one. */
  epoch = 0;
  /** The label of each single atom, by atom id: most steps are one word. */
  private readonly singleLabels: (Label | undefined)[] = [];

  /** The label of one atom, by its id: no key to build. */
  single(id: number): Label {
    let label = this.singleLabels[id];
    if (!label) this.singleLabels[id] = label = new Label([id]);
    return label;
  }

  /** An atom's id, made (and the epoch moved on) the first time the atom is seen. */
  idOf(atom: Atom): number {
    if (atom.kind === 'number') {
      if (!this.hasNumber) {
        this.hasNumber = true;
        this.epoch++;
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
      ids.set(atom.value, (id = this.count++));
      this.epoch++;
      const len = atom.value.length;
      if (atom.kind === 'prefix') this.prefixLens = withLength(this.prefixLens, len);
      if (atom.kind === 'suffix') this.suffixLens = withLength(this.suffixLens, len);
    }
    return id;
  }

  /** The atoms one word satisfies (once per distinct word: the matcher remembers the result). */
  atomsOf(norm: string): number[] {
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
}

/** Sorted distinct lengths, with one more. */
function withLength(lens: readonly number[], len: number): number[] {
  return lens.includes(len) ? (lens as number[]) : [...lens, len].sort((a, b) => a - b);
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

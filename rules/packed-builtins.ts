// The built-in rules' tries, built ahead of time: `npm run build:tries` writes
// rules/builtin/tries.json, and a page (or the CLI) reads it instead of parsing about 1,250
// patterns and building the tries itself (rules/compiled.ts). A unit test fails when the file
// no longer matches the rules, and compiled.ts falls back to building when it plainly does not.
import { compileRuleSet } from './engine/compile';
import type { WordSets } from './engine/pattern';
import type { EngineRule } from './engine/rule-types';
import type { PackedTrie } from './engine/trie';
import type { Lang } from './engine/types';

export interface PackedBuiltins {
  /** The length of sourceText() of the rules they were packed from: a cheap check of fit. */
  sourceLength: number;
  tries: Record<Lang, PackedTrie>;
}

/** Everything the tries are built from: the rules' ids and phrase lists, and the word sets. */
export function sourceText(rules: readonly EngineRule[], sets: WordSets): string {
  return JSON.stringify([rules.map((rule) => [rule.id, rule.lists ?? null]), sets]);
}

export function packBuiltins(rules: readonly EngineRule[], sets: WordSets): PackedBuiltins {
  const { tries } = compileRuleSet(rules, sets);
  return {
    sourceLength: sourceText(rules, sets).length,
    tries: { de: tries.de.pack(), en: tries.en.pack() },
  };
}

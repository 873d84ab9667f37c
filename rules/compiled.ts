// The built-in rule set, compiled once per page or process and shared by check() and every
// checker built from rule packs (the sidebar uses both). Each language's trie is built by the
// first draft in that language.
import { compileRuleSet, type CompiledRules } from './engine/compile';
import type { WordSets } from './engine/pattern';
import sets from './builtin/phrases/sets.json' with { type: 'json' };
import { BUILTIN_RULES } from './registry';

let compiled: CompiledRules | undefined;

export function compiledBuiltins(): CompiledRules {
  return (compiled ??= compileRuleSet(BUILTIN_RULES, sets as WordSets, {
    lazy: true,
    trusted: true,
  }));
}

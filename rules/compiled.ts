// The built-in rule set, compiled once per page or process and shared by check() and every
// checker built from rule packs (the sidebar uses both). Its tries come packed from
// rules/builtin/tries.json (packed-builtins.ts): nothing is parsed at run time. Should the file
// not fit the rules (edited since `npm run build:tries`), each language's trie is built from
// the patterns instead, by the first draft in that language.
import { compileRuleSet, type CompileOptions, type CompiledRules } from './engine/compile';
import type { WordSets } from './engine/pattern';
import type { EngineRule } from './engine/rule-types';
import sets from './builtin/phrases/sets.json' with { type: 'json' };
import packed from './builtin/tries.json' with { type: 'json' };
import { sourceText, type PackedBuiltins } from './packed-builtins';
import { BUILTIN_RULES } from './registry';

/** The packed tries if they were made from these rules, else building them as drafts need. */
export function builtinCompileOptions(
  tries: PackedBuiltins,
  rules: readonly EngineRule[],
  wordSets: WordSets,
): CompileOptions {
  if (tries.sourceLength === sourceText(rules, wordSets).length) return { packed: tries.tries };
  console.warn('klartext: rules/builtin/tries.json is stale; run npm run build:tries');
  return { lazy: true, trusted: true };
}

let compiled: CompiledRules | undefined;

export function compiledBuiltins(): CompiledRules {
  return (compiled ??= compileRuleSet(
    BUILTIN_RULES,
    sets as WordSets,
    builtinCompileOptions(packed as PackedBuiltins, BUILTIN_RULES, sets as WordSets),
  ));
}

let byDefault: CompiledRules | undefined;

/** The built-in rules as they run when nothing is adjusted: without those off by default. */
export function defaultBuiltins(): CompiledRules {
  if (!byDefault) {
    const all = compiledBuiltins();
    byDefault = { ...all, rules: all.rules.filter((rule) => !rule.offByDefault) };
  }
  return byDefault;
}

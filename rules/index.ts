// Public entry of the rule engine. The content script, the CLI and the benchmarks import only this.
import type { CompiledRules } from './engine/compile';
import { runCheck } from './engine/engine';
import { detectLanguageFromTokens } from './engine/language';
import { tokenize } from './engine/tokenizer';
import type { RuleMeta } from './engine/rule-types';
import type { CheckInput, CheckResult, Lang } from './engine/types';
import { defaultBuiltins } from './compiled';
import { BUILTIN_RULES } from './registry';

export * from './engine/types';
export type { RuleMeta, RuleContext, RuleHit, Example, RuleExamples } from './engine/rule-types';
export type { PhraseRuleData } from './engine/phrase-rule';

// Rule packs: load and validate a pack, build a checker from built-ins + packs + local
// adjustments, compare two versions, export. `check` below stays the built-ins only.
export * from './packs';

/** Metadata of every built-in rule (id, category, severity, languages, messages, rationale). */
export const RULES: readonly RuleMeta[] = BUILTIN_RULES.map(
  ({ id, category, severity, languages, messages, rationale, offByDefault }) => ({
    id,
    category,
    severity,
    languages,
    messages,
    rationale,
    ...(offByDefault ? { offByDefault } : {}),
  }),
);

/**
 * The built-in rule set as it runs by default (without the rules off by default), with its
 * phrase tries read from the ones packed ahead of time (rules/compiled.ts). Runs once; later
 * calls return the cache.
 */
export function compileRules(): CompiledRules {
  return defaultBuiltins();
}

export function detectLanguage(text: string): Lang {
  return detectLanguageFromTokens(tokenize(text).tokens);
}

export function check(input: CheckInput): CheckResult {
  return runCheck(compileRules(), input);
}

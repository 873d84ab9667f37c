// The examples of every built-in rule, by rule id: drafts each rule must fire on (invalid) and
// stay silent on (valid). Each lives beside its rule (the named export `examples` of
// builtin/<id>.ts); this gathers them from the files the index (registry.ts) lists, so no
// second list of rules exists. Only tests and tools import this: the engine never does, so a
// page does not load the examples (the index imports each file's rule alone, which lets the
// bundler leave the examples out).
import type { EngineRule, RuleExamples } from './engine/rule-types';
import type { RuleDefinition } from './packs/types';
import { BUILTIN_RULES } from './registry';

/** What a file of builtin/ exports. */
export interface RuleFile {
  default: EngineRule;
  examples?: RuleExamples;
  /** A rule without code: the rule in the pack format (without its examples). */
  definition?: RuleDefinition;
}

/** Every file the index lists, in its order. */
export const BUILTIN_FILES: readonly RuleFile[] = await Promise.all(
  BUILTIN_RULES.map(({ id }) => import(`./builtin/${id}.ts`) as Promise<RuleFile>),
);

/** A rule whose file has no examples is left out (tests/unit/how-to-add.test.ts notices). */
export const BUILTIN_EXAMPLES: Readonly<Record<string, RuleExamples>> = Object.fromEntries(
  BUILTIN_RULES.flatMap((rule, i) => {
    const examples = BUILTIN_FILES[i]!.examples;
    return examples ? [[rule.id, examples]] : [];
  }),
);

// The examples of every built-in rule, by rule id: drafts each rule must fire on (invalid) and
// stay silent on (valid). Each lives beside its rule (the named export `examples` of
// builtin/<id>.ts); this gathers them from the files the index (registry.ts) lists, so no
// second list of rules exists. Only tests and tools import this: the engine never does, so a
// page does not load the examples (the index imports each file's rule alone, which lets the
// bundler leave the examples out).
import type { RuleExamples } from './engine/rule-types';
import { BUILTIN_RULES } from './registry';

interface RuleFile {
  examples?: RuleExamples;
}

const files = await Promise.all(
  BUILTIN_RULES.map(({ id }) => import(`./builtin/${id}.ts`) as Promise<RuleFile>),
);

/** A rule whose file has no examples is left out (tests/unit/how-to-add.test.ts notices). */
export const BUILTIN_EXAMPLES: Readonly<Record<string, RuleExamples>> = Object.fromEntries(
  BUILTIN_RULES.flatMap((rule, i) => {
    const examples = files[i]!.examples;
    return examples ? [[rule.id, examples]] : [];
  }),
);

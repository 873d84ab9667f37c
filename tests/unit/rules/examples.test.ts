// Runs every built-in rule's own examples: an invalid example must make that rule fire, a
// valid one must leave it silent. Rule authors encode their false-positive traps as valid ones.
import { describe, expect, it } from 'vitest';
import { check as checkByDefault, createChecker, LANGS } from '../../../rules/index';
import { BUILTIN_EXAMPLES } from '../../../rules/examples';
import { BUILTIN_RULES } from '../../../rules/registry';
import type { CheckInput, CheckResult, Finding } from '../../../rules/index';
import type { EngineRule } from '../../../rules/engine/rule-types';

/** The draft after `finding` is fixed with its first suggestion, as the editor would do it. */
function applyFirst(draft: string, finding: Finding): string {
  const { start, end } = finding.fix ?? finding;
  return draft.slice(0, start) + finding.suggestions![0]! + draft.slice(end);
}

it('has examples for exactly the built-in rules', () => {
  expect(Object.keys(BUILTIN_EXAMPLES).sort()).toEqual(BUILTIN_RULES.map((r) => r.id).sort());
});

/** The check a rule's examples are run with: a rule off by default switched on, as a team would. */
function checkerFor(rule: EngineRule): (input: CheckInput) => CheckResult {
  if (!rule.offByDefault) return checkByDefault;
  const checker = createChecker({ adjustments: { rules: { [rule.id]: { enabled: true } } } });
  if (!checker.ok) throw new Error(`cannot switch ${rule.id} on`);
  return (input) => checker.check(input);
}

it('keeps the rules off by default out of the default check, and a switch turns them on', () => {
  const draft =
    'We cannot say whether the engineer who visited knows which socket is the one that failed because the fuse which we replaced was not the one that tripped.';
  const rule = BUILTIN_RULES.find((r) => r.id === 'stacked-clauses')!;
  expect(rule.offByDefault).toBe(true);
  const ids = (result: CheckResult) => result.findings.map((f) => f.ruleId);
  expect(ids(checkByDefault({ draft, lang: 'en' }))).not.toContain('stacked-clauses');
  expect(ids(checkerFor(rule)({ draft, lang: 'en' }))).toContain('stacked-clauses');
});

describe.each(BUILTIN_RULES.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
  const check = checkerFor(rule);
  for (const lang of LANGS) {
    const examples = BUILTIN_EXAMPLES[rule.id]?.[lang];
    if (!rule.languages.includes(lang)) {
      it(`has no ${lang} examples because it does not run on ${lang}`, () => {
        expect(examples).toBeUndefined();
      });
      continue;
    }
    it(`has at least 2 valid and 2 invalid ${lang} examples`, () => {
      expect(examples?.valid.length ?? 0).toBeGreaterThanOrEqual(2);
      expect(examples?.invalid.length ?? 0).toBeGreaterThanOrEqual(2);
    });
    for (const example of examples?.invalid ?? []) {
      it(`fires on ${lang}: ${JSON.stringify(example.draft).slice(0, 70)}`, () => {
        const { findings } = check({ ...example, lang });
        expect(findings.map((f) => f.ruleId)).toContain(rule.id);
      });
      if (example.fixed === undefined) continue;
      it(`fixes on ${lang}: ${JSON.stringify(example.draft).slice(0, 70)}`, () => {
        const { findings } = check({ ...example, lang });
        const finding = findings.find((f) => f.ruleId === rule.id)!;
        expect(finding.suggestions?.length ?? 0).toBeGreaterThan(0);
        const fixed = applyFirst(example.draft, finding);
        expect(fixed).toBe(example.fixed);
        // The fix deals with what the rule found there.
        const after = check({ ...example, draft: fixed, lang }).findings;
        expect(after.filter((f) => f.ruleId === rule.id && f.start === finding.start)).toEqual([]);
      });
    }
    for (const example of examples?.valid ?? []) {
      it(`stays silent on ${lang}: ${JSON.stringify(example.draft).slice(0, 70)}`, () => {
        const { findings } = check({ ...example, lang });
        expect(findings.filter((f) => f.ruleId === rule.id)).toEqual([]);
      });
    }
  }
});

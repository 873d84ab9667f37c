// Runs every built-in rule's own examples: an invalid example must make that rule fire, a
// valid one must leave it silent. Rule authors encode their false-positive traps as valid ones.
import { describe, expect, it } from 'vitest';
import { check, LANGS } from '../../../rules/index';
import { BUILTIN_EXAMPLES } from '../../../rules/examples';
import { BUILTIN_RULES } from '../../../rules/registry';
import type { Finding } from '../../../rules/index';

/** The draft after `finding` is fixed with its first suggestion, as the editor would do it. */
function applyFirst(draft: string, finding: Finding): string {
  const { start, end } = finding.fix ?? finding;
  return draft.slice(0, start) + finding.suggestions![0]! + draft.slice(end);
}

it('has examples for exactly the built-in rules', () => {
  expect(Object.keys(BUILTIN_EXAMPLES).sort()).toEqual(BUILTIN_RULES.map((r) => r.id).sort());
});

describe.each(BUILTIN_RULES.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
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

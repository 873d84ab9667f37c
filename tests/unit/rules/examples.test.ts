// Runs every built-in rule's own examples: an invalid example must make that rule fire, a
// valid one must leave it silent. Rule authors encode their false-positive traps as valid ones.
import { describe, expect, it } from 'vitest';
import { check, LANGS } from '../../../rules/index';
import { BUILTIN_EXAMPLES } from '../../../rules/examples';
import { BUILTIN_RULES } from '../../../rules/registry';

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
    }
    for (const example of examples?.valid ?? []) {
      it(`stays silent on ${lang}: ${JSON.stringify(example.draft).slice(0, 70)}`, () => {
        const { findings } = check({ ...example, lang });
        expect(findings.filter((f) => f.ruleId === rule.id)).toEqual([]);
      });
    }
  }
});

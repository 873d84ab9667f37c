// The built-in rules' examples as a pack rule's: draft and customer only (a pack's examples
// have no fixes or names).
import { LANGS, type PackRule } from '../../../../rules/index';
import type { RuleExamples } from '../../../../rules/engine/rule-types';

export function packExamples(examples: RuleExamples): PackRule['examples'] {
  const out: PackRule['examples'] = {};
  for (const lang of LANGS) {
    const own = examples[lang];
    if (!own) continue;
    const plain = (list: typeof own.valid) =>
      list.map(({ draft, customer }) => (customer === undefined ? { draft } : { draft, customer }));
    out[lang] = { valid: plain(own.valid), invalid: plain(own.invalid) };
  }
  return out;
}

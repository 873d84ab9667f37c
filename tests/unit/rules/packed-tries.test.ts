// The built-in tries are packed ahead of time (rules/builtin/tries.json). The corpus and
// reference-matcher tests (equivalence.test.ts) run on the packed tries, since check() uses
// them; these make sure the file is current and that a stale one is never used.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { TRIES_FILE, packedTriesText } from '../../../rules/cli/pack-tries';
import { builtinCompileOptions } from '../../../rules/compiled';
import { compileRuleSet } from '../../../rules/engine/compile';
import { runCheck } from '../../../rules/engine/engine';
import { parsePattern, type WordSets } from '../../../rules/engine/pattern';
import { PhraseTrie } from '../../../rules/engine/trie';
import { packBuiltins } from '../../../rules/packed-builtins';
import sets from '../../../rules/builtin/phrases/sets.json' with { type: 'json' };
import { BUILTIN_RULES } from '../../../rules/registry';

const SETS = sets as WordSets;
const DRAFT =
  'Dear customer, as already stated this is not our department. We will get back to you asap.';

describe('packed built-in tries', () => {
  it('are current: rules/builtin/tries.json is what npm run build:tries writes now', () => {
    expect(readFileSync(TRIES_FILE, 'utf8') === packedTriesText(), 'run npm run build:tries').toBe(
      true,
    );
  });

  it('find what tries built from the patterns find', () => {
    const packed = compileRuleSet(BUILTIN_RULES, SETS, {
      packed: packBuiltins(BUILTIN_RULES, SETS).tries,
    });
    const built = compileRuleSet(BUILTIN_RULES, SETS);
    for (const lang of ['en', 'de'] as const) {
      const draft = lang === 'en' ? DRAFT : 'Sehr geehrter Kunde, dafür sind wir nicht zuständig.';
      const fromPacked = runCheck(packed, { draft, lang }).findings;
      expect(fromPacked.length).toBeGreaterThan(1);
      expect(fromPacked).toEqual(runCheck(built, { draft, lang }).findings);
    }
  });

  it('are not used once the rules changed; the patterns are built instead, and it says so', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const tries = packBuiltins(BUILTIN_RULES, SETS);
    const changed = BUILTIN_RULES.map((rule) =>
      rule.id === 'vague-time'
        ? { ...rule, lists: { ...rule.lists, extra: { en: ['whenever convenient'] } } }
        : rule,
    );
    const options = builtinCompileOptions(tries, changed, SETS);
    expect(options.packed).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('npm run build:tries'));
    expect(builtinCompileOptions(tries, BUILTIN_RULES, SETS).packed).toBe(tries.tries);
    warn.mockRestore();
  });

  it('take no more patterns: a packed trie is complete', () => {
    const trie = PhraseTrie.fromPacked(packBuiltins(BUILTIN_RULES, SETS).tries.en);
    expect(() =>
      trie.add(parsePattern('one more'), { list: 0, pattern: 0, negative: false }),
    ).toThrow(/complete/);
  });
});

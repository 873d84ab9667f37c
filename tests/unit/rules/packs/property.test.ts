// Property-based: whatever text arrives, loadPack returns ok or a list of located problems and
// never throws; a pack that loads builds a checker whose findings stay inside the draft; the
// packs' fast pass (only rules whose lists matched) finds exactly what running every rule finds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRuleSet } from '../../../../rules/engine/compile';
import { runCheck } from '../../../../rules/engine/engine';
import {
  createChecker,
  loadPack,
  serializePack,
  type LoadResult,
  type Pack,
} from '../../../../rules/index';
import { allowlistRule, applyAllowlist } from '../../../../rules/packs/allowlist';
import { WORD_SETS } from '../../../../rules/packs/compose';
import { toEngineRule } from '../../../../rules/packs/pack-rules';
import { BUILTIN_RULES } from '../../../../rules/registry';
import { messageOf, samplePackText } from '../../../support/packs';

const RUNS = { numRuns: 150 };

function expectWellFormed(result: LoadResult): void {
  if (result.ok) {
    expect(Array.isArray(result.pack.rules)).toBe(true);
    return;
  }
  expect(result.errors.length).toBeGreaterThan(0);
  for (const e of [...result.errors, ...result.warnings]) {
    expect(typeof messageOf(e)).toBe('string');
    expect(messageOf(e).length).toBeGreaterThan(0);
    expect(e.path === '' || e.path.startsWith('/')).toBe(true);
    if (e.line !== undefined) {
      expect(e.line).toBeGreaterThanOrEqual(1);
      expect(e.column).toBeGreaterThanOrEqual(1);
    }
  }
}

/** Every JSON pointer of a value, with the value there. */
function pointers(value: unknown): string[] {
  const out: string[] = [];
  const stack: [string, unknown][] = [['', value]];
  while (stack.length > 0) {
    const [path, v] = stack.pop()!;
    out.push(path);
    if (typeof v === 'object' && v !== null) {
      for (const [k, child] of Object.entries(v)) stack.push([`${path}/${k}`, child]);
    }
  }
  return out;
}

/** Sets (or deletes, for undefined) the value at a pointer of a copy. */
function setAt(root: unknown, path: string, value: unknown): unknown {
  if (path === '') return value;
  const copy = structuredClone(root) as Record<string, unknown>;
  const keys = path.slice(1).split('/');
  let node = copy as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) node = node[k] as Record<string, unknown>;
  const last = keys[keys.length - 1]!;
  if (value === undefined) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else {
    node[last] = value;
  }
  return copy;
}

const SAMPLE_TEXT = samplePackText();
const SAMPLE = JSON.parse(SAMPLE_TEXT) as Pack;
const PATHS = pointers(SAMPLE);

const mutation = fc.oneof(
  fc.record({
    kind: fc.constant('set' as const),
    at: fc.nat(PATHS.length - 1),
    value: fc.jsonValue({ maxDepth: 3 }),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(PATHS.length - 1) }),
  fc.record({
    kind: fc.constant('string' as const),
    at: fc.nat(PATHS.length - 1),
    value: fc.string({ unit: 'grapheme', maxLength: 40 }),
  }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(SAMPLE_TEXT.length) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(SAMPLE_TEXT.length),
    value: fc.constantFrom(
      '{',
      '}',
      '[',
      ']',
      ',',
      '"',
      ':',
      '\\',
      '"__proto__": 1,',
      '\u0000',
      'null',
    ),
  }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function applyMutation(m: Mutation): string {
  switch (m.kind) {
    case 'set':
      return JSON.stringify(setAt(SAMPLE, PATHS[m.at]!, m.value), null, 2);
    case 'delete':
      return JSON.stringify(setAt(SAMPLE, PATHS[m.at]!, undefined) ?? null, null, 2);
    case 'string':
      return JSON.stringify(setAt(SAMPLE, PATHS[m.at]!, m.value), null, 2);
    case 'cut':
      return SAMPLE_TEXT.slice(0, m.at);
    case 'insert':
      return SAMPLE_TEXT.slice(0, m.at) + m.value + SAMPLE_TEXT.slice(m.at);
  }
}

describe('loadPack on random and mutated input', () => {
  it('never throws on random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (input) => {
        expectWellFormed(loadPack(input));
      }),
      RUNS,
    );
  });

  it('never throws on random JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const result = loadPack(JSON.stringify(value) ?? 'null');
        expectWellFormed(result);
        expect(result.ok).toBe(false);
      }),
      RUNS,
    );
  });

  it('never throws on a mutated valid pack; one that still loads checks drafts sanely', () => {
    fc.assert(
      fc.property(
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        fc.string({ maxLength: 200 }),
        (mutations, draft) => {
          let source = SAMPLE_TEXT;
          for (const m of mutations) {
            const result = loadPack(source);
            if (!result.ok) break;
            source = applyMutation(m);
          }
          const result = loadPack(source);
          expectWellFormed(result);
          if (!result.ok) return;
          const checker = createChecker({ packs: [result.pack] });
          if (!checker.ok) return;
          for (const f of checker.check({ draft, customer: draft }).findings) {
            expect(f.start).toBeGreaterThanOrEqual(0);
            expect(f.end).toBeLessThanOrEqual(draft.length);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('round-trips every pack it accepts', () => {
    fc.assert(
      fc.property(mutation, (m) => {
        const result = loadPack(applyMutation(m), { examples: false });
        if (!result.ok) return;
        const again = loadPack(serializePack(result.pack), { examples: false });
        expect(again.ok && again.pack).toEqual(result.pack);
      }),
      RUNS,
    );
  });
});

describe('the packs pass runs only rules that can fire, and misses nothing', () => {
  const loaded = loadPack(SAMPLE_TEXT);
  if (!loaded.ok) throw new Error('sample pack must load');
  const pack = loaded.pack;
  // The slow reference: every rule of the composition, run by the engine on every draft.
  const packRules = pack.rules.map((r) => toEngineRule(r).rule);
  const builtins = BUILTIN_RULES.filter(
    (r) => !pack.builtins?.[r.id] || pack.builtins[r.id]!.enabled !== false,
  ).map((r) =>
    pack.builtins?.[r.id]?.severity ? { ...r, severity: pack.builtins[r.id]!.severity! } : r,
  );
  const allow = allowlistRule(pack.allowlist ?? [])!;
  const reference = compileRuleSet([...builtins, ...packRules, allow], WORD_SETS);
  const fast = createChecker({ packs: [pack] });
  if (!fast.ok) throw new Error('compose failed');

  const WORDS = [
    'when',
    'wann',
    'today',
    'heute',
    'kindly',
    'provided',
    'no',
    'worries',
    'kein',
    'problem',
    'ATLAS',
    'Pro',
    'SVDSL',
    'per',
    'my',
    'last',
    'email',
    'we',
    'will',
    'reply',
    'soon',
    'bis',
    '17',
    'Uhr',
    'by',
    '5',
    'pm',
    'how',
    'long',
    'the',
    'FAQ',
    'read',
    'please',
    'Sie',
    'wir',
    'melden',
    'uns',
    'zeitnah',
    'end',
    'of',
    'day',
    'hope',
    'this',
    'message',
    'finds',
    'you',
    'well',
    'ich',
    'hoffe',
    'diese',
    'mail',
    'erreicht',
    '.',
    '!',
    '?',
    ',',
    '\n',
  ];
  const text = fc
    .array(fc.constantFrom(...WORDS), { maxLength: 60 })
    .map((words) => words.join(' ').replace(/ ([.!?,])/g, '$1'));

  it('equals a run of every rule', () => {
    fc.assert(
      fc.property(
        text,
        text,
        fc.constantFrom(undefined, 'de' as const, 'en' as const),
        (draft, customer, lang) => {
          const input = { draft, customer, lang };
          const slow = runCheck(reference, input);
          expect(fast.check(input)).toEqual({
            lang: slow.lang,
            findings: applyAllowlist(slow.findings),
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the packs pass on every kind of trigger', () => {
  const base = {
    category: 'clarity' as const,
    severity: 'hint' as const,
    messages: { de: 'M', en: 'M' },
    rationale: { de: 'R', en: 'R' },
  };
  const pack: Pack = {
    ...JSON.parse(SAMPLE_TEXT),
    allowlist: ['alpha beta'],
    builtins: {},
    rules: [
      {
        ...base,
        id: 'p',
        kind: 'phrases',
        patterns: { en: ['alpha', 'gamma ... delta'] },
        except: { en: ['alpha beta'] },
        examples: { en: { valid: [], invalid: [{ draft: 'alpha' }] } },
      },
      {
        ...base,
        id: 'r1',
        kind: 'required',
        patterns: { en: ['delta'] },
        except: { en: ['delta gamma'] },
        when: { draft: { en: ['gamma'] } },
        examples: { en: { valid: [], invalid: [{ draft: 'gamma' }] } },
      },
      {
        ...base,
        id: 'r2',
        kind: 'required',
        patterns: { en: ['beta'] },
        examples: { en: { valid: [], invalid: [{ draft: 'gamma' }] } },
      },
      {
        ...base,
        id: 'm1',
        kind: 'measure',
        measure: 'draft-sentences',
        min: { en: 2 },
        max: { en: 3 },
        examples: { en: { valid: [], invalid: [{ draft: 'gamma' }] } },
      },
      {
        ...base,
        id: 'm2',
        kind: 'measure',
        measure: 'sentence-words',
        max: { en: 4 },
        examples: { en: { valid: [], invalid: [{ draft: 'a b c d e f' }] } },
      },
      {
        ...base,
        id: 'm3',
        kind: 'measure',
        measure: 'exclamation-marks',
        max: { en: 1 },
        examples: { en: { valid: [], invalid: [{ draft: 'a!!' }] } },
      },
    ],
  };
  const loaded = loadPack(JSON.stringify(pack));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  const entries = loaded.pack.rules.map((r) => toEngineRule(r).rule);
  const reference = compileRuleSet(
    [...BUILTIN_RULES, ...entries, allowlistRule(['alpha beta'])!],
    WORD_SETS,
  );
  const fast = createChecker({ packs: [loaded.pack] });
  if (!fast.ok) throw new Error('compose failed');
  const text = fc
    .array(fc.constantFrom('alpha', 'beta', 'gamma', 'delta', 'the', 'we', '.', '!', '\n'), {
      maxLength: 30,
    })
    .map((words) => words.join(' '));

  it('equals a run of every rule', () => {
    fc.assert(
      fc.property(text, (draft) => {
        const input = { draft, lang: 'en' as const };
        const slow = runCheck(reference, input);
        expect(fast.check(input)).toEqual({
          lang: slow.lang,
          findings: applyAllowlist(slow.findings),
        });
      }),
      { numRuns: 300 },
    );
  });
});

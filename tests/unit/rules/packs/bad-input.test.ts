// Every kind of bad pack the issue lists: each is refused with a message that names the problem
// and where it is (JSON pointer plus line:column), and nothing installed changes.
import { describe, expect, it } from 'vitest';
import {
  check,
  createChecker,
  loadPack,
  MAX_PACK_BYTES,
  RULES,
  type Pack,
} from '../../../../rules/index';
import { BUILTIN_RULES } from '../../../../rules/registry';
import {
  errorsOf,
  expectProblem,
  messageOf,
  minimalPack,
  text,
  worded,
} from '../../../support/packs';

type Case = { name: string; input: () => string; path: string; message: RegExp };

function mutated(change: (pack: Pack & Record<string, unknown>) => void): () => string {
  return () => {
    const pack = minimalPack() as Pack & Record<string, unknown>;
    change(pack);
    return text(pack);
  };
}

const rule0 = (p: Pack) => p.rules[0] as unknown as Record<string, unknown>;

const CASES: Case[] = [
  {
    name: 'invalid JSON',
    input: () => '{\n  "schemaVersion": 1,\n  "id": "x",,\n}',
    path: '',
    message: /^invalid JSON: expected a property name.*found ","/,
  },
  {
    name: 'a trailing comma',
    input: () => text(minimalPack()).replace(/\n}$/, ',\n}'),
    path: '',
    message: /invalid JSON/,
  },
  {
    name: 'an empty file',
    input: () => '',
    path: '',
    message: /invalid JSON: expected a value but found the end/,
  },
  {
    name: 'a wrong schemaVersion',
    input: mutated((p) => ((p as Record<string, unknown>).schemaVersion = 0)),
    path: '/schemaVersion',
    message: /must be 1, got 0/,
  },
  {
    name: 'schemaVersion as a string',
    input: mutated((p) => ((p as Record<string, unknown>).schemaVersion = '1')),
    path: '/schemaVersion',
    message: /must be 1, got "1"/,
  },
  {
    name: 'a future schemaVersion',
    input: mutated((p) => ((p as Record<string, unknown>).schemaVersion = 2)),
    path: '/schemaVersion',
    message: /schemaVersion 2 is newer than this Klartext understands \(1\); update Klartext/,
  },
  {
    name: 'a missing top-level field',
    input: mutated((p) => delete (p as Partial<Pack>).author),
    path: '/author',
    message: /"author" is missing/,
  },
  {
    name: 'a missing rule field',
    input: mutated((p) => delete rule0(p).messages),
    path: '/rules/0/messages',
    message: /"messages" is missing/,
  },
  {
    name: 'a missing message language',
    input: mutated((p) => delete (rule0(p).messages as Record<string, string>).de),
    path: '/rules/0/messages/de',
    message: /"de" is missing/,
  },
  {
    name: 'an unknown field',
    input: mutated((p) => (rule0(p).colour = 'red')),
    path: '/rules/0/colour',
    message: /unknown property "colour"/,
  },
  {
    name: 'an unknown category',
    input: mutated((p) => (rule0(p).category = 'politeness')),
    path: '/rules/0/category',
    message: /must be one of "tone", "empathy".*got "politeness"/,
  },
  {
    name: 'a version that is not semver',
    input: mutated((p) => (p.version = 'v2')),
    path: '/version',
    message: /"v2" is not in the expected form: a semantic version/,
  },
  {
    name: 'a field of another kind',
    input: mutated((p) => (rule0(p).measure = 'draft-words')),
    path: '/rules/0/measure',
    message: /"measure" is not allowed here when kind is "phrases"/,
  },
  {
    name: 'a duplicate rule id',
    input: mutated((p) => p.rules.push({ ...p.rules[0]! })),
    path: '/rules/1/id',
    message: /rule id "no-asap" is used twice \(first at \/rules\/0\)/,
  },
  {
    name: 'a rule id taken by a built-in rule',
    input: mutated((p) => (p.rules[0]!.id = 'vague-time')),
    path: '/rules/0/id',
    message: /rule id "vague-time" is already used by a built-in rule/,
  },
  {
    name: 'an invalid example that does not fire',
    input: mutated((p) => p.rules[0]!.examples.en!.invalid.push({ draft: 'All done.' })),
    path: '/rules/0/examples/en/invalid/1',
    message: /rule "no-asap" should fire on this en example but does not: "All done\."/,
  },
  {
    name: 'a valid example that fires',
    input: mutated((p) => p.rules[0]!.examples.en!.valid.push({ draft: 'Back asap!' })),
    path: '/rules/0/examples/en/valid/1',
    message: /rule "no-asap" fires on this en example, which should pass: "asap" in "Back asap!"/,
  },
  {
    name: 'no examples for a language the rule runs on',
    input: mutated((p) => {
      p.languages = ['de', 'en'];
      (rule0(p).patterns as Record<string, string[]>).de = ['sofort'];
    }),
    path: '/rules/0/examples/de',
    message: /runs on de drafts, so it needs de examples/,
  },
  {
    name: 'patterns in a language the pack does not declare',
    input: mutated((p) => ((rule0(p).patterns as Record<string, string[]>).de = ['sofort'])),
    path: '/rules/0/patterns/de',
    message: /has de entries, but the pack's languages are en/,
  },
  {
    name: 'a replacement for no pattern',
    input: mutated((p) => ((rule0(p).replacements as Record<string, object>).en = { ASAP: ['x'] })),
    path: '/rules/0/replacements/en/ASAP',
    message: /replacements for "ASAP", which is none of the rule's en patterns/,
  },
  {
    name: 'a pattern the syntax refuses',
    input: mutated((p) => (rule0(p).patterns = { en: ['(asap'] })),
    path: '/rules/0/patterns/en/0',
    message: /rule "no-asap", pattern "\(asap": unbalanced parentheses/,
  },
  {
    name: 'an unknown word set',
    input: mutated((p) => (rule0(p).patterns = { en: ['@nope asap'] })),
    path: '/rules/0/patterns/en/0',
    message: /unknown word set @nope/,
  },
  {
    name: 'a 50 MB file',
    input: () => ' '.repeat(50 * 1024 * 1024),
    path: '',
    message: /the pack is 50\.0 MB; packs may be at most 8\.0 MB/,
  },
  {
    name: 'deeply nested JSON',
    input: () => `{"schemaVersion": 1, "id": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
    path: `/id${'/0'.repeat(31)}`,
    message: /^nested deeper than 32 levels$/,
  },
  {
    name: 'a __proto__ key',
    input: () =>
      text(minimalPack()).replace('"id": "mini"', '"__proto__": {"polluted": true}, "id": "mini"'),
    path: '',
    message: /the key "__proto__" is not allowed/,
  },
  {
    name: 'a constructor key',
    input: mutated((p) => (rule0(p).replacements = { en: JSON.parse('{"constructor": ["x"]}') })),
    path: '/rules/0/replacements/en',
    message: /the key "constructor" is not allowed/,
  },
  {
    name: 'a prototype key deep inside',
    input: () =>
      text(minimalPack()).replace(
        '"draft": "I will call you asap."',
        '"draft": "x", "prototype": {}',
      ),
    path: '/rules/0/examples/en/invalid/0',
    message: /the key "prototype" is not allowed/,
  },
  {
    name: 'not JSON text at all',
    input: () => '\u0000\u0001binary',
    path: '',
    message: /invalid JSON: expected a value/,
  },
];

// Patterns that would be slow or explode: refused with rule and pattern named.
const SLOW: [string, string, RegExp][] = [
  [
    'too many alternatives',
    '(@imperative_en|@docs_en|@month_en) asap',
    /offers 82 alternatives for one word; at most 64/,
  ],
  ['a gap past the limit', 'asap ...8 today', /gap of up to 8 words; packs allow at most \.\.\.5/],
  ['a gap past the syntax', 'asap ...20 today', /gap must be \.\.\. or \.\.\.1 to \.\.\.8/],
  ['too many gaps', 'a1 ... b1 ... c1 ... d1', /has 3 gaps; at most 2/],
  ['too many variants', 'a1? b1? c1? d1? e1? f1? g1? asap', /expands to 128 variants.*at most 64/],
  [
    'variants the parser refuses',
    'a1? b1? c1? d1? e1? f1? g1? h1? i1? j1? asap',
    /too many variants/,
  ],
  ['too many words', 'a b c d e f g h i j k l m', /has 13 words and gaps in a row; at most 12/],
  ['a wildcard that matches almost anything', 'a* asap', /"a\*" matches too many words/],
  ['only a gap', '...', /a pattern needs at least one word|gap cannot start/],
];

describe('loadPack refuses bad input, naming problem and place', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const input = c.input();
    const problem = expectProblem(loadPack(input), c.path, c.message);
    // Once the text is JSON, every problem has a line and column; a file too large has none.
    if (!/MB/.test(messageOf(problem))) {
      expect(problem.line).toBeGreaterThanOrEqual(1);
      expect(problem.column).toBeGreaterThanOrEqual(1);
    }
  });

  it.each(SLOW)('refuses a slow pattern: %s', (_name, pattern, message) => {
    const pack = minimalPack();
    (pack.rules[0] as { patterns: unknown }).patterns = { en: ['asap', pattern] };
    const problem = expectProblem(loadPack(text(pack)), '/rules/0/patterns/en/1', message);
    expect(messageOf(problem)).toContain(
      `rule "no-asap", pattern ${JSON.stringify(pattern).slice(0, 30)}`,
    );
  });

  it('refuses a pack whose patterns add up past the limits, naming the totals', () => {
    const pack = minimalPack();
    // 500 patterns per rule x 110 rules = 55,000 patterns (limit 50,000).
    pack.rules = Array.from({ length: 110 }, (_, r) => ({
      ...minimalPack().rules[0]!,
      id: `rule-${r}`,
      patterns: {
        en: ['asap', ...Array.from({ length: 499 }, (_, i) => `@imperative_en r${r}p${i}x`)],
      },
    }));
    const errors = errorsOf(loadPack(text(pack), { examples: false }));
    expect(errors.map(messageOf)).toContain('the pack has 55000 patterns; at most 50000');
    expect(
      errors.some((e) => /would add about \d+ trie edges; at most 400000/.test(messageOf(e))),
    ).toBe(true);
  });

  it('points at the right line and column of a problem deep in the file', () => {
    const pack = minimalPack();
    pack.rules[0]!.severity = 'fatal' as never;
    const source = text(pack);
    const problem = expectProblem(
      loadPack(source),
      '/rules/0/severity',
      /must be one of "hint", "warning"/,
    );
    const lines = source.split('\n');
    expect(lines[problem.line! - 1]!.slice(problem.column! - 1)).toMatch(/^"severity": "fatal"/);
  });

  it('points at the offending character of invalid JSON', () => {
    const result = loadPack('{\n  "schemaVersion": 1,\n  "id": "x",,\n}');
    const [problem] = errorsOf(result);
    expect(problem).toMatchObject({ line: 3, column: 13 });
  });

  it('does not pollute prototypes, whatever the keys', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      loadPack(`{"${key}": {"polluted": true, "toString": 1}}`);
      loadPack(`{"rules": [{"${key}": {"polluted": true}}]}`);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });

  it('refuses something that is not text without throwing', () => {
    const result = loadPack(42 as unknown as string);
    expect(messageOf(errorsOf(result)[0]!)).toBe('the pack must be given as text');
  });
});

describe('markup in a pack is text, never run', () => {
  const HTML = '<img src=x onerror="alert(1)"><script>alert(2)</script>';

  it('keeps markup in messages verbatim and warns about it with its place', () => {
    const pack = minimalPack();
    pack.rules[0]!.messages.en = `Give a time. ${HTML}`;
    pack.name = '<b>Team</b>';
    const result = loadPack(text(pack));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack.rules[0]!.messages.en).toBe(`Give a time. ${HTML}`);
    expect(result.warnings.map((w) => w.path)).toEqual(['/name', '/rules/0/messages/en']);
    expect(messageOf(result.warnings[1]!)).toMatch(
      /contains markup \("<img src=x onerror=\\"alert\(1\)\\">"\); Klartext shows it as plain text/,
    );
    const checker = createChecker({ packs: [result.pack] });
    if (!checker.ok) throw new Error('compose failed');
    const finding = checker
      .check({ draft: 'We call you asap.', lang: 'en' })
      .findings.find((f) => f.ruleId.endsWith('no-asap'));
    expect(finding?.message).toBe(`Give a time. ${HTML}`);
  });
});

describe('nothing installed changes', () => {
  const drafts = [
    { draft: 'Dear customer, we will get back to you asap. Please read the FAQ.' },
    { draft: 'Sehr geehrter Kunde, wir melden uns zeitnah. Lesen Sie die FAQ.' },
    { draft: 'Hi Sam, the ETA is Friday. Kindly send the photo.', customer: 'When?' },
  ];
  const snapshot = () => ({
    check: drafts.map((d) => check(d)),
    rules: JSON.stringify(RULES),
    builtins: BUILTIN_RULES.map((r) => `${r.id}:${r.severity}:${r.languages.join()}`).join(),
  });

  it('leaves the built-in check, the rule list and an existing checker as they were', () => {
    const before = snapshot();
    const good = loadPack(text(minimalPack()));
    if (!good.ok) throw new Error('minimal pack should load');
    const installed = createChecker({ packs: [good.pack] });
    if (!installed.ok) throw new Error('compose failed');
    const installedBefore = drafts.map((d) => installed.check(d));

    for (const c of CASES) loadPack(c.input());
    // A pack that cannot join the installed one (same rule id) is refused as a whole.
    const clash = minimalPack();
    clash.id = 'other';
    const refused = createChecker({ packs: [good.pack, clash] });
    expect(refused.ok ? refused : { ...refused, errors: refused.errors.map(worded) }).toMatchObject(
      {
        ok: false,
        errors: [
          {
            pack: 'other',
            path: '/rules/0/id',
            message: 'rule id "no-asap" is already used by pack "mini"',
          },
        ],
      },
    );
    // Re-levelling and switching off built-ins in another checker does not touch the originals.
    createChecker({
      packs: [good.pack],
      adjustments: { rules: { 'vague-time': { enabled: false }, jargon: { severity: 'warning' } } },
    });

    expect(snapshot()).toEqual(before);
    expect(drafts.map((d) => installed.check(d))).toEqual(installedBefore);
  });

  it('refuses local adjustments with a bad pattern or allowlist entry as a whole', () => {
    const result = createChecker({
      adjustments: {
        rules: { 'vague-time': { options: { except: { en: ['soon ...9 now'] } } } },
        allowlist: ['!!!'],
      },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.path, messageOf(e)])).toEqual([
      [
        '/rules/vague-time/options/except/en/0',
        'rule "vague-time", exception "soon ...9 now": gap must be ... or ...1 to ...8',
      ],
      ['/allowlist/0', 'allowlist entry "!!!" has no words (letters or digits)'],
    ]);
  });

  it('refuses a 50 MB text by its size, before reading it as JSON', () => {
    // Broken JSON: had it been parsed, the problem would be "invalid JSON".
    const huge = '{' + ' '.repeat(MAX_PACK_BYTES * 6);
    const [problem, ...rest] = errorsOf(loadPack(huge));
    expect(rest).toEqual([]);
    expect(worded(problem!)).toEqual({
      path: '',
      message: 'the pack is 48.0 MB; packs may be at most 8.0 MB',
    });
  });
});

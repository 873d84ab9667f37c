// The engine is optimised hard (issue: How fast); these tests make sure no optimisation changes
// a judgement. Every finding on the corpus must equal the frozen one, and every phrase list
// must find exactly what a plain reference matcher finds, on the corpus and on random input.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRuleSet, ListMatches } from '../../../../rules/engine/compile';
import { parsePattern, type WordSets } from '../../../../rules/engine/pattern';
import type { EngineRule, PhraseList } from '../../../../rules/engine/rule-types';
import { tokenize } from '../../../../rules/engine/tokenizer';
import { LANGS, type Lang } from '../../../../rules/engine/types';
import sets from '../../../../rules/builtin/phrases/sets.json' with { type: 'json' };
import { compileRules } from '../../../../rules/index';
import { BUILTIN_RULES } from '../../../../rules/registry';
import { currentFindings, FROZEN_FILE } from '../../../quality/frozen-findings';
import { corpusByLang } from '../../../bench/drafts';
import { referenceMatcher } from './reference-matcher';

describe('findings on the corpus', () => {
  it('equal the frozen findings, entry by entry', () => {
    const frozen = JSON.parse(readFileSync(FROZEN_FILE, 'utf8')) as Record<string, object>;
    const now = currentFindings();
    expect(Object.keys(now)).toEqual(Object.keys(frozen));
    for (const id of Object.keys(frozen)) expect({ id, ...now[id] }).toEqual({ id, ...frozen[id] });
  }, 120_000);
});

describe('built-in phrase lists', () => {
  const byLang = corpusByLang();
  const texts = LANGS.flatMap((lang) =>
    byLang[lang].flatMap((e) => [e.draft, e.customer]).map((text) => ({ lang, text })),
  );

  it('find on the corpus exactly what the reference matcher finds', () => {
    const compiled = compileRules();
    const lists = BUILTIN_RULES.flatMap((rule) =>
      Object.entries(rule.lists ?? {}).map(([name, list]) => ({
        label: `${rule.id}/${name}`,
        id: compiled.listIds.get(rule.id)!.get(name),
        reference: Object.fromEntries(
          LANGS.map((lang) => [lang, referenceMatcher(list, lang, sets as WordSets)]),
        ) as Record<Lang, ReturnType<typeof referenceMatcher>>,
      })),
    );
    let compared = 0;
    let found = 0;
    for (const { lang, text } of texts) {
      const doc = tokenize(text);
      const matches = new ListMatches(compiled, doc, lang);
      for (const { label, id, reference } of lists) {
        const expected = reference[lang](doc);
        expect(matches.get(id), `${label} on "${text.slice(0, 60)}"`).toEqual(expected);
        compared++;
        found += expected.length;
      }
    }
    // The comparison means something only if the lists actually match on the corpus.
    expect(compared).toBeGreaterThan(10_000);
    expect(found).toBeGreaterThan(1_000);
  }, 120_000);
});

describe('the lazily built matcher', () => {
  it('matches the same after its memory bound made it start over', () => {
    const compiled = compileRules();
    const lists = BUILTIN_RULES.flatMap((rule) =>
      Object.entries(rule.lists ?? {}).map(([name, list]) => ({
        id: compiled.listIds.get(rule.id)!.get(name),
        reference: referenceMatcher(list, 'en', sets as WordSets),
      })),
    );
    const text = corpusByLang().en[0]!.draft;
    const doc = tokenize(text);
    const before = lists.map(({ id }) => new ListMatches(compiled, doc, 'en').get(id));
    // Tens of thousands of distinct words: more than the matcher keeps (moves past the bound
    // are no longer stored, and the next draft starts it over).
    const words = Array.from({ length: 60_000 }, (_, i) => `w${i.toString(36)}x`);
    for (let k = 0; k < 3; k++) {
      const flood = tokenize(`${words.join(' ')}. ${text}`);
      const matches = new ListMatches(compiled, flood, 'en');
      for (const { id } of lists) matches.get(id);
    }
    const after = lists.map(({ id }) => new ListMatches(compiled, doc, 'en').get(id));
    expect(after).toEqual(before);
    expect(after).toEqual(lists.map(({ reference }) => reference(doc)));
  }, 60_000);
});

describe('random phrase lists on random text', () => {
  const WORDS = ['a', 'ab', 'abc', 'b', 'ba', 'bab', 'c', 'ca', 'abca', '7', '17:00', 'x'];
  const testSets: WordSets = { s: ['a', 'b*'], t: ['*ca', 'x', 'c'] };
  const atom = fc.oneof(
    fc.constantFrom(...WORDS, '#', '@s', '@t', '@s*'),
    fc.constantFrom('a*', 'ab*', 'b*', '*a', '*ab', '*ca', '*b'),
  );
  const item = fc.oneof(
    { weight: 4, arbitrary: atom },
    {
      weight: 2,
      arbitrary: fc.array(atom, { minLength: 2, maxLength: 3 }).map((a) => `(${a.join('|')})`),
    },
    { weight: 1, arbitrary: atom.map((a) => `${a}?`) },
    { weight: 1, arbitrary: fc.constantFrom('...', '...1', '...2') },
  );
  const pattern = fc
    .tuple(fc.boolean(), atom, fc.array(item, { maxLength: 4 }), atom, fc.boolean())
    .map(([start, first, middle, last, end]) =>
      [start ? '^' : '', first, ...middle, last, end ? '$' : ''].filter((s) => s !== '').join(' '),
    )
    // Only patterns the parser takes (it refuses e.g. two gaps in a row).
    .filter((p) => {
      try {
        parsePattern(p, testSets);
        return true;
      } catch {
        return false;
      }
    });
  const list = fc.record({
    patterns: fc.array(pattern, { minLength: 1, maxLength: 6 }),
    except: fc.array(pattern, { maxLength: 2 }),
  });
  const text = fc
    .array(
      fc.tuple(
        fc.constantFrom(...WORDS, 'A', 'AB', 'Abc'),
        fc.constantFrom(' ', ' ', ', ', '. ', '! ', '\n'),
      ),
      {
        maxLength: 60,
      },
    )
    .map((parts) => parts.map(([w, sep]) => w + sep).join(''));

  it('match exactly what the reference matcher finds', () => {
    fc.assert(
      fc.property(
        fc.array(list, { minLength: 1, maxLength: 3 }),
        fc.array(text, { minLength: 1, maxLength: 3 }),
        (lists, drafts) => {
          const rule: EngineRule = {
            id: 'probe',
            category: 'tone',
            severity: 'hint',
            languages: ['en'],
            messages: { de: '', en: '' },
            rationale: { de: '', en: '' },
            lists: Object.fromEntries(lists.map((l, i) => [`l${i}`, { en: l } as PhraseList])),
            check: () => [],
          };
          // Compiled at once and built item by item as the walk gets there (lazy, as the
          // built-ins and packs are), each matching every draft twice: the second time from the built DFA, and
          // later drafts with words the trie learnt about in between.
          const eager = compileRuleSet([rule], testSets);
          const lazy = compileRuleSet([rule], testSets, { lazy: true });
          const lang: Lang = 'en';
          for (const draft of [...drafts, ...drafts]) {
            const doc = tokenize(draft);
            for (const compiled of [eager, lazy]) {
              const matches = new ListMatches(compiled, doc, lang);
              lists.forEach((l, i) => {
                const expected = referenceMatcher({ en: l }, lang, testSets)(doc);
                expect(matches.get(compiled.listIds.get('probe')!.get(`l${i}`))).toEqual(expected);
              });
            }
          }
        },
      ),
      { numRuns: 1000 },
    );
  }, 120_000);
});

import { describe, expect, it } from 'vitest';
import { compileRuleSet, ListMatches } from '../../../../rules/engine/compile';
import { parsePattern } from '../../../../rules/engine/pattern';
import { tokenize } from '../../../../rules/engine/tokenizer';
import type { EngineRule, PhraseList } from '../../../../rules/engine/rule-types';
import type { Lang } from '../../../../rules/engine/types';

/** Compiles one list into a throwaway rule set and returns the matched texts. */
function matches(list: PhraseList, text: string, lang: Lang = 'de'): string[] {
  const rule: EngineRule = {
    id: 'probe',
    category: 'tone',
    severity: 'hint',
    languages: ['de', 'en'],
    messages: { de: '', en: '' },
    rationale: { de: '', en: '' },
    lists: { probe: list },
    check: () => [],
  };
  const compiled = compileRuleSet([rule], { days: ['montag', 'dienstag'] });
  const doc = tokenize(text);
  const listId = compiled.listIds.get('probe')!.get('probe');
  return new ListMatches(compiled, doc, lang).get(listId).map((m) => text.slice(m.start, m.end));
}

describe('phrase trie', () => {
  it('matches German inflections through a stem pattern', () => {
    const list = { de: ['nicht zuständig*'] };
    expect(matches(list, 'Dafür sind wir nicht zuständig.')).toEqual(['nicht zuständig']);
    expect(matches(list, 'Das ist die nicht zuständige Stelle.')).toEqual(['nicht zuständige']);
    expect(matches(list, 'Mangels NICHT ZUSTAENDIGKEIT')).toEqual(['NICHT ZUSTAENDIGKEIT']);
    expect(matches(list, 'Die zuständige Kollegin ruft an.')).toEqual([]);
  });

  it('bridges a bounded gap and no more', () => {
    const list = { de: ['sie hätten ...3 sollen'] };
    expect(matches(list, 'Sie hätten das Formular früher senden sollen.')).toEqual([]);
    expect(matches(list, 'Sie hätten das Formular senden sollen.')).toEqual([
      'Sie hätten das Formular senden sollen',
    ]);
    expect(matches(list, 'Sie hätten eins zwei drei vier sollen.')).toEqual([]);
  });

  it('never matches across a sentence boundary', () => {
    expect(matches({ en: ['calm down'] }, 'Stay calm. Down the road is a shop.', 'en')).toEqual([]);
  });

  it('prefers the longest match and lets exceptions swallow what they cover', () => {
    const list = {
      en: { patterns: ['soon', 'as soon as possible'], except: ['as soon as (it|you)'] },
    };
    expect(matches(list, 'We fix it as soon as possible.', 'en')).toEqual(['as soon as possible']);
    expect(matches(list, 'As soon as it arrives, we refund. Soon!', 'en')).toEqual(['Soon']);
  });

  it('supports alternatives, optional words, word sets, suffixes and anchors', () => {
    expect(matches({ de: ['(am|bis)? @days'] }, 'Bis Montag oder am Dienstag')).toEqual([
      'Bis Montag',
      'am Dienstag',
    ]);
    expect(matches({ de: ['zur *ung der *ung'] }, 'Zur Durchführung der Prüfung')).toEqual([
      'Zur Durchführung der Prüfung',
    ]);
    expect(matches({ en: ['whatever $'] }, 'Whatever you like. Fine, whatever.', 'en')).toEqual([
      'whatever',
    ]);
    expect(matches({ en: ['^ hello'] }, 'Hello there, I said hello', 'en')).toEqual(['Hello']);
  });

  it('stays linear on adversarial input (many partial matches with gaps)', () => {
    const list = { de: ['a ...8 a ...8 a ...8 b', 'a a a a a a a a c'] };
    const text = 'a '.repeat(200_000);
    expect(matches(list, text)).toEqual([]);
  });

  it('rejects malformed patterns with a message', () => {
    expect(() => parsePattern('... sollen')).toThrow(/gap cannot start/);
    expect(() => parsePattern('(a|b')).toThrow(/unbalanced/);
    expect(() => parsePattern('x @nothing')).toThrow(/unknown word set/);
    // Names of Object's own members are no word sets either.
    expect(() => parsePattern('x @constructor')).toThrow(/unknown word set @constructor/);
    expect(() => parsePattern('x @toString*')).toThrow(/unknown word set @toString/);
    expect(() => parsePattern('a ...99 b')).toThrow(/gap must be/);
  });
});

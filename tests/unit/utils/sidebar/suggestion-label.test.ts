// What a fix's button says: the replacement, the words it adds, or the words it leaves out.
import { describe, expect, it } from 'vitest';
import { suggestionLabel } from '../../../../utils/sidebar/suggestion-label';

describe('suggestionLabel', () => {
  it.each([
    ['Dear customer', 'Hello Daniel Whitaker', 'replace', 'Hello Daniel Whitaker', false],
    ['As already stated, y', 'Y', 'remove', 'As already stated', false],
    [', wie der Name schon sagt,', '', 'remove', 'wie der Name schon sagt', false],
    [
      '',
      'I understand how frustrating this is. ',
      'insert',
      'I understand how frustrating this is.',
      false,
    ],
    ['w', 'ich verstehe das. W', 'insert', 'ich verstehe das.', false],
    ['asap', 'by [day], [time]', 'replace', 'by [day], [time]', true],
  ] as const)('%j -> %j is a %s of %j', (fixText, suggestion, kind, text, placeholder) => {
    expect(suggestionLabel(fixText, suggestion)).toEqual({ kind, text, placeholder });
  });
});

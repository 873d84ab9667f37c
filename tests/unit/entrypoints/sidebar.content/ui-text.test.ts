// The sidebar's UI texts come from the background one language at a time: nothing is shown
// before they are here, a language switch asks once, and a failed request is asked again.
import { describe, expect, it } from 'vitest';
import { createUiText } from '../../../../entrypoints/sidebar.content/ui-text';
import { localeCatalog } from '../../../support/i18n';

describe('createUiText', () => {
  it('has no translator until the language is loaded, then one with the real texts', async () => {
    const asked: string[] = [];
    const text = createUiText(async (lang) => {
      asked.push(lang);
      return localeCatalog(lang);
    });
    let changes = 0;
    text.store.subscribe(() => changes++);
    expect(text.translator('de')).toBeUndefined();
    await text.ensure('de');
    expect(text.translator('de')!('stateHints', '2')).toBe('2 Hinweise');
    expect(changes).toBe(1);
    // Asked for once, however often it is wanted.
    await text.ensure('de');
    expect(asked).toEqual(['de']);
    await text.ensure('en');
    expect(text.translator('en')!('stateHints', '2')).toBe('2 hints');
    expect(asked).toEqual(['de', 'en']);
  });

  it('refuses what is not a catalog and asks again next time', async () => {
    let answer: unknown = { nothing: 'here' };
    const text = createUiText(async () => answer);
    await expect(text.ensure('en')).rejects.toThrow('No en UI texts');
    answer = localeCatalog('en');
    expect(text.translator('en')).toBeUndefined();
    // The failed request was forgotten: asking again reaches the background.
    await text.ensure('en');
    expect(text.translator('en')!('stateHints', '1')).toBe('1 hints');
  });
});

// UI strings: both locales complete, placeholders filled like browser.i18n, language choice,
// and catalogs that arrive in a message checked before use.
import { describe, expect, it } from 'vitest';
import { parseCatalog, resolveUiLang, translator } from '../../../utils/i18n';
import { createTranslator, localeCatalog } from '../../support/i18n';

describe('locales', () => {
  it('German and English have the same messages', () => {
    const keys = (lang: 'de' | 'en') => Object.keys(localeCatalog(lang)).sort();
    expect(keys('de')).toEqual(keys('en'));
    expect(keys('en').length).toBeGreaterThan(300);
  });

  it('fills placeholders', () => {
    expect(createTranslator('en')('stateHints', '3')).toBe('3 hints');
    expect(createTranslator('de')('stateHints', '3')).toBe('3 Hinweise');
    expect(createTranslator('de')('applySuggestion', 'Guten Tag')).toBe(
      'Ersetzen durch „Guten Tag“',
    );
  });
});

describe('resolveUiLang', () => {
  it('follows the browser unless the user chose a language', () => {
    expect(resolveUiLang('auto', 'de-AT')).toBe('de');
    expect(resolveUiLang('auto', 'en-US')).toBe('en');
    expect(resolveUiLang('auto', 'fr')).toBe('en');
    expect(resolveUiLang('de', 'en-US')).toBe('de');
    expect(resolveUiLang('en', 'de')).toBe('en');
  });
});

describe('translator', () => {
  it('shows an unknown key instead of failing, also for names objects inherit', () => {
    const t = createTranslator('de') as (key: string) => string;
    expect(t('noSuchMessage')).toBe('noSuchMessage');
    expect(t('constructor')).toBe('constructor');
    expect(t('toString')).toBe('toString');
  });
});

describe('parseCatalog', () => {
  it('keeps well-formed entries only', () => {
    const catalog = parseCatalog({
      collapse: { message: 'Einklappen' },
      stateHints: { message: '$COUNT$ Hinweise', placeholders: { count: { content: '$1' } } },
      broken: { text: 'no message' },
      alsoBroken: { message: 'x', placeholders: { count: { content: 3 } } },
    });
    expect(Object.keys(catalog!)).toEqual(['collapse', 'stateHints']);
    expect(translator(catalog!)('stateHints', '2')).toBe('2 Hinweise');
  });

  it.each([null, 'text', [], {}, { collapse: 'Einklappen' }])('refuses %j', (value) => {
    expect(parseCatalog(value)).toBeUndefined();
  });
});

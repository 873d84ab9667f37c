// UI strings: both locales complete, placeholders filled like browser.i18n, language choice.
import { describe, expect, it } from 'vitest';
import { createTranslator, localeKeys, resolveUiLang } from '../../../utils/i18n';

describe('locales', () => {
  it('German and English have the same messages', () => {
    expect(localeKeys('de')).toEqual(localeKeys('en'));
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

describe('createTranslator', () => {
  it('shows an unknown key instead of failing', () => {
    const t = createTranslator('de') as (key: string) => string;
    expect(t('noSuchMessage')).toBe('noSuchMessage');
  });
});

// @vitest-environment happy-dom
// The options page: language choice and switching a site back on.
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { Options } from '../../../components/Options';
import { createTranslator } from '../../../utils/i18n';
import { DEFAULT_SETTINGS } from '../../../utils/settings';

describe('<Options>', () => {
  it('lists the sites where Klartext is off and switches one back on', () => {
    const onEnableSite = vi.fn();
    const onUiLanguage = vi.fn();
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    render(
      <Options
        t={createTranslator('en')}
        settings={{ ...DEFAULT_SETTINGS, disabledHosts: ['a.example', 'b.example'] }}
        onUiLanguage={onUiLanguage}
        onEnableSite={onEnableSite}
      />,
      root,
    );
    const button = root.querySelector<HTMLButtonElement>(
      '[data-klartext-disabled-host="b.example"] button',
    )!;
    expect(button.getAttribute('aria-label')).toBe('Switch Klartext on again on b.example');
    button.click();
    expect(onEnableSite).toHaveBeenCalledWith('b.example');

    const german = root.querySelector<HTMLInputElement>('input[value="de"]')!;
    german.click();
    expect(onUiLanguage).toHaveBeenCalledWith('de');
  });
});

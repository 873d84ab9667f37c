// @vitest-environment happy-dom
// The options page: language choice, switching a site back on, checking internal notes.
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { Options } from '../../../components/Options';
import { createTranslator } from '../../support/i18n';
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
        onCheckInternalNotes={() => undefined}
        onAgentName={() => undefined}
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

  it('switches checking of internal notes on and off with a labelled checkbox', () => {
    const onCheckInternalNotes = vi.fn();
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    const show = (checkInternalNotes: boolean) =>
      render(
        <Options
          t={createTranslator('de')}
          settings={{ ...DEFAULT_SETTINGS, checkInternalNotes }}
          onUiLanguage={() => undefined}
          onEnableSite={() => undefined}
          onCheckInternalNotes={onCheckInternalNotes}
          onAgentName={() => undefined}
        />,
        root,
      );
    show(false);
    const box = root.querySelector<HTMLInputElement>('input[name="checkInternalNotes"]')!;
    expect(box.checked).toBe(false);
    expect(box.closest('label')?.textContent).toBe('Auch interne Notizen prüfen');
    box.click();
    expect(onCheckInternalNotes).toHaveBeenLastCalledWith(true);

    show(true);
    expect(box.checked).toBe(true);
    box.click();
    expect(onCheckInternalNotes).toHaveBeenLastCalledWith(false);
  });

  it("takes the agent's name for sign-offs in a labelled field, in German and English", () => {
    const onAgentName = vi.fn();
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    for (const [lang, label] of [
      ['en', 'Name for sign-offs'],
      ['de', 'Name für die Grußformel'],
    ] as const) {
      render(
        <Options
          t={createTranslator(lang)}
          settings={{ ...DEFAULT_SETTINGS, agentName: 'Sam Taylor' }}
          onUiLanguage={() => undefined}
          onEnableSite={() => undefined}
          onCheckInternalNotes={() => undefined}
          onAgentName={onAgentName}
        />,
        root,
      );
      const field = root.querySelector<HTMLInputElement>('input[name="agentName"]')!;
      expect(field.closest('label')?.textContent).toBe(label);
      expect(field.value).toBe('Sam Taylor');
    }
    const field = root.querySelector<HTMLInputElement>('input[name="agentName"]')!;
    field.value = 'Lena Vogt';
    field.dispatchEvent(new Event('change', { bubbles: true }));
    expect(onAgentName).toHaveBeenLastCalledWith('Lena Vogt');
  });
});

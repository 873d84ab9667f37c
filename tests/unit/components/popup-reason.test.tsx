// @vitest-environment happy-dom
// The popup's reasons as the agent reads them, in English and German, each with the control
// that changes it: undo for a switch just turned off here, one click to check a new site.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupReason, type PopupReasonProps } from '../../../components/PopupReason';
import { createTranslator } from '../../support/i18n';
import { mount } from '../../support/mount';

afterEach(() => render(null, document.body));

function show(lang: 'en' | 'de', props: Partial<PopupReasonProps>) {
  const on = { onAllowAccess: vi.fn(), onCheckSite: vi.fn(), onUndo: vi.fn() };
  const root = mount(
    <PopupReason
      t={createTranslator(lang)}
      reason={{ kind: 'checking' }}
      undo={undefined}
      asking={false}
      denied={false}
      {...on}
      {...props}
    />,
  );
  return {
    root,
    on,
    button: (action: string) =>
      root.querySelector<HTMLButtonElement>(`[data-klartext-action="${action}"]`),
  };
}

describe('<PopupReason>', () => {
  it('says nothing while Klartext checks', () => {
    expect(show('en', {}).root.textContent).toBe('');
  });

  it('explains each reason and how to change it, in both languages', () => {
    const cases = [
      [
        { kind: 'off-site', host: 'desk.example' },
        'Klartext is off on desk.example. Switch “On this site” back on',
        'Klartext ist auf desk.example ausgeschaltet.',
      ],
      [
        { kind: 'off-tab' },
        'Switch “In this tab” back on',
        'Schalten Sie „In diesem Tab“ wieder ein',
      ],
      [
        { kind: 'no-reply-box' },
        'this page has no reply box. Open a ticket and start a reply',
        'diese Seite hat kein Antwortfeld',
      ],
      [{ kind: 'reload' }, 'Reload the page to start it.', 'Laden Sie die Seite neu'],
      [
        { kind: 'not-here' },
        'Klartext does not run on this page.',
        'Klartext läuft auf dieser Seite nicht.',
      ],
      [
        { kind: 'new-site', site: { scheme: 'https', host: 'desk.example' } },
        'Klartext does not check replies on desk.example yet.',
        'Klartext prüft auf desk.example noch keine Antworten.',
      ],
    ] as const;
    for (const [reason, en, de] of cases) {
      expect(show('en', { reason }).root.textContent).toContain(en);
      expect(show('de', { reason }).root.textContent).toContain(de);
    }
  });

  it('offers to undo only the switch just turned off here', () => {
    const offSite = { kind: 'off-site', host: 'desk.example' } as const;
    expect(show('en', { reason: offSite }).button('undo')).toBeNull();
    expect(show('en', { reason: offSite, undo: 'tab' }).button('undo')).toBeNull();
    const { button, on } = show('de', { reason: offSite, undo: 'site' });
    expect(button('undo')!.textContent).toBe('Rückgängig');
    act(() => button('undo')!.click());
    expect(on.onUndo).toHaveBeenCalledExactlyOnceWith('site');
    const everywhere = show('en', { reason: { kind: 'off-everywhere' }, undo: 'everywhere' });
    act(() => everywhere.button('undo')!.click());
    expect(everywhere.on.onUndo).toHaveBeenCalledWith('everywhere');
  });

  it('checks a new site in one click, waits for the browser and says when it refused', () => {
    const reason = {
      kind: 'new-site',
      site: { scheme: 'http', host: 'tickets.intranet' },
    } as const;
    const { button, on } = show('en', { reason });
    expect(button('check-site')!.textContent).toBe('Check replies on this site');
    act(() => button('check-site')!.click());
    expect(on.onCheckSite).toHaveBeenCalledOnce();
    const asking = show('de', { reason, asking: true });
    expect(asking.button('check-site')!.disabled).toBe(true);
    expect(asking.root.textContent).toContain('Wartet auf die Erlaubnis des Browsers');
    expect(show('en', { reason, denied: true }).root.textContent).toContain(
      'The browser did not allow it.',
    );
  });
});

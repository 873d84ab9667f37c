// @vitest-environment happy-dom
// The controls for turning Klartext off and for self-hosted sites, as a user meets them: the
// header menu opens by keyboard and reports the chosen switch, the popup's three switches
// report their new state, texts in German and English, input errors shown as text.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MarkCard } from '../../../components/MarkCard';
import { OffMenu } from '../../../components/OffMenu';
import { Popup, type PopupState } from '../../../components/Popup';
import { SelfHostedCard } from '../../../components/SelfHostedCard';
import { parseSiteInput, sitePattern } from '../../../utils/self-hosted';
import { createTranslator } from '../../support/i18n';
import { mount } from '../../support/mount';

afterEach(() => render(null, document.body));

describe('<OffMenu>', () => {
  it('opens with the keyboard, moves with arrows and reports the chosen switch', () => {
    const actions = { onDisableTab: vi.fn(), onDisableSite: vi.fn(), onDisableEverywhere: vi.fn() };
    const root = mount(<OffMenu t={createTranslator('de')} host="desk.example" {...actions} />);
    const button = root.querySelector<HTMLButtonElement>('[data-klartext-action="off-menu"]')!;
    expect(button.getAttribute('aria-label')).toBe('Klartext ausschalten');
    act(() => button.click());
    const items = [...root.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];
    expect(items.map((item) => item.textContent)).toEqual([
      'In diesem Tab aus',
      'Auf desk.example aus',
      'Überall aus',
    ]);
    expect(document.activeElement).toBe(items[0]);
    act(() => {
      items[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    });
    expect(document.activeElement).toBe(items[1]);
    act(() => (document.activeElement as HTMLButtonElement).click());
    expect(actions.onDisableSite).toHaveBeenCalledOnce();
    expect(root.querySelector('[role="menu"]')).toBeNull();
  });

  it('closes on Escape and gives focus back to its button', () => {
    const noop = () => undefined;
    const root = mount(
      <OffMenu
        t={createTranslator('en')}
        host="a"
        onDisableTab={noop}
        onDisableSite={noop}
        onDisableEverywhere={noop}
      />,
    );
    const button = root.querySelector<HTMLButtonElement>('[data-klartext-action="off-menu"]')!;
    act(() => button.click());
    act(() => {
      document.activeElement!.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }),
      );
    });
    expect(root.querySelector('[role="menu"]')).toBeNull();
    expect(document.activeElement).toBe(button);
  });
});

describe('<Popup>', () => {
  const state: PopupState = {
    uiLanguage: 'en',
    host: 'desk.example',
    siteEnabled: true,
    tabEnabled: false,
    everywhereEnabled: true,
    failed: false,
    reason: { kind: 'off-tab' },
  };

  it('shows the three switches and reports changes', () => {
    const on = {
      onSite: vi.fn(),
      onTab: vi.fn(),
      onEverywhere: vi.fn(),
      onOpenSettings: vi.fn(),
      onAllowAccess: vi.fn(),
      onCheckSite: vi.fn(),
      onUndo: vi.fn(),
    };
    const root = mount(<Popup t={createTranslator('en')} state={state} {...on} />);
    const toggle = (name: string) =>
      root.querySelector<HTMLInputElement>(`[data-klartext-switch="${name}"]`)!;
    expect(toggle('site').checked).toBe(true);
    expect(toggle('tab').checked).toBe(false);
    expect(toggle('site').closest('label')!.textContent).toBe('On this site (desk.example)');
    act(() => toggle('tab').click());
    expect(on.onTab).toHaveBeenCalledWith(true);
    act(() => toggle('everywhere').click());
    expect(on.onEverywhere).toHaveBeenCalledWith(false);
  });

  it('says when Klartext does not run in the tab and offers only "everywhere"', () => {
    const noop = () => undefined;
    const root = mount(
      <Popup
        t={createTranslator('de')}
        state={{ ...state, host: undefined, reason: { kind: 'not-here' } }}
        onSite={noop}
        onTab={noop}
        onEverywhere={noop}
        onOpenSettings={noop}
        onAllowAccess={noop}
        onCheckSite={noop}
        onUndo={noop}
      />,
    );
    expect(root.textContent).toContain('Klartext läuft auf dieser Seite nicht.');
    expect(root.querySelector<HTMLInputElement>('[data-klartext-switch="site"]')!.disabled).toBe(
      true,
    );
    expect(
      root.querySelector<HTMLInputElement>('[data-klartext-switch="everywhere"]')!.disabled,
    ).toBe(false);
  });
});

describe('<Popup> without site access', () => {
  it('names the sites the browser withholds and asks for them again in one click', () => {
    const onAllowAccess = vi.fn();
    const noop = () => undefined;
    const state: PopupState = {
      uiLanguage: 'en',
      host: undefined,
      siteEnabled: true,
      tabEnabled: true,
      everywhereEnabled: true,
      failed: false,
      reason: { kind: 'no-access', sites: ['*.zendesk.com', 'http://helpdesk.example'] },
    };
    const render = (lang: 'en' | 'de', extra: Partial<PopupState> = {}) =>
      mount(
        <Popup
          t={createTranslator(lang)}
          state={{ ...state, ...extra }}
          onSite={noop}
          onTab={noop}
          onEverywhere={noop}
          onOpenSettings={noop}
          onAllowAccess={onAllowAccess}
          onCheckSite={noop}
          onUndo={noop}
        />,
      );
    const root = render('en');
    expect(root.textContent).toContain(
      'Klartext has no access to *.zendesk.com, http://helpdesk.example, so it cannot check replies there.',
    );
    expect(root.textContent).not.toContain('does not run on this page');
    act(() =>
      root.querySelector<HTMLButtonElement>('[data-klartext-action="allow-access"]')!.click(),
    );
    expect(onAllowAccess).toHaveBeenCalledOnce();
    expect(render('de', { accessDenied: true }).textContent).toContain(
      'Der Browser hat es nicht erlaubt.',
    );
  });
});

describe('<SelfHostedCard>', () => {
  it('lists sites and shows an input error as text', () => {
    const root = mount(
      <SelfHostedCard
        t={createTranslator('de')}
        sites={['desk.example', 'http://intranet']}
        error="siteErrorScheme"
        busy={false}
        accessFor={() => undefined}
        onAdd={async () => true}
        onRemove={() => undefined}
      />,
    );
    expect(root.querySelector('[role="alert"]')!.textContent).toBe(
      'Nur Webadressen, die mit https:// oder http:// beginnen, können hinzugefügt werden.',
    );
    expect(
      [...root.querySelectorAll('[data-klartext-self-hosted-site]')].map((li) =>
        li.getAttribute('data-klartext-self-hosted-site'),
      ),
    ).toEqual(['desk.example', 'http://intranet']);
  });
});

describe('<SelfHostedCard> before adding', () => {
  it('says what the browser will be asked for as the agent types, a bare host with port included', async () => {
    const accessFor = (input: string) => {
      const parsed = parseSiteInput(input, [], []);
      return parsed.ok ? sitePattern(parsed.site) : undefined;
    };
    const root = mount(
      <SelfHostedCard
        t={createTranslator('de')}
        sites={[]}
        error={undefined}
        busy={false}
        accessFor={accessFor}
        onAdd={async () => true}
        onRemove={() => undefined}
      />,
    );
    const input = root.querySelector<HTMLInputElement>('#kt-self-hosted-input')!;
    const type = async (text: string) => {
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 0));
    };
    expect(root.querySelector('[data-klartext-access]')).toBeNull();
    await type('helpdesk.example.com:8081');
    expect(root.querySelector('[data-klartext-access]')!.textContent).toBe(
      'Klartext bittet Ihren Browser nur um Zugriff auf https://helpdesk.example.com/*: die Seiten unter dieser Adresse, sonst nichts.',
    );
    await type('exa mple');
    expect(root.querySelector('[data-klartext-access]')).toBeNull();
  });
});

describe('<MarkCard>', () => {
  it('shows the hint and its fixes; with the caret inside, names Alt+Enter', () => {
    const onApply = vi.fn();
    const finding = {
      key: 'k',
      ruleId: 'impersonal-greeting',
      category: 'tone' as const,
      severity: 'hint' as const,
      message: 'Greet the customer by name.',
      reason: '',
      quote: 'Dear customer',
      suggestions: ['Hello'],
      start: 0,
      end: 13,
      fixStart: 0,
      fixEnd: 13,
      fixText: 'Dear customer',
    };
    const root = mount(
      <MarkCard
        t={createTranslator('en')}
        lang="en"
        finding={finding}
        byCaret
        onApply={onApply}
        onClose={() => undefined}
        onPointerEnter={() => undefined}
        onPointerLeave={() => undefined}
      />,
    );
    expect(root.textContent).toContain('Greet the customer by name.');
    expect(root.textContent).toContain('Alt+Enter applies the first suggestion.');
    act(() => root.querySelector<HTMLButtonElement>('.kt-mark-apply')!.click());
    expect(onApply).toHaveBeenCalledWith(finding, 'Hello');
  });
});

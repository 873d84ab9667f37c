// @vitest-environment happy-dom
// The panel as a user and a test tool see it: contract attributes, texts in both languages,
// real buttons that report what was clicked, and collapsing.
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Sidebar, type SidebarProps } from '../../../components/Sidebar';
import { check } from '../../../rules';
import { toCategoryViews, toFindingViews } from '../../../utils/finding-view';
import { createTranslator } from '../../support/i18n';
import { mount } from '../../support/mount';
import { ruleReason } from '../../support/engine';

const DRAFT = 'Dear customer,\n\nAs already stated, delivery is not our department.';

function show(overrides: Partial<SidebarProps> = {}) {
  const lang = overrides.lang ?? 'en';
  const { findings } = check({ draft: DRAFT, uiLang: lang });
  const props: SidebarProps = {
    t: createTranslator(lang),
    lang,
    host: 'desk.example',
    collapsed: false,
    status: 'checked',
    categories: toCategoryViews(findings),
    findings: toFindingViews(DRAFT, findings, lang, ruleReason),
    onToggleCollapsed: vi.fn(),
    onDisableSite: vi.fn(),
    onSelectFinding: vi.fn(),
    onApplySuggestion: vi.fn(),
    ...overrides,
  };
  const root = mount(<Sidebar {...props} />);
  const $ = (selector: string) => root.querySelector<HTMLElement>(selector);
  const $$ = (selector: string) => [...root.querySelectorAll<HTMLElement>(selector)];
  return { props, root, $, $$ };
}

afterEach(() => render(null, document.body));

describe('<Sidebar>', () => {
  it('opens the quick log and the journal in windows of their own, never a frame in the page', () => {
    const journal = { onQuickLog: vi.fn(), onOpenJournal: vi.fn() };
    const shown = show({ journal });
    expect(shown.$('iframe')).toBeNull();
    shown.$('[data-klartext-action="quick-log"]')!.click();
    expect(journal.onQuickLog).toHaveBeenCalledOnce();
    shown.$('[data-klartext-action="open-journal"]')!.click();
    expect(journal.onOpenJournal).toHaveBeenCalledOnce();
  });

  it('lists the six categories with their state', () => {
    const { $$ } = show();
    const items = $$('[data-klartext-category]');
    expect(items.map((item) => item.dataset.klartextCategory)).toEqual([
      'tone',
      'empathy',
      'ownership',
      'next-steps',
      'clarity',
      'co-production',
    ]);
    const tone = items[0]!;
    expect(tone.dataset.state).toBe('hints');
    expect(tone.textContent).toMatch(/Tone\d? hints?/);
    const clarity = items[4]!;
    expect(clarity.dataset.state).toBe('ok');
    expect(clarity.textContent).toContain('met');
  });

  it('shows each finding with the contract attributes, its message and its reason', () => {
    const { $ } = show();
    const finding = $('[data-klartext-finding][data-rule-id="condescension"]')!;
    expect(finding.dataset.category).toBe('tone');
    expect(finding.textContent).toContain('As already stated');
    expect(finding.textContent).toContain('Why:');
    expect($('[data-klartext-finding][data-rule-id="deflection"]')?.dataset.category).toBe(
      'ownership',
    );
  });

  it('reports which finding to select and which suggestion to apply', () => {
    const { $, props } = show();
    const finding = $('[data-rule-id="condescension"] [data-klartext-action="select-finding"]')!;
    expect(finding.tagName).toBe('BUTTON');
    finding.click();
    expect(props.onSelectFinding).toHaveBeenCalledWith(
      expect.objectContaining({ ruleId: 'condescension' }),
    );

    const apply = $(
      '[data-rule-id="impersonal-greeting"] [data-klartext-action="apply-suggestion"]',
    )!;
    expect(apply.textContent).toBe('Replace with “Hello”');
    apply.click();
    expect(props.onApplySuggestion).toHaveBeenCalledWith(
      expect.objectContaining({ ruleId: 'impersonal-greeting' }),
      'Hello',
    );
  });

  it('collapses to its header, keeping the control to expand it', () => {
    const { $, $$, props } = show({ collapsed: true });
    expect($('[data-klartext-panel]')?.dataset.collapsed).toBe('true');
    expect($$('[data-klartext-finding]')).toHaveLength(0);
    const toggle = $('[data-klartext-action="collapse"]')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    expect(props.onToggleCollapsed).toHaveBeenCalledOnce();
  });

  it('offers to switch off on this site', () => {
    const { $, props } = show();
    const off = $('[data-klartext-action="disable-site"]')!;
    expect(off.getAttribute('title')).toContain('desk.example');
    off.click();
    expect(props.onDisableSite).toHaveBeenCalledOnce();
  });

  it('speaks German', () => {
    const { $, root } = show({ lang: 'de' });
    expect($('[data-klartext-panel]')?.getAttribute('lang')).toBe('de');
    expect(root.textContent).toContain('Checkliste');
    expect(root.textContent).toContain('Warum:');
  });

  it('explains what to do before there is a reply to check', () => {
    const { root, $$ } = show({ status: 'no-reply-box', findings: [], categories: [] });
    expect(root.textContent).toContain('Click into the reply box');
    expect($$('[data-klartext-category]')).toHaveLength(0);
  });

  it('says so when the reply meets every point', () => {
    const { root, $$ } = show({ findings: [], categories: toCategoryViews([]) });
    expect(root.textContent).toContain('Nothing to flag');
    expect($$('[data-state="ok"]')).toHaveLength(6);
  });

  it('says when the check could not start, and why, in either language', () => {
    for (const [lang, summary] of [
      ['en', 'Check unavailable'],
      ['de', 'Prüfung nicht verfügbar'],
    ] as const) {
      const { $, $$ } = show({
        lang,
        status: 'unavailable',
        failure: 'Cannot access contents of the page.',
        findings: [],
        categories: [],
      });
      expect($('[role="status"]')?.textContent).toBe(summary);
      expect($('[data-klartext-failure]')?.getAttribute('role')).toBe('alert');
      expect($('[data-klartext-failure]')?.textContent).toContain(
        'Cannot access contents of the page.',
      );
      expect($$('[data-klartext-category]')).toHaveLength(0);
    }
  });
});

// @vitest-environment happy-dom
// The panel as a user and a test tool see it: contract attributes, texts in both languages,
// real buttons that report what was clicked, and collapsing.
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Sidebar, type SidebarProps } from '../../../components/Sidebar';
import { CATEGORIES, check, type Finding } from '../../../rules';
import {
  FINDINGS_SHOWN,
  toCategoryViews,
  toFindingViews,
} from '../../../utils/sidebar/finding-view';
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

  it('says it waits for the agent to type, not for a reply from someone, in either language', () => {
    for (const [lang, summary] of [
      ['en', 'Waiting for you to type'],
      ['de', 'Wartet auf Ihre Eingabe'],
    ] as const) {
      for (const status of ['no-reply-box', 'empty'] as const) {
        const { $ } = show({ lang, status, findings: [], categories: [] });
        expect($('[role="status"]')?.textContent).toBe(summary);
      }
    }
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

  it('says in plain words when the browser took Klartext’s access to the site back', () => {
    for (const [lang, text] of [
      ['en', 'Klartext has no access to this site any more'],
      ['de', 'Klartext hat keinen Zugriff mehr auf diese Website'],
    ] as const) {
      const { $ } = show({
        lang,
        status: 'unavailable',
        failure: 'no-site-access',
        findings: [],
        categories: [],
      });
      expect($('[data-klartext-failure]')?.textContent).toContain(text);
      expect($('[data-klartext-failure]')?.textContent).not.toContain('no-site-access');
    }
  });

  describe('with thousands of findings (a huge pasted text)', () => {
    const draft = 'word '.repeat(20_000);
    /** 3,000 findings, 500 in each category. */
    const findings: Finding[] = CATEGORIES.flatMap((category, c) =>
      Array.from({ length: 500 }, (_, i) => ({
        ruleId: `rule-${category}`,
        category,
        severity: 'hint' as const,
        start: i * 30 + c * 5,
        end: i * 30 + c * 5 + 4,
        message: `Hint ${i} about ${category}`,
      })),
    );
    const many = (lang: 'en' | 'de') =>
      show({
        lang,
        categories: toCategoryViews(findings),
        findings: toFindingViews(draft, findings, lang),
      });

    it('shows at most FINDINGS_SHOWN cards and says how many more there are, in English', () => {
      const { $, $$ } = many('en');
      const cards = $$('[data-klartext-finding]');
      expect(cards).toHaveLength(FINDINGS_SHOWN);
      // Every category has cards, its first ones.
      for (const category of CATEGORIES) {
        expect(cards.filter((card) => card.dataset.category === category).length).toBeGreaterThan(
          0,
        );
      }
      expect($('[role="status"]')?.textContent).toBe('3,000 hints');
      expect($('[data-klartext-more-findings]')?.textContent).toBe(
        `… and 2,900 more hints. The list shows ${FINDINGS_SHOWN} of the 3,000, the first ones of each category; the checklist above counts them all.`,
      );
    });

    it('says the same in German', () => {
      const { $, $$ } = many('de');
      expect($$('[data-klartext-finding]')).toHaveLength(FINDINGS_SHOWN);
      expect($('[role="status"]')?.textContent).toBe('3.000 Hinweise');
      expect($('[data-klartext-more-findings]')?.textContent).toBe(
        `… und 2.900 weitere Hinweise. Die Liste zeigt ${FINDINGS_SHOWN} der 3.000, die ersten jeder Kategorie; die Checkliste oben zählt alle.`,
      );
    });

    it('keeps the checklist counting every finding', () => {
      const { $$ } = many('en');
      const items = $$('[data-klartext-category]');
      expect(items).toHaveLength(6);
      for (const item of items) {
        expect(item.dataset.state).toBe('hints');
        expect(item.textContent).toContain('500 hints');
      }
    });

    it('counts the findings the caller left out of the list', () => {
      const shown = toFindingViews(draft, findings, 'en').slice(0, 10);
      const { $, $$ } = show({ findings: shown, findingsTotal: 3_000 });
      expect($$('[data-klartext-finding]')).toHaveLength(10);
      expect($('[role="status"]')?.textContent).toBe('3,000 hints');
      expect($('[data-klartext-more-findings]')?.textContent).toContain('2,990 more hints');
    });

    it('has no such line when every finding has its card', () => {
      const { $ } = show();
      expect($('[data-klartext-more-findings]')).toBeNull();
      expect($('[data-klartext-partial-check]')).toBeNull();
    });
  });

  it('says when only part of a very long reply was checked, in either language', () => {
    const en = show({ partial: { limit: 100_000 } });
    expect(en.$('[data-klartext-partial-check]')?.textContent).toBe(
      'This reply is very long (more than 100,000 characters). So that typing stays smooth, Klartext checks only the 100,000 characters around where you last typed; the hints and counts below are about that part.',
    );
    const de = show({ lang: 'de', partial: { limit: 100_000 } });
    expect(de.$('[data-klartext-partial-check]')?.textContent).toBe(
      'Diese Antwort ist sehr lang (mehr als 100.000 Zeichen). Damit das Tippen flüssig bleibt, prüft Klartext nur die 100.000 Zeichen um die Stelle, an der Sie zuletzt getippt haben; die Hinweise und Zahlen unten gelten für diesen Teil.',
    );
  });
});

// @vitest-environment happy-dom
// Checklist rows with hints lead to them: the category's name is a button that moves the focus
// to the category's first finding in the panel; met categories are plain text.
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Sidebar } from '../../../components/Sidebar';
import { check } from '../../../rules';
import { toCategoryViews, toFindingViews } from '../../../utils/sidebar/finding-view';
import { createTranslator } from '../../support/i18n';
import { mount } from '../../support/mount';
import { ruleReason } from '../../support/engine';

const DRAFT = 'Dear customer,\n\nAs already stated, delivery is not our department.';

afterEach(() => render(null, document.body));

function show(lang: 'en' | 'de') {
  const { findings } = check({ draft: DRAFT, uiLang: lang });
  return mount(
    <Sidebar
      t={createTranslator(lang)}
      lang={lang}
      host="desk.example"
      collapsed={false}
      status="checked"
      categories={toCategoryViews(findings)}
      findings={toFindingViews(DRAFT, findings, lang, ruleReason)}
      onToggleCollapsed={vi.fn()}
      onDisableSite={vi.fn()}
      onSelectFinding={vi.fn()}
      onApplySuggestion={vi.fn()}
    />,
  );
}

describe('checklist rows', () => {
  it('lead from a category with hints to its first finding', () => {
    const root = show('en');
    const row = root.querySelector('[data-klartext-category="ownership"]')!;
    const jump = row.querySelector<HTMLButtonElement>('[data-klartext-action="show-category"]')!;
    expect(jump.textContent).toBe('Ownership');
    expect(jump.title).toBe('Show the hints on Ownership');
    jump.click();
    const focused = document.activeElement as HTMLElement;
    expect(focused.dataset.klartextAction).toBe('select-finding');
    expect(focused.closest<HTMLElement>('[data-klartext-finding]')!.dataset.category).toBe(
      'ownership',
    );
  });

  it('say each count once, in words', () => {
    const root = show('en');
    const row = root.querySelector('[data-klartext-category="ownership"]')!;
    expect(row.textContent).toContain('1 hint');
    expect(row.textContent!.match(/\d/g)).toEqual(['1']);
  });

  it('are plain text where the category is met, in German too', () => {
    const root = show('de');
    const met = root.querySelector('[data-klartext-category="clarity"]')!;
    expect(met.getAttribute('data-state')).toBe('ok');
    expect(met.querySelector('[data-klartext-action="show-category"]')).toBeNull();
    const tone = root.querySelector('[data-klartext-category="tone"]')!;
    expect(
      tone.querySelector<HTMLButtonElement>('[data-klartext-action="show-category"]')!.title,
    ).toBe('Hinweise zu „Ton“ zeigen');
  });
});

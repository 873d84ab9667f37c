// @vitest-environment happy-dom
// The journal page opening with only its newest entries: the chart and the list are there, the
// weekly summary says it follows; once every entry is read, it shows.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { JournalApp, type JournalActions } from '../../../../components/journal/JournalApp';
import { addDays, localDay, startOfDay } from '../../../../utils/journal';
import { initialPageState, type JournalPageState } from '../../../../utils/journal/page-model';
import { createTranslator } from '../../../support/i18n';
import { mount } from '../../../support/mount';

const NOW = new Date(2026, 10, 25, 12).getTime();
const entry = (daysAgo: number, note: string) => ({
  id: note,
  createdAt: NOW - daysAgo * 86_400_000,
  updatedAt: NOW - daysAgo * 86_400_000,
  mood: 3,
  stress: 40,
  timePressure: null,
  mentalDemand: null,
  frustration: null,
  tags: ['backlog'],
  note,
});

function show(
  lang: 'de' | 'en',
  entriesSince: number | null,
  entries = [entry(1, 'yesterday'), entry(0, 'today')],
) {
  const state: JournalPageState = {
    ...initialPageState(),
    phase: 'ready',
    entries,
    entriesSince,
  };
  const actions = new Proxy({}, { get: () => () => undefined }) as JournalActions;
  return mount(
    <JournalApp
      t={createTranslator(lang)}
      locale={lang}
      now={NOW}
      state={state}
      actions={actions}
    />,
  );
}

afterEach(() => render(null, document.body));

describe('<JournalApp> opening with the newest entries only', () => {
  it('lists them and says the weekly summary follows, in either language', () => {
    const since = startOfDay(addDays(localDay(NOW), -1));
    for (const [lang, text] of [
      ['en', 'The weekly summary follows'],
      ['de', 'Die Wochenübersicht kommt'],
    ] as const) {
      const root = show(lang, since);
      expect(root.querySelectorAll('.kj-entry')).toHaveLength(2);
      expect(root.querySelector('#kj-sec-week [role="status"]')?.textContent).toContain(text);
      expect(root.querySelector('#kj-sec-week table')).toBeNull();
    }
  });

  it('shows the weekly summary once the entries since last week are read', () => {
    const root = show('en', null);
    expect(root.querySelector('#kj-sec-week table')).not.toBeNull();
    expect(root.querySelector('#kj-sec-week [role="status"]')).toBeNull();
  });
});

describe('<JournalApp> entry list', () => {
  it('shows the newest 25 entries and 25 more per "Show more"', () => {
    const many = Array.from({ length: 60 }, (_, k) => entry(k / 10, `note ${k}`));
    const root = show('en', null, many);
    const notes = () => [...root.querySelectorAll('.kj-entry .kj-note')].map((p) => p.textContent);
    const more = () =>
      [...root.querySelectorAll<HTMLButtonElement>('#kj-sec-entries button')].find(
        (button) => button.textContent === 'Show more',
      );
    expect(notes()).toHaveLength(25);
    expect(notes()[0]).toBe('note 0');
    expect(root.querySelector('#kj-sec-entries .kj-count')?.textContent).toBe('60 of 60 entries');
    act(() => more()!.click());
    expect(notes()).toHaveLength(50);
    act(() => more()!.click());
    expect(notes()).toHaveLength(60);
    expect(notes()[59]).toBe('note 59');
    expect(more()).toBeUndefined();
  });
});

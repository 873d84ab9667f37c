// @vitest-environment happy-dom
// The journal page opening with only its newest entries: the chart and the list are there, the
// weekly summary says it follows; once every entry is read, it shows.
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { JournalApp, type JournalActions } from '../../../components/journal/JournalApp';
import { addDays, localDay, startOfDay } from '../../../utils/journal';
import { initialPageState, type JournalPageState } from '../../../utils/journal/page-model';
import { createTranslator } from '../../support/i18n';

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

function show(lang: 'de' | 'en', entriesSince: number | null) {
  const state: JournalPageState = {
    ...initialPageState(),
    phase: 'ready',
    entries: [entry(1, 'yesterday'), entry(0, 'today')],
    entriesSince,
  };
  const actions = new Proxy({}, { get: () => () => undefined }) as JournalActions;
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  render(
    <JournalApp
      t={createTranslator(lang)}
      locale={lang}
      now={NOW}
      state={state}
      actions={actions}
    />,
    root,
  );
  return root;
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

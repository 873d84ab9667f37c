// @vitest-environment happy-dom
// The quick log and the journal's entry form as an agent meets them: every mood face carries its
// word on screen, in English and German, and stress starts not rated (no invented 50): saving
// without touching the slider stores no stress, moving it rates, and a rating can be taken back.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EntryForm } from '../../../../components/journal/EntryForm';
import { EntryList } from '../../../../components/journal/EntryList';
import { QuickLog, type QuickLogProps } from '../../../../components/journal/QuickLog';
import type { EntryInput, JournalEntry } from '../../../../utils/journal';
import type { QuickLogState } from '../../../../utils/journal/quicklog-model';
import { createTranslator } from '../../../support/i18n';
import { mount } from '../../../support/mount';

afterEach(() => render(null, document.body));

const IDLE: QuickLogState = { mood: null, stress: null, note: '', status: 'idle', error: null };

function quickLog(lang: 'en' | 'de', state: Partial<QuickLogState> = {}) {
  const props: QuickLogProps = {
    t: createTranslator(lang),
    lang,
    state: { ...IDLE, ...state },
    journalUrl: 'chrome-extension://id/journal.html',
    onMood: vi.fn(),
    onStress: vi.fn(),
    onNote: vi.fn(),
    onSave: vi.fn(),
    onOpenJournal: vi.fn(),
  };
  const root = mount(<QuickLog {...props} />);
  return { root, props, slider: root.querySelector<HTMLInputElement>('input[type="range"]')! };
}

/** What a sighted agent reads beside each mood radio: the label's visible words. */
function moodWords(root: HTMLElement): string[] {
  return [...root.querySelectorAll('label:has(input[type="radio"])')].map((label) =>
    [...label.querySelectorAll('span')]
      .filter((span) => !/sr-only/.test(span.className))
      .map((span) => span.textContent)
      .join(''),
  );
}

function moveSlider(slider: HTMLInputElement, value: number) {
  act(() => {
    slider.value = String(value);
    slider.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('mood faces', () => {
  it('carry their word on screen in the quick log, in English and in German', () => {
    expect(moodWords(quickLog('en').root)).toEqual([
      'very bad',
      'bad',
      'okay',
      'good',
      'very good',
    ]);
    expect(moodWords(quickLog('de').root)).toEqual([
      'sehr schlecht',
      'schlecht',
      'geht so',
      'gut',
      'sehr gut',
    ]);
  });
});

describe('stress in the quick log', () => {
  it('starts not rated, in either language, with nothing to take back', () => {
    for (const [lang, words] of [
      ['en', 'not rated'],
      ['de', 'nicht angegeben'],
    ] as const) {
      const { root, slider } = quickLog(lang);
      expect(root.querySelector('output')?.textContent).toBe(words);
      expect(slider.getAttribute('aria-valuetext')).toBe(words);
      expect(root.querySelector('.kj-slider-clear')).toBeNull();
    }
  });

  it('rates when the slider moves, or when the waiting thumb is clicked', () => {
    const { props, slider } = quickLog('en');
    moveSlider(slider, 70);
    expect(props.onStress).toHaveBeenLastCalledWith(70);
    act(() => slider.click());
    expect(props.onStress).toHaveBeenLastCalledWith(70);
  });

  it('shows a rating with a button that takes it back', () => {
    const { root, props, slider } = quickLog('de', { stress: 60 });
    expect(root.querySelector('output')?.textContent).toBe('60');
    expect(slider.hasAttribute('aria-valuetext')).toBe(false);
    const clear = root.querySelector<HTMLButtonElement>('.kj-slider-clear')!;
    expect(clear.textContent).toBe('Entfernen');
    expect(clear.getAttribute('aria-label')).toBe('Stressangabe entfernen');
    act(() => clear.click());
    expect(props.onStress).toHaveBeenLastCalledWith(null);
  });
});

describe('stress in the journal form', () => {
  function form(entry?: JournalEntry) {
    const onSave = vi.fn(async (_input: EntryInput) => true);
    const root = mount(
      <EntryForm
        t={createTranslator('en')}
        entry={entry}
        knownTags={[]}
        busy={false}
        now={Date.UTC(2026, 11, 7, 12)}
        onSave={onSave}
      />,
    );
    const save = async () => {
      await act(async () => {
        root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      });
      return onSave.mock.calls.at(-1)![0];
    };
    const stressSlider = root.querySelector<HTMLInputElement>('input[id$="-stress"]')!;
    const pickMood = () =>
      act(() => root.querySelector<HTMLInputElement>('input[type="radio"][value="4"]')!.click());
    return { root, save, stressSlider, pickMood };
  }

  it('saves no stress when the slider was left alone, and the rating when it was moved', async () => {
    const { save, stressSlider, pickMood, root } = form();
    expect(moodWords(root)).toEqual(['very bad', 'bad', 'okay', 'good', 'very good']);
    pickMood();
    expect((await save()).stress).toBeNull();
    pickMood();
    moveSlider(stressSlider, 35);
    expect((await save()).stress).toBe(35);
  });

  const stored: JournalEntry = {
    id: 'e1',
    createdAt: Date.UTC(2026, 11, 7, 9),
    updatedAt: Date.UTC(2026, 11, 7, 9),
    mood: 2,
    stress: null,
    timePressure: null,
    mentalDemand: null,
    frustration: null,
    tags: [],
    note: 'Quick log from the ticket',
  };

  it('keeps an entry without stress unrated when it is edited, and an old one’s 50 as it was', async () => {
    expect((await form(stored).save()).stress).toBeNull();
    expect((await form({ ...stored, stress: 50 }).save()).stress).toBe(50);
  });

  it('lists an entry without stress with no stress figure, and one with stress with it', () => {
    const root = mount(
      <EntryList
        t={createTranslator('en')}
        locale="en"
        entries={[stored, { ...stored, id: 'e2', stress: 50, note: 'Rated' }]}
        tags={[]}
        busy={false}
        now={Date.UTC(2026, 11, 7, 12)}
        onUpdate={async () => true}
        onDelete={vi.fn()}
      />,
    );
    const badges = [...root.querySelectorAll('article')].map((article) =>
      [...article.querySelectorAll('.kj-badge')].map((badge) => badge.textContent),
    );
    expect(badges.sort((a, b) => a.length - b.length)).toEqual([
      ['Mood: bad'],
      ['Mood: bad', 'Stress: 50'],
    ]);
  });
});

// @vitest-environment happy-dom
// Another context writes (the background's quick log, another tab) and the journal page reads
// again: the error the agent has not read yet and the entry they are editing stay on screen.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { JournalApp } from '../../../../components/journal/JournalApp';
import { Journal } from '../../../../utils/journal';
import {
  createJournalPageModel,
  type JournalPageModel,
} from '../../../../utils/journal/page-model';
import { useStore } from '../../../../utils/use-store';
import { sampleInput, uniqueName } from '../../../support/journal';
import { createTranslator } from '../../../support/i18n';
import { mount } from '../../../support/mount';

const NOW = Date.now();
const MINUTE = 60_000;

function Page({ model, lang }: { model: JournalPageModel; lang: 'de' | 'en' }) {
  const state = useStore(model.store);
  return (
    <JournalApp t={createTranslator(lang)} locale={lang} now={NOW} state={state} actions={model} />
  );
}

/** This page, with `entries` entries, and another context on the same journal. */
async function openPage(entries: number, lang: 'de' | 'en' = 'en') {
  const name = uniqueName();
  const journal = await Journal.open({ name });
  const other = await Journal.open({ name });
  for (let k = 0; k < entries; k++) {
    await journal.add(sampleInput({ createdAt: NOW - (k + 1) * MINUTE, note: `entry ${k}` }));
  }
  const model = createJournalPageModel({
    journal,
    download: () => undefined,
    requestPersistence: async () => 'granted',
    now: () => NOW,
  });
  await model.load();
  const root = mount(<Page model={model} lang={lang} />);
  const otherWrites = async (note: string) => {
    await other.add(sampleInput({ note }));
    // What the page does when it hears "changed" on the journal's channel.
    await act(() => model.refresh());
  };
  const close = () => [journal, other].forEach((j) => j.close());
  return { root, model, otherWrites, close };
}

const alertText = (root: HTMLElement) => root.querySelector('[role="alert"]')!.textContent;

afterEach(() => render(null, document.body));

describe('journal page, when another context writes', () => {
  it('keeps an error on screen until the agent dismisses it', async () => {
    const { root, model, otherWrites, close } = await openPage(1, 'de');
    await act(async () => {
      await model.previewImport({ size: 50 * 1024 * 1024, text: async () => '{}' });
    });
    expect(alertText(root)).toContain('50.0 MB');
    await otherWrites('quick log');
    expect(root.querySelector('.kj-entry .kj-note')?.textContent).toBe('quick log');
    expect(alertText(root)).toContain('50.0 MB');
    const dismiss = root.querySelector<HTMLButtonElement>(
      'button[aria-label="Diese Fehlermeldung schließen"]',
    )!;
    act(() => dismiss.click());
    expect(alertText(root)).toBe('');
    close();
  });

  it('after another tab upgraded the journal, keeps saying to reload, with nothing to dismiss', async () => {
    const { root, model, otherWrites, close } = await openPage(1);
    act(() => model.closedForUpgrade());
    await otherWrites('quick log');
    expect(alertText(root)).toContain('Reload');
    expect(root.querySelector('[role="alert"] button')).toBeNull();
    expect(root.querySelector('.kj-entry')).toBeNull();
    close();
  });

  it('keeps the entry being edited, with what the agent typed, when new ones push it down', async () => {
    const { root, otherWrites, close } = await openPage(25);
    const last = root.querySelectorAll<HTMLElement>('.kj-entry')[24]!;
    expect(last.querySelector('.kj-note')?.textContent).toBe('entry 24');
    act(() => [...last.querySelectorAll('button')].find((b) => b.textContent === 'Edit')!.click());
    const note = () => root.querySelector<HTMLTextAreaElement>('.kj-entry form textarea');
    act(() => {
      note()!.value = 'half written';
      note()!.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await otherWrites('quick log');
    expect(root.querySelector('.kj-entry .kj-note')?.textContent).toBe('quick log');
    expect(note()?.value).toBe('half written');
    close();
  });
});

// @vitest-environment happy-dom
// The journal's error line: a headline per error in the UI language, then the detail (which
// field, which line), in the UI language too when Klartext found the problem itself.
import { act } from 'preact/test-utils';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import { Messages } from '../../../../components/journal/Messages';
import type { PageError } from '../../../../utils/journal/page-model';
import { openJournal } from '../../../support/journal';
import { toJournalError } from '../../../../utils/journal/errors';
import { createTranslator } from '../../../support/i18n';
import { mount } from '../../../support/mount';

async function refusedEntry() {
  const journal = await openJournal();
  const error = await journal.add({ mood: 6, stress: 50 }).then(
    () => undefined,
    (e: unknown) => toJournalError(e),
  );
  journal.close();
  return error!;
}

function shown(lang: 'de' | 'en', error: Awaited<ReturnType<typeof refusedEntry>>) {
  const root = mount(
    <Messages
      t={createTranslator(lang)}
      lang={lang}
      error={{ code: error.code, message: error.message, details: error.details }}
      notice={null}
    />,
  );
  return root.querySelector('[role="alert"]')!.textContent!;
}

describe('<Messages> (journal)', () => {
  it('shows a refused entry in German in a German UI, in English in an English one', async () => {
    const error = await refusedEntry();
    expect(shown('de', error)).toContain('Das lässt sich nicht speichern:');
    expect(shown('de', error)).toContain(
      'Dieser Eintrag kann nicht gespeichert werden: entry.mood: erwartet wird eine ganze Zahl von 1 bis 5, erhalten: 6',
    );
    expect(shown('de', error)).not.toContain('expected');
    expect(shown('en', error)).toContain(
      'This entry cannot be saved: entry.mood: expected a whole number from 1 to 5, got 6',
    );
  });

  it("shows the browser's own words where the browser reported the problem", () => {
    const error = toJournalError(
      new DOMException('The database connection is closing.', 'InvalidStateError'),
    );
    expect(error.details).toBeUndefined();
    expect(shown('de', error)).toContain('The database connection is closing.');
  });
});

/** The messages with an error the agent can dismiss, as the page keeps it. */
function Dismissable({ lang, error }: { lang: 'de' | 'en'; error: PageError }) {
  const [shown, setShown] = useState<PageError | null>(error);
  return (
    <Messages
      t={createTranslator(lang)}
      lang={lang}
      error={shown}
      notice={{ kind: 'saved' }}
      onDismissError={() => setShown(null)}
    />
  );
}

describe('<Messages> dismissing an error', () => {
  const full: PageError = { code: 'storage-full', message: 'QuotaExceededError' };

  for (const [lang, visible, name] of [
    ['en', 'Dismiss', 'Dismiss this error message'],
    ['de', 'Schließen', 'Diese Fehlermeldung schließen'],
  ] as const) {
    it(`offers a button named "${name}" that removes the error, in ${lang}`, () => {
      const root = mount(<Dismissable lang={lang} error={full} />);
      const button = root.querySelector<HTMLButtonElement>('[role="alert"] button')!;
      expect(button.textContent).toBe(visible);
      expect(button.getAttribute('aria-label')).toBe(name);
      // The visible word is part of the name, so speech input finds the button by what it shows.
      expect(name.toLowerCase()).toContain(visible.toLowerCase());
      button.focus();
      act(() => button.click());
      expect(root.querySelector('[role="alert"]')!.textContent).toBe('');
      expect(root.querySelector('[role="status"]')!.textContent).not.toBe('');
      // Keyboard focus does not fall back to the top of the page with the button.
      expect(document.activeElement).toBe(root.querySelector('[role="alert"]'));
    });
  }

  it('offers no dismiss button when nothing would take the error’s place', () => {
    const root = mount(
      <Messages t={createTranslator('en')} lang="en" error={full} notice={null} />,
    );
    expect(root.querySelector('[role="alert"]')!.textContent).toContain('storage');
    expect(root.querySelector('button')).toBeNull();
  });
});

// @vitest-environment happy-dom
// The entry form offers its tag suggestions in the UI's language, beside the tags used before,
// and leaves out those already typed.
import { describe, expect, it } from 'vitest';
import { EntryForm } from '../../../../components/journal/EntryForm';
import { createTranslator } from '../../../support/i18n';
import { mount } from '../../../support/mount';

function suggestions(lang: 'de' | 'en', knownTags: string[] = []): string[] {
  const root = mount(
    <EntryForm
      t={createTranslator(lang)}
      knownTags={knownTags}
      busy={false}
      now={Date.UTC(2026, 11, 7, 12)}
      onSave={async () => true}
    />,
  );
  return [...root.querySelectorAll('.kj-suggestions button')]
    .map((button) => button.textContent?.trim() ?? '')
    .map((text) => text.replace(/^\+\s*/, ''));
}

describe('tag suggestions', () => {
  it('are offered in German when the UI is German', () => {
    const offered = suggestions('de').join(' ');
    expect(offered).toContain('Eskalation');
    expect(offered).toContain('gutes Gespräch');
    expect(offered).not.toContain('escalation');
  });

  it('are offered in English when the UI is English, with the tags used before', () => {
    const offered = suggestions('en', ['night shift']).join(' ');
    expect(offered).toContain('escalation');
    expect(offered).toContain('night shift');
  });
});

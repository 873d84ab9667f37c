// The options page's choice whether internal notes are checked too (public replies always are).
import type { Translate } from '@/utils/i18n';

export interface NotesOptionProps {
  t: Translate;
  checked: boolean;
  onChange(check: boolean): void;
}

export function NotesOption({ t, checked, onChange }: NotesOptionProps) {
  return (
    <section class="kt-card">
      <h2>{t('optionsNotes')}</h2>
      <label class="kt-radio">
        <input
          type="checkbox"
          name="checkInternalNotes"
          checked={checked}
          onChange={(event) => onChange(event.currentTarget.checked)}
        />
        {t('optionsNotesCheck')}
      </label>
      <p class="kt-muted">{t('optionsNotesText')}</p>
    </section>
  );
}

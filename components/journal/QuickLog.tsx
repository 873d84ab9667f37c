// The quick log shown in a frame beside the reply box: mood, stress, save.
import type { Translate } from '@/utils/i18n';
import type { QuickLogState } from '@/utils/journal/quicklog-model';
import { LIMITS } from '@/utils/journal/types';
import { MoodPicker, StressSlider } from './controls';
import { detailText, ERROR_KEYS, WITH_DETAIL } from './Messages';

export interface QuickLogProps {
  t: Translate;
  /** The UI language ('de' or 'en'), for an error's detail line. */
  lang: string;
  state: QuickLogState;
  journalUrl: string;
  onMood(mood: number): void;
  /** Null: the rating taken back. */
  onStress(stress: number | null): void;
  onNote(note: string): void;
  onSave(): void;
  /** Opens the full journal in a tab (the frame cannot navigate its host page). */
  onOpenJournal(): void;
}

export function QuickLog(props: QuickLogProps) {
  const { t, lang, state, journalUrl, onMood, onStress, onNote, onSave, onOpenJournal } = props;
  return (
    <form
      class="kj-quick"
      aria-label={t('journalQuickTitle')}
      onSubmit={(event) => {
        event.preventDefault();
        onSave();
      }}
    >
      <MoodPicker t={t} name="kj-quick-mood" value={state.mood} onChange={onMood} compact />
      <StressSlider t={t} id="kj-quick-stress" value={state.stress} onChange={onStress} />
      <label class="kj-quick-note">
        <span>{t('journalQuickNote')}</span>
        <textarea
          rows={2}
          maxLength={LIMITS.noteLength}
          // No browser spell checking: it may fetch dictionaries or send text to a server.
          spellcheck={false}
          value={state.note}
          onInput={(event) => onNote(event.currentTarget.value)}
        />
      </label>
      <div class="kj-actions">
        <button
          type="submit"
          class="kj-primary"
          disabled={state.mood === null || state.status === 'saving'}
        >
          {t('journalSave')}
        </button>
        <a
          href={journalUrl}
          target="_blank"
          rel="noopener"
          onClick={(event) => {
            event.preventDefault();
            onOpenJournal();
          }}
        >
          {t('journalOpen')}
        </a>
      </div>
      <p role="status" class="kj-quick-status">
        {state.status === 'saved' ? t('journalQuickSaved') : ''}
      </p>
      <p role="alert" class="kj-quick-status">
        {state.error?.code === 'locked'
          ? t('journalQuickLockedNote')
          : state.error
            ? [
                t('journalQuickFailed'),
                t(ERROR_KEYS[state.error.code]),
                WITH_DETAIL.has(state.error.code) ? detailText(state.error, lang) : '',
              ]
                .filter(Boolean)
                .join(' ')
            : ''}
      </p>
    </form>
  );
}

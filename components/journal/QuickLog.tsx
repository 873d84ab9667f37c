// The quick log shown in a frame beside the reply box: mood, stress, save.
import type { Translate } from '@/utils/i18n';
import type { QuickLogState } from '@/utils/journal/quicklog-model';
import { MoodPicker, ScaleSlider } from './controls';

export interface QuickLogProps {
  t: Translate;
  state: QuickLogState;
  journalUrl: string;
  onMood(mood: number): void;
  onStress(stress: number): void;
  onSave(): void;
}

export function QuickLog({ t, state, journalUrl, onMood, onStress, onSave }: QuickLogProps) {
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
      <ScaleSlider
        id="kj-quick-stress"
        label={t('journalStress')}
        value={state.stress}
        onChange={onStress}
      />
      <div class="kj-actions">
        <button
          type="submit"
          class="kj-primary"
          disabled={state.mood === null || state.status === 'saving'}
        >
          {t('journalSave')}
        </button>
        <a href={journalUrl} target="_blank" rel="noopener">
          {t('journalOpen')}
        </a>
      </div>
      <p role="status" class="kj-quick-status">
        {state.status === 'saved' ? t('journalQuickSaved') : ''}
      </p>
      <p role="alert" class="kj-quick-status">
        {state.error
          ? state.error.code === 'storage-full'
            ? t('journalErrorStorageFull')
            : `${t('journalQuickFailed')} ${state.error.message}`
          : ''}
      </p>
    </form>
  );
}

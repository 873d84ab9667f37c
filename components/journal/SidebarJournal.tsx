// The sidebar's journal corner: one button opens the quick log, one the full journal. Both are
// extension pages in windows or tabs of their own: what the agent picks and types about
// themselves never sits inside the ticketing page, which could frame, cover, navigate or
// script anything there (entrypoints/background/journal.ts opens the quick log window).
import type { Translate } from '@/utils/i18n';

export interface SidebarJournalProps {
  t: Translate;
  onQuickLog(): void;
  onOpenJournal(): void;
}

/**
 * The focus goes from the button to the corner itself: the page can read which element of an
 * open shadow root has the focus, and "Quick log" would tell it that the agent is journaling.
 */
function leaveButton(event: Event): void {
  ((event.currentTarget as HTMLElement).closest('section') as HTMLElement | null)?.focus();
}

export function SidebarJournal({ t, onQuickLog, onOpenJournal }: SidebarJournalProps) {
  return (
    <section class="kt-journal" data-klartext-journal="" tabIndex={-1}>
      <div class="kt-journal-bar">
        <button
          type="button"
          class="kt-text-button"
          data-klartext-action="quick-log"
          title={t('journalSidebarQuickLogTitle')}
          onClick={(event) => {
            leaveButton(event);
            onQuickLog();
          }}
        >
          {t('journalSidebarQuickLog')}
        </button>
        <button
          type="button"
          class="kt-text-button"
          data-klartext-action="open-journal"
          onClick={(event) => {
            leaveButton(event);
            onOpenJournal();
          }}
        >
          {t('journalOpen')}
        </button>
      </div>
    </section>
  );
}

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

export function SidebarJournal({ t, onQuickLog, onOpenJournal }: SidebarJournalProps) {
  return (
    <section class="kt-journal" data-klartext-journal="">
      <div class="kt-journal-bar">
        <button
          type="button"
          class="kt-text-button"
          data-klartext-action="quick-log"
          title={t('journalSidebarQuickLogTitle')}
          onClick={onQuickLog}
        >
          {t('journalSidebarQuickLog')}
        </button>
        <button
          type="button"
          class="kt-text-button"
          data-klartext-action="open-journal"
          onClick={onOpenJournal}
        >
          {t('journalOpen')}
        </button>
      </div>
    </section>
  );
}

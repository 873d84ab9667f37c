// The sidebar's journal corner: a button that shows the quick log and one that opens the full
// journal. The quick log itself is an extension page in a frame (quickLogUrl is a
// chrome-extension:// or moz-extension:// address): what the agent picks and types there lives
// in the extension's origin, where the ticketing page's scripts cannot read it or hear its keys.
import type { Translate } from '@/utils/i18n';

export interface SidebarJournalProps {
  t: Translate;
  /**
   * The quick log page (from browser.runtime.getURL). Absent where the browser does not let
   * this site frame it (a self-hosted helpdesk: the page is web-accessible only on the
   * built-in sites); the corner then only opens the full journal.
   */
  quickLogUrl?: string;
  open: boolean;
  onToggle(): void;
  onOpenJournal(): void;
}

export function SidebarJournal({
  t,
  quickLogUrl,
  open,
  onToggle,
  onOpenJournal,
}: SidebarJournalProps) {
  return (
    <section class="kt-journal" data-klartext-journal="">
      <div class="kt-journal-bar">
        {quickLogUrl !== undefined && (
          <button
            type="button"
            class="kt-text-button kt-journal-toggle"
            data-klartext-action="toggle-journal"
            aria-expanded={open}
            aria-controls="kt-journal-frame"
            title={t('journalSidebarToggleTitle')}
            onClick={onToggle}
          >
            {t('journalSidebarToggle')}
          </button>
        )}
        <button
          type="button"
          class="kt-text-button"
          data-klartext-action="open-journal"
          onClick={onOpenJournal}
        >
          {t('journalOpen')}
        </button>
      </div>
      {open && quickLogUrl !== undefined && (
        <>
          <iframe
            id="kt-journal-frame"
            class="kt-journal-frame"
            src={quickLogUrl}
            title={t('journalSidebarFrameTitle')}
          />
          <p class="kt-journal-note">{t('journalSidebarPrivate')}</p>
        </>
      )}
    </section>
  );
}

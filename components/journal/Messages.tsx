// The page's error and notice lines. Errors say what happened in the UI language; for
// validation and import problems the precise detail (which field, which line) follows. An
// error stays until the agent dismisses it: the page reloading around it does not take it away.
import { useRef } from 'preact/hooks';
import type { MessageKey, Translate } from '@/utils/i18n';
import type { Notice, PageError } from '@/utils/journal/page-model';

export const ERROR_KEYS: Record<PageError['code'], MessageKey> = {
  'storage-full': 'journalErrorStorageFull',
  storage: 'journalErrorStorage',
  'invalid-entry': 'journalErrorInvalid',
  'not-found': 'journalErrorNotFound',
  conflict: 'journalErrorConflict',
  locked: 'journalErrorLocked',
  'wrong-passphrase': 'journalErrorWrongPassphrase',
  'weak-passphrase': 'journalErrorWeakPassphrase',
  import: 'journalErrorImport',
  blocked: 'journalErrorBlocked',
};

/** Codes whose message carries detail worth showing as it is. */
export const WITH_DETAIL = new Set<PageError['code']>(['storage', 'invalid-entry', 'import']);

/**
 * The detail line in the UI language. Problems Klartext found itself come in both languages;
 * what the browser reported (a storage failure) only has the browser's own words.
 */
export function detailText(error: Pick<PageError, 'message' | 'details'>, lang: string): string {
  return error.details?.[lang === 'de' ? 'de' : 'en'] ?? error.message;
}

export function noticeText(t: Translate, notice: Notice): string {
  switch (notice.kind) {
    case 'saved':
      return t('journalNoticeSaved');
    case 'deleted':
      return t('journalNoticeDeleted');
    case 'deleted-all':
      return t('journalNoticeDeletedAll');
    case 'imported':
      return t('journalNoticeImported', String(notice.added), String(notice.conflicts));
    case 'retention':
      return t('journalNoticeRetention', String(notice.removed));
    case 'encryption-on':
      return t('journalNoticeEncryptionOn');
    case 'encryption-off':
      return t('journalNoticeEncryptionOff');
    case 'settings-saved':
      return t('journalNoticeSettingsSaved');
  }
}

export interface MessagesProps {
  t: Translate;
  /** The UI language ('de' or 'en'), for the detail lines. */
  lang: string;
  error: PageError | null;
  notice: Notice | null;
  /** Absent: the error is all the page can show (it could not open), so it cannot be dismissed. */
  onDismissError?(): void;
}

export function Messages({ t, lang, error, notice, onDismissError }: MessagesProps) {
  const slot = useRef<HTMLDivElement>(null);
  const dismiss = (dismissError: () => void) => {
    dismissError();
    // The button goes with the error: focus stays here, so Tab goes on from the same place.
    slot.current?.focus();
  };
  return (
    <>
      <div role="alert" class="kj-alert-slot" ref={slot} tabIndex={-1}>
        {error && (
          <div class="kj-alert" data-error-code={error.code}>
            <p>{t(ERROR_KEYS[error.code])}</p>
            {WITH_DETAIL.has(error.code) && <p class="kj-detail">{detailText(error, lang)}</p>}
            {onDismissError && (
              <button
                type="button"
                class="kj-dismiss"
                aria-label={t('journalDismissError')}
                onClick={() => dismiss(onDismissError)}
              >
                {t('journalDismiss')}
              </button>
            )}
          </div>
        )}
      </div>
      <div role="status" class="kj-status-slot">
        {notice && <p class="kj-notice">{noticeText(t, notice)}</p>}
      </div>
    </>
  );
}

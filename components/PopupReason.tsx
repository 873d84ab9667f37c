// The popup's answer to "why does Klartext show nothing here?" (utils/popup-reason.ts decides
// which), with the one control that changes it: give the access back, check this new site, or
// undo the switch the agent just turned off in the popup. The words also say how to change it
// where the control is elsewhere (a switch above, a reload, opening a reply). Props in, events out.
import type { ComponentChildren } from 'preact';
import type { Translate } from '@/utils/i18n';
import { assertNever } from '@/utils/message-base';
import type { PopupReason as Reason } from '@/utils/popup-reason';

/** The popup's switches; `undo` names the one the agent turned off in this popup. */
export type SwitchName = 'site' | 'tab' | 'everywhere';

export interface PopupReasonProps {
  t: Translate;
  reason: Reason;
  undo: SwitchName | undefined;
  /** The browser was asked for a site's access and has not answered yet. */
  asking: boolean;
  /** The browser refused the access. */
  denied: boolean;
  onAllowAccess(): void;
  onCheckSite(): void;
  onUndo(name: SwitchName): void;
}

function Note(props: { kind: Reason['kind']; children: ComponentChildren }) {
  return (
    <div class="kt-popup-note" data-klartext-reason={props.kind}>
      {props.children}
    </div>
  );
}

export function PopupReason({ t, reason, undo, asking, denied, ...on }: PopupReasonProps) {
  // Turned off here a moment ago: one click takes it back (a slip on the switch costs nothing).
  const undoButton = (name: SwitchName) =>
    undo === name && (
      <button
        type="button"
        class="kt-popup-allow"
        data-klartext-action="undo"
        onClick={() => on.onUndo(name)}
      >
        {t('popupUndo')}
      </button>
    );
  const refused = denied && <p role="alert">{t('popupAccessDenied')}</p>;
  switch (reason.kind) {
    case 'checking':
      return null;
    case 'off-everywhere':
      return (
        <Note kind={reason.kind}>
          <p role="status">{t('popupOffEverywhere')}</p>
          {undoButton('everywhere')}
        </Note>
      );
    case 'off-site':
      return (
        <Note kind={reason.kind}>
          <p role="status">{t('popupWhyOffSite', reason.host)}</p>
          {undoButton('site')}
        </Note>
      );
    case 'off-tab':
      return (
        <Note kind={reason.kind}>
          <p role="status">{t('popupWhyOffTab')}</p>
          {undoButton('tab')}
        </Note>
      );
    case 'no-reply-box':
      return (
        <Note kind={reason.kind}>
          <p>{t('popupWhyNoReplyBox')}</p>
        </Note>
      );
    case 'no-access':
      return (
        <Note kind={reason.kind}>
          <p data-klartext-no-access="">{t('popupNoAccess', reason.sites.join(', '))}</p>
          <button
            type="button"
            class="kt-popup-allow"
            data-klartext-action="allow-access"
            onClick={on.onAllowAccess}
          >
            {t('popupAllowAccess')}
          </button>
          {refused}
        </Note>
      );
    case 'new-site':
      return (
        <Note kind={reason.kind}>
          <p>{t('popupWhyNewSite', reason.site.host)}</p>
          <button
            type="button"
            class="kt-popup-allow"
            data-klartext-action="check-site"
            disabled={asking}
            onClick={on.onCheckSite}
          >
            {t('popupCheckSite')}
          </button>
          {asking && <p role="status">{t('popupCheckSiteWaiting')}</p>}
          {refused}
        </Note>
      );
    case 'reload':
      return (
        <Note kind={reason.kind}>
          <p>{t('popupWhyReload')}</p>
        </Note>
      );
    case 'not-here':
      return (
        <Note kind={reason.kind}>
          <p>{t('popupNotHere')}</p>
          <p>{t('popupNotHereHow')}</p>
        </Note>
      );
    default:
      return assertNever(reason);
  }
}

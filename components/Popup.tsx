// The toolbar popup's content: three switches (this site, this tab, everywhere), why Klartext
// shows nothing in the tab if it does not (PopupReason.tsx), and a link to the settings. Native checkboxes with role="switch", so keyboard and screen readers work as
// usual. Props in, events out.
import type { Translate } from '@/utils/i18n';
import type { UiLanguage } from '@/utils/settings';
import type { PopupReason as Reason } from '@/utils/popup-reason';
import { Logo } from './icons';
import { PopupReason, type SwitchName } from './PopupReason';

export interface PopupState {
  uiLanguage: UiLanguage;
  /** The host Klartext runs on in the tab; undefined when it does not run there. */
  host: string | undefined;
  siteEnabled: boolean;
  tabEnabled: boolean;
  everywhereEnabled: boolean;
  /** The last change did not go through. */
  failed: boolean;
  /** Why Klartext shows nothing in the tab, if it does not (utils/popup-reason.ts). */
  reason: Reason;
  /** The switch the agent just turned off in this popup: it offers to undo that. */
  undo?: SwitchName;
  /** The browser was asked for a site's access and has not answered yet. */
  asking?: boolean;
  /** The browser refused the access. */
  accessDenied?: boolean;
}

export interface PopupProps {
  t: Translate;
  state: PopupState;
  onSite(enabled: boolean): void;
  onTab(enabled: boolean): void;
  onEverywhere(enabled: boolean): void;
  onOpenSettings(): void;
  onAllowAccess(): void;
  onCheckSite(): void;
  onUndo(name: SwitchName): void;
}

function Switch(props: {
  name: string;
  label: string;
  checked: boolean;
  disabled?: boolean;
  onChange(checked: boolean): void;
}) {
  return (
    <label class="kt-switch">
      <input
        type="checkbox"
        role="switch"
        data-klartext-switch={props.name}
        checked={props.checked}
        disabled={props.disabled}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
      />
      <span>{props.label}</span>
    </label>
  );
}

export function Popup({ t, state, ...on }: PopupProps) {
  const here = state.host !== undefined;
  return (
    <div class="kt-popup">
      <header class="kt-popup-head">
        <Logo />
        <h1>{t('popupHeading')}</h1>
      </header>
      <div class="kt-popup-switches" role="group" aria-label={t('popupHeading')}>
        <Switch
          name="site"
          label={here ? t('popupSite', state.host!) : t('popupSite', '–')}
          checked={here && state.siteEnabled}
          disabled={!here}
          onChange={on.onSite}
        />
        <Switch
          name="tab"
          label={t('popupTab')}
          checked={here && state.tabEnabled}
          disabled={!here}
          onChange={on.onTab}
        />
        <Switch
          name="everywhere"
          label={t('popupEverywhere')}
          checked={state.everywhereEnabled}
          onChange={on.onEverywhere}
        />
      </div>
      <PopupReason
        t={t}
        reason={state.reason}
        undo={state.undo}
        asking={state.asking === true}
        denied={state.accessDenied === true}
        onAllowAccess={on.onAllowAccess}
        onCheckSite={on.onCheckSite}
        onUndo={on.onUndo}
      />
      {state.failed && (
        <p class="kt-popup-note kt-popup-error" role="alert">
          {t('popupFailed')}
        </p>
      )}
      <button type="button" class="kt-popup-link" onClick={on.onOpenSettings}>
        {t('popupSettings')}
      </button>
    </div>
  );
}

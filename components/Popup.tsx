// The toolbar popup's content: three switches (this site, this tab, everywhere) and a link to
// the settings. Native checkboxes with role="switch", so keyboard and screen readers work as
// usual. Props in, events out.
import type { Translate } from '@/utils/i18n';
import type { UiLanguage } from '@/utils/settings';
import { Logo } from './icons';

export interface PopupState {
  uiLanguage: UiLanguage;
  /** The host Klartext runs on in the tab; undefined when it does not run there. */
  host: string | undefined;
  siteEnabled: boolean;
  tabEnabled: boolean;
  everywhereEnabled: boolean;
  /** The last change did not go through. */
  failed: boolean;
  /**
   * Klartext's sites the browser withholds access to: the tab's, when its address is known,
   * else all of them (labels as people read them). Empty when nothing is withheld.
   */
  withheld: string[];
  /** The browser refused to give the access back. */
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
      {state.withheld.length > 0 && (
        <div class="kt-popup-note" data-klartext-no-access="">
          <p>{t('popupNoAccess', state.withheld.join(', '))}</p>
          <button
            type="button"
            class="kt-popup-allow"
            data-klartext-action="allow-access"
            onClick={on.onAllowAccess}
          >
            {t('popupAllowAccess')}
          </button>
          {state.accessDenied && <p role="alert">{t('popupAccessDenied')}</p>}
        </div>
      )}
      {!here && state.withheld.length === 0 && <p class="kt-popup-note">{t('popupNotHere')}</p>}
      {!state.everywhereEnabled && <p class="kt-popup-note">{t('popupOffEverywhere')}</p>}
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

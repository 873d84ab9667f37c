// The panel header's "turn off" menu: Klartext off in this tab (until the browser closes), on
// this site, or everywhere. A menu button with arrow-key navigation; Escape closes it and
// returns focus to the button. Props in, events out.
import type { Translate } from '@/utils/i18n';
import offMenuCss from './off-menu.css?inline';
import { Power } from './icons';
import { useMenu } from './use-menu';

export interface OffMenuProps {
  t: Translate;
  host: string;
  onDisableTab(): void;
  onDisableSite(): void;
  onDisableEverywhere(): void;
}

export function OffMenu({ t, host, ...actions }: OffMenuProps) {
  const { open, setOpen, button, menu, close, onMenuKey, onFocusOut } = useMenu();

  const choose = (action: () => void) => () => {
    close(false);
    action();
  };

  return (
    <div class="kt-off" onFocusOut={onFocusOut}>
      <style>{offMenuCss}</style>
      <button
        ref={button}
        type="button"
        class="kt-icon-button"
        data-klartext-action="off-menu"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={t('offMenu')}
        title={t('offMenu')}
        onClick={() => setOpen(!open)}
      >
        <Power />
      </button>
      {open && (
        <div
          ref={menu}
          class="kt-off-menu"
          role="menu"
          aria-label={t('offMenu')}
          onKeyDown={onMenuKey}
        >
          <button
            type="button"
            role="menuitem"
            data-klartext-action="off-tab"
            onClick={choose(actions.onDisableTab)}
          >
            {t('offTab')}
          </button>
          <button
            type="button"
            role="menuitem"
            data-klartext-action="off-site"
            title={t('disableSiteTitle', host)}
            onClick={choose(actions.onDisableSite)}
          >
            {t('offSite', host)}
          </button>
          <button
            type="button"
            role="menuitem"
            data-klartext-action="off-everywhere"
            onClick={choose(actions.onDisableEverywhere)}
          >
            {t('offEverywhere')}
          </button>
        </div>
      )}
    </div>
  );
}

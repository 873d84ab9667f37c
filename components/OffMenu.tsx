// The panel header's "turn off" menu: Klartext off in this tab (until the browser closes), on
// this site, or everywhere. A menu button with arrow-key navigation; Escape closes it and
// returns focus to the button. Props in, events out.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '@/utils/i18n';
import offMenuCss from './off-menu.css?inline';
import { Power } from './icons';

export interface OffMenuProps {
  t: Translate;
  host: string;
  onDisableTab(): void;
  onDisableSite(): void;
  onDisableEverywhere(): void;
}

export function OffMenu({ t, host, ...actions }: OffMenuProps) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const items = () => [...(menu.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];

  useEffect(() => {
    if (!open || !menu.current || !button.current) return;
    // Fixed, so the panel's overflow (e.g. when collapsed to its header) does not clip it;
    // below the button, or above it when the panel sits at the bottom of the window.
    const at = button.current.getBoundingClientRect();
    const view = button.current.ownerDocument.defaultView!;
    const style = menu.current.style;
    style.right = `${Math.max(4, view.innerWidth - at.right)}px`;
    const height = menu.current.getBoundingClientRect().height;
    if (at.bottom + 4 + height <= view.innerHeight) style.top = `${at.bottom + 4}px`;
    else style.bottom = `${view.innerHeight - at.top + 4}px`;
    items()[0]?.focus();
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  const onMenuKey = (event: KeyboardEvent) => {
    const list = items();
    const at = list.indexOf(event.target as HTMLButtonElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      list[(at + step + list.length) % list.length]?.focus();
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      list[event.key === 'Home' ? 0 : list.length - 1]?.focus();
    } else if (event.key === 'Tab') {
      close(false);
    }
  };

  const choose = (action: () => void) => () => {
    close(false);
    action();
  };

  return (
    <div
      class="kt-off"
      onFocusOut={(event) => {
        const next = event.relatedTarget as Node | null;
        if (open && next && !event.currentTarget.contains(next)) setOpen(false);
      }}
    >
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

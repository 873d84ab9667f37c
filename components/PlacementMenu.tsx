// The panel header's placement menu: Klartext as a badge at the reply box, docked beside the page
// (left or right) or in the browser's own side panel. Menu items with arrow-key navigation;
// Escape closes the menu and returns focus to its button. Props in, events out.
import type { MessageKey, Translate } from '@/utils/i18n';
import type { DockSide, PlacementMode } from '@/utils/sidebar/placement';
import offMenuCss from './off-menu.css?inline';
import { Layout } from './icons';
import { useMenu } from './use-menu';

export interface PlacementMenuProps {
  t: Translate;
  mode: PlacementMode;
  side: DockSide;
  onMode(mode: PlacementMode): void;
  onSide(side: DockSide): void;
}

const MODES: readonly { mode: PlacementMode; label: MessageKey }[] = [
  { mode: 'badge', label: 'placementBadge' },
  { mode: 'docked', label: 'placementDocked' },
  { mode: 'sidepanel', label: 'placementSidePanel' },
];

const SIDES: readonly { side: DockSide; label: MessageKey }[] = [
  { side: 'left', label: 'placementLeft' },
  { side: 'right', label: 'placementRight' },
];

export function PlacementMenu({ t, mode, side, onMode, onSide }: PlacementMenuProps) {
  const menu = useMenu(
    (items) => items.find((item) => item.getAttribute('aria-checked') === 'true') ?? items[0],
  );
  const item = (key: string, label: MessageKey, checked: boolean, choose: () => void) => (
    <button
      key={key}
      type="button"
      role="menuitemradio"
      aria-checked={checked}
      data-klartext-action={`place-${key}`}
      onClick={() => {
        menu.close(true);
        choose();
      }}
    >
      {t(label)}
    </button>
  );

  return (
    <div class="kt-off" onFocusOut={menu.onFocusOut}>
      <style>{offMenuCss}</style>
      <button
        ref={menu.button}
        type="button"
        class="kt-icon-button"
        data-klartext-action="placement-menu"
        aria-haspopup="menu"
        aria-expanded={menu.open}
        aria-label={t('placementMenu')}
        title={t('placementMenu')}
        onClick={() => menu.setOpen(!menu.open)}
      >
        <Layout />
      </button>
      {menu.open && (
        <div
          ref={menu.menu}
          class="kt-off-menu"
          role="menu"
          aria-label={t('placementMenu')}
          onKeyDown={menu.onMenuKey}
        >
          {MODES.map((m) => item(m.mode, m.label, mode === m.mode, () => onMode(m.mode)))}
          {mode === 'docked' &&
            SIDES.map((s) => item(s.side, s.label, side === s.side, () => onSide(s.side)))}
        </div>
      )}
    </div>
  );
}

// @vitest-environment happy-dom
// Badge mode: the badge names the counts per severity and the checklist in the UI's language,
// opens the findings in a popover that takes the focus, and Escape closes it and gives the focus
// back to the badge. The popover sits beside the reply box where there is room, else over the
// page without covering the badge, always inside the window.
import { act } from 'preact/test-utils';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import { BadgePopover, popoverPosition } from '../../../components/BadgePopover';
import { PlacementMenu } from '../../../components/PlacementMenu';
import type { CategoryView } from '../../../utils/sidebar/finding-view';
import { createTranslator } from '../../support/i18n';
import { mount } from '../../support/mount';

const CATEGORIES: CategoryView[] = [
  { category: 'tone', count: 1 },
  { category: 'empathy', count: 0 },
  { category: 'ownership', count: 0 },
  { category: 'next-steps', count: 2 },
  { category: 'clarity', count: 0 },
  { category: 'co-production', count: 0 },
];

function Harness({ lang }: { lang: 'de' | 'en' }) {
  const [open, setOpen] = useState(false);
  const t = createTranslator(lang);
  return (
    <BadgePopover
      t={t}
      label={t('badgeCounts', '2', '1', '4', '6')}
      counts={{ warnings: 2, hints: 1 }}
      categories={CATEGORIES}
      anchor={{ left: 200, top: 300, width: 600, height: 170 }}
      viewport={{ width: 1024, height: 768 }}
      open={open}
      onOpenChange={setOpen}
    >
      {(close) => (
        <button type="button" class="inside" onClick={close}>
          x
        </button>
      )}
    </BadgePopover>
  );
}

describe('BadgePopover', () => {
  it('names the counts and the checklist, in German too', () => {
    const en = mount(<Harness lang="en" />).querySelector('.kt-badge')!;
    expect(en.querySelector('.kt-sr-only')?.textContent).toBe(
      'Klartext – important: 2, hints: 1, checks met: 4 of 6. Show the findings',
    );
    expect(en.querySelectorAll('.kt-badge-check[data-state="hints"]')).toHaveLength(2);
    const de = mount(<Harness lang="de" />).querySelector('.kt-badge')!;
    expect(de.querySelector('.kt-sr-only')?.textContent).toBe(
      'Klartext – wichtig: 2, Hinweise: 1, erfüllt: 4 von 6 Punkten. Hinweise zeigen',
    );
  });

  it('opens from the badge with the focus inside; Escape closes it and refocuses the badge', () => {
    const root = mount(<Harness lang="en" />);
    const badge = root.querySelector<HTMLButtonElement>('.kt-badge')!;
    badge.focus();
    act(() => badge.click());
    const popover = root.querySelector<HTMLElement>('[data-klartext-popover]')!;
    expect(popover).not.toBeNull();
    expect(badge.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(popover);
    act(() => {
      popover.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(root.querySelector('[data-klartext-popover]')).toBeNull();
    expect(document.activeElement).toBe(badge);
  });
});

describe('popoverPosition', () => {
  const view = { width: 1280, height: 720 };
  const size = { width: 340, height: 500 };

  it('goes beside the reply box where the window has room', () => {
    const right = popoverPosition({ left: 100, top: 200, width: 600, height: 170 }, size, view);
    expect(right.left).toBe(708);
    const left = popoverPosition({ left: 600, top: 200, width: 600, height: 170 }, size, view);
    expect(left.left).toBe(252);
  });

  it('else sits over the page above the badge, never over it, inside the window', () => {
    const box = { left: 200, top: 400, width: 1060, height: 170 };
    const at = popoverPosition(box, size, view);
    const badgeTop = 400 + 170 - 6 - 26;
    expect(at.top + Math.min(size.height, at.maxHeight)).toBeLessThanOrEqual(badgeTop);
    expect(at.top).toBeGreaterThanOrEqual(8);
    expect(at.left + size.width).toBeLessThanOrEqual(1280 - 8);
    // A box at the top of the window: below it.
    const below = popoverPosition({ ...box, top: 20 }, size, view);
    expect(below.top).toBe(20 + 170 + 8);
    expect(below.top + below.maxHeight).toBeLessThanOrEqual(720 - 8);
  });
});

describe('PlacementMenu', () => {
  it('offers the modes in German, the chosen one checked, the sides when docked', () => {
    const root = mount(
      <PlacementMenu
        t={createTranslator('de')}
        mode="docked"
        side="right"
        onMode={() => undefined}
        onSide={() => undefined}
      />,
    );
    act(() =>
      root.querySelector<HTMLButtonElement>('[data-klartext-action="placement-menu"]')!.click(),
    );
    const items = [...root.querySelectorAll('[role="menuitemradio"]')];
    expect(items.map((item) => item.textContent)).toEqual([
      'Als Symbol am Antwortfeld',
      'Neben der Seite',
      'In der Seitenleiste des Browsers',
      'Links',
      'Rechts',
    ]);
    expect(items.filter((item) => item.getAttribute('aria-checked') === 'true')).toHaveLength(2);
  });
});

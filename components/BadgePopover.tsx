// Badge mode: a small button at the reply box's bottom-right corner with the counts per
// severity and the checklist at a glance (one dot per category: met, or has hints), and the
// findings in a popover next to the editor when it is pressed. Escape, the popover's close
// button or the badge itself close it; the first two return the focus to the badge. Props in,
// events out: where the reply box is comes in, `onOpenChange` goes out.
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { CategoryView } from '@/utils/sidebar/finding-view';
import type { Translate } from '@/utils/i18n';
import { CATEGORY_LABELS } from './labels';
import { Logo } from './icons';

/** A rectangle in the window's viewport. */
export interface ViewBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface BadgePopoverProps {
  t: Translate;
  /** The badge's accessible name: the counts and what pressing it does. */
  label: string;
  /** Counts per severity, once the reply is checked. */
  counts?: { warnings: number; hints: number } | undefined;
  /** The checklist at a glance (empty before the first check). */
  categories: readonly CategoryView[];
  /** The reply box on screen. */
  anchor: ViewBox;
  viewport: { width: number; height: number };
  open: boolean;
  onOpenChange(open: boolean): void;
  /** The popover's content; `close` closes it and gives the focus back to the badge. */
  children(close: () => void): ComponentChildren;
}

/** The badge's distance from the box's right edge: clear of a textarea's resize grip. */
const INSET_RIGHT = 20;
const INSET_BOTTOM = 6;
const GAP = 8;
const MARGIN = 8;

/** The badge's height (placement.css), which the popover above it leaves free. */
const BADGE_HEIGHT = 26;

/**
 * Where the popover goes: beside the reply box if the window has room there (right, then
 * left), else over the page at the box's right edge, above the badge or below the box, where
 * there is more room, never over the badge; `maxHeight` keeps it inside the window.
 */
export function popoverPosition(
  anchor: ViewBox,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): { left: number; top: number; maxHeight: number } {
  const fullHeight = viewport.height - 2 * MARGIN;
  const clampTop = (top: number) =>
    Math.max(MARGIN, Math.min(top, viewport.height - Math.min(size.height, fullHeight) - MARGIN));
  const right = anchor.left + anchor.width;
  if (right + GAP + size.width <= viewport.width - MARGIN) {
    return { left: right + GAP, top: clampTop(anchor.top), maxHeight: fullHeight };
  }
  if (anchor.left - GAP - size.width >= MARGIN) {
    return {
      left: anchor.left - GAP - size.width,
      top: clampTop(anchor.top),
      maxHeight: fullHeight,
    };
  }
  const left = Math.max(MARGIN, Math.min(right - size.width, viewport.width - size.width - MARGIN));
  const bottom = Math.min(anchor.top + anchor.height, viewport.height);
  const badgeTop = bottom - INSET_BOTTOM - BADGE_HEIGHT;
  const roomAbove = badgeTop - GAP - MARGIN;
  const roomBelow = viewport.height - MARGIN - (bottom + GAP);
  if (roomAbove >= Math.min(size.height, roomBelow)) {
    const height = Math.min(size.height, roomAbove);
    return { left, top: badgeTop - GAP - height, maxHeight: roomAbove };
  }
  return { left, top: bottom + GAP, maxHeight: roomBelow };
}

export function BadgePopover(props: BadgePopoverProps) {
  const { t, anchor, viewport, open } = props;
  const badge = useRef<HTMLButtonElement>(null);
  const popover = useRef<HTMLDivElement>(null);
  /** Opened from the badge: the focus moves into the popover. */
  const focusOnOpen = useRef(false);

  useLayoutEffect(() => {
    const node = popover.current;
    if (!node) return;
    node.style.maxHeight = '';
    const { width, height } = node.getBoundingClientRect();
    const at = popoverPosition(anchor, { width, height }, viewport);
    node.style.left = `${Math.round(at.left)}px`;
    node.style.top = `${Math.round(at.top)}px`;
    node.style.maxHeight = `${Math.max(120, Math.round(at.maxHeight))}px`;
  });

  useEffect(() => {
    if (open && focusOnOpen.current) popover.current?.focus();
    focusOnOpen.current = false;
  }, [open]);

  const close = () => {
    props.onOpenChange(false);
    badge.current?.focus();
  };

  const bottom = anchor.top + anchor.height;
  const onScreen = bottom > 0 && anchor.top < viewport.height && anchor.width > 0;
  const left = Math.min(anchor.left + anchor.width, viewport.width) - INSET_RIGHT;
  const top = Math.min(bottom, viewport.height) - INSET_BOTTOM;
  return (
    <>
      {onScreen && (
        <button
          ref={badge}
          type="button"
          class="kt-badge"
          data-klartext-action="badge"
          title={props.label}
          aria-expanded={open}
          aria-haspopup="dialog"
          style={{ left: `${Math.round(left)}px`, top: `${Math.round(top)}px` }}
          onClick={() => {
            focusOnOpen.current = !open;
            props.onOpenChange(!open);
          }}
        >
          {/* The name from the content, not aria-label: the counts shown are part of what it says
              (axe: label-content-name-mismatch), and the words say what the numbers mean. */}
          <span class="kt-sr-only">{props.label}</span>
          <Logo />
          {props.counts && (
            <>
              <span class="kt-badge-count" data-severity="warning" aria-hidden="true">
                {props.counts.warnings}
              </span>
              <span class="kt-badge-count" data-severity="hint" aria-hidden="true">
                {props.counts.hints}
              </span>
            </>
          )}
          {props.categories.length > 0 && (
            <span class="kt-badge-checks" aria-hidden="true">
              {props.categories.map((category) => (
                <span
                  key={category.category}
                  class="kt-badge-check"
                  data-state={category.count === 0 ? 'met' : 'hints'}
                  title={t(CATEGORY_LABELS[category.category])}
                />
              ))}
            </span>
          )}
        </button>
      )}
      {open && (
        <div
          ref={popover}
          class="kt-popover"
          role="dialog"
          aria-label={t('sidebarLabel')}
          tabIndex={-1}
          data-klartext-popover=""
          onKeyDown={(event) => {
            // A menu inside (placement, off) handles its own Escape first.
            if (event.key !== 'Escape' || event.defaultPrevented) return;
            event.preventDefault();
            close();
          }}
        >
          {props.children(close)}
        </div>
      )}
    </>
  );
}

// The docked panel's inner edge: drag it to make the panel wider or narrower, or focus it and
// use the arrow keys (Shift: larger steps; Home / End: narrowest / widest). A separator in ARIA
// terms, with its value in pixels. Props in, events out: `onResize(width, done)` while moving
// (done false) and once the drag or key press ends (done true).
import { useRef } from 'preact/hooks';
import type { Translate } from '@/utils/i18n';
import type { DockSide } from '@/utils/sidebar/placement';

export interface ResizeHandleProps {
  t: Translate;
  side: DockSide;
  width: number;
  min: number;
  max: number;
  onResize(width: number, done: boolean): void;
}

const STEP = 16;
const BIG_STEP = 64;

export function ResizeHandle({ t, side, width, min, max, onResize }: ResizeHandleProps) {
  const drag = useRef<{ x: number; width: number; pointer: number } | undefined>(undefined);
  // Dragging towards the page widens the panel: leftwards for a panel on the right.
  const grow = side === 'right' ? -1 : 1;
  const widthAt = (x: number) => drag.current!.width + (x - drag.current!.x) * grow;

  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.shiftKey ? BIG_STEP : STEP;
    let next: number | undefined;
    if (event.key === 'ArrowLeft') next = width + step * -grow;
    else if (event.key === 'ArrowRight') next = width + step * grow;
    else if (event.key === 'Home') next = min;
    else if (event.key === 'End') next = max;
    if (next === undefined) return;
    event.preventDefault();
    onResize(Math.min(max, Math.max(min, next)), true);
  };

  return (
    <div
      class="kt-resize"
      role="separator"
      tabIndex={0}
      aria-orientation="vertical"
      aria-label={t('resizeDock')}
      title={t('resizeDock')}
      aria-valuenow={width}
      aria-valuemin={min}
      aria-valuemax={max}
      data-klartext-action="resize-dock"
      onKeyDown={onKeyDown}
      onPointerDown={(event) => {
        if (event.button !== 0) return;
        event.preventDefault();
        drag.current = { x: event.clientX, width, pointer: event.pointerId };
        event.currentTarget.setPointerCapture(event.pointerId);
      }}
      onPointerMove={(event) => {
        // Only the agent's own pointer moves the edge (a page can dispatch made-up moves).
        if (!drag.current || !event.isTrusted || event.pointerId !== drag.current.pointer) return;
        onResize(widthAt(event.clientX), false);
      }}
      onPointerUp={(event) => {
        if (!drag.current || event.pointerId !== drag.current.pointer) return;
        const next = widthAt(event.clientX);
        drag.current = undefined;
        onResize(next, true);
      }}
      onPointerCancel={() => {
        drag.current = undefined;
      }}
    />
  );
}

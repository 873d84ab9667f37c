// Carries the placement out on the page: while the docked panel shows (not collapsed), the page
// makes room for it (page-dock.ts); with a badge (badge mode, or the dock collapsed), follows
// where the reply box is on screen, so the badge stays at its corner while the page scrolls,
// reflows or the box grows. Stops and gives the page its own layout back when the session ends.
import { clampDockWidth, inPageMode } from '@/utils/sidebar/placement';
import type { PlacementModel } from '@/utils/sidebar/placement-model';
import type { SidebarState } from '@/utils/sidebar/model';
import { createStore, type Store } from '@/utils/store';
import { frameOffset, shift, type Box } from './editor/marks/geometry';
import { createPageDock } from './page-dock';
import type { ReplyBox } from './editor/reply-box';

export interface PlacementLayout {
  /** The reply box in the top window's viewport (badge mode only); undefined: none on screen. */
  anchor: Box | undefined;
  /** The window's vertical scrollbar, which the docked panel leaves free. */
  scrollbar: number;
  /** The window's width (the docked panel's bounds follow it). */
  windowWidth: number;
}

export interface PlacementDeps {
  placement: PlacementModel;
  /** Whether the browser's side panel shows this tab (side-panel-feed.ts). */
  sidePanel: Store<{ showing: boolean }>;
  sidebar: Store<SidebarState>;
  current(): ReplyBox | undefined;
  requestFrame(callback: () => void): void;
  signal: AbortSignal;
}

export interface PlacementControl {
  readonly layout: Store<PlacementLayout>;
  /** The panel is on the page now (the first reply box came). */
  show(): void;
}

/** How often the badge looks where the box is, for moves no event tells of (a page's reflow). */
const POLL_MS = 500;

function sameBox(a: Box | undefined, b: Box | undefined): boolean {
  if (!a || !b) return a === b;
  return a.left === b.left && a.top === b.top && a.width === b.width && a.height === b.height;
}

export function startPlacement(deps: PlacementDeps): PlacementControl {
  const { signal } = deps;
  const dock = createPageDock(document);
  const layout = createStore<PlacementLayout>({
    anchor: undefined,
    scrollbar: 0,
    windowWidth: window.innerWidth,
  });
  let shown = false;
  let queued = false;
  let poll = 0;
  let watched: { element: HTMLElement; stop: () => void } | undefined;

  const measureAnchor = (): Box | undefined => {
    const box = deps.current();
    if (!box?.element.isConnected) return undefined;
    const rect = box.element.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) return undefined;
    const frame = frameOffset(box.element.ownerDocument);
    return shift(
      { left: rect.left, top: rect.top, width: rect.width, height: rect.height },
      frame.dx,
      frame.dy,
    );
  };

  /** Follows the reply box's own size changes (it grows as the agent types). */
  const watchBox = (element: HTMLElement | undefined) => {
    if (watched?.element === element) return;
    watched?.stop();
    watched = undefined;
    if (!element) return;
    const observer = new ResizeObserver(queue);
    observer.observe(element);
    const view = element.ownerDocument.defaultView;
    const onScroll = () => queue();
    // Scrolls of any container inside the box's document (capture), the top page's too.
    element.ownerDocument.addEventListener('scroll', onScroll, { capture: true, passive: true });
    if (element.ownerDocument !== document) {
      document.addEventListener('scroll', onScroll, { capture: true, passive: true });
    }
    view?.addEventListener('resize', onScroll);
    watched = {
      element,
      stop() {
        observer.disconnect();
        element.ownerDocument.removeEventListener('scroll', onScroll, { capture: true });
        document.removeEventListener('scroll', onScroll, { capture: true });
        view?.removeEventListener('resize', onScroll);
      },
    };
  };

  function update() {
    queued = false;
    if (signal.aborted) return;
    const { side, width } = deps.placement.store.get();
    const mode = inPageMode(deps.placement.store.get().mode, deps.sidePanel.get().showing);
    const { collapsed } = deps.sidebar.get();
    // A window made narrower keeps the page its share (the stored width stays for wider ones).
    if (shown && mode === 'docked' && !collapsed) {
      dock.apply(side, clampDockWidth(width, window.innerWidth));
    } else dock.clear();
    // A collapsed dock shows the badge at the reply box (App.tsx), which follows the box too.
    const badge = shown && (mode === 'badge' || (mode === 'docked' && collapsed));
    watchBox(badge ? deps.current()?.element : undefined);
    const anchor = badge ? measureAnchor() : undefined;
    const scrollbar = dock.scrollbarWidth();
    const windowWidth = window.innerWidth;
    const before = layout.get();
    if (
      !sameBox(before.anchor, anchor) ||
      before.scrollbar !== scrollbar ||
      before.windowWidth !== windowWidth
    ) {
      layout.set({ anchor, scrollbar, windowWidth });
    }
    window.clearTimeout(poll);
    if (badge) poll = window.setTimeout(queue, POLL_MS);
  }

  function queue() {
    if (queued || signal.aborted) return;
    queued = true;
    deps.requestFrame(update);
  }

  // The dock follows at once (same task): the page narrows in the frame the panel appears.
  const unsubscribePlacement = deps.placement.store.subscribe(update);
  const unsubscribeSidePanel = deps.sidePanel.subscribe(update);
  // Of the sidebar's state only what moves things: collapsing, and a reply box come or gone (a
  // keystroke changes neither; the box's own growth reaches the ResizeObserver).
  let seen = deps.sidebar.get();
  const unsubscribeSidebar = deps.sidebar.subscribe(() => {
    const next = deps.sidebar.get();
    if (next.collapsed !== seen.collapsed || next.attached !== seen.attached) queue();
    seen = next;
  });
  window.addEventListener('resize', queue, { signal });
  signal.addEventListener(
    'abort',
    () => {
      unsubscribePlacement();
      unsubscribeSidePanel();
      unsubscribeSidebar();
      window.clearTimeout(poll);
      watched?.stop();
      dock.clear();
    },
    { once: true },
  );

  return {
    layout,
    show() {
      if (shown || signal.aborted) return;
      shown = true;
      update();
    },
  };
}

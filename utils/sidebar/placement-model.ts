// The sidebar's placement on this page and what the agent can do with it: choose badge, docked
// or the browser's side panel, move the docked panel to the other side, resize it,
// open and close the badge's popover. Each choice is remembered for the site through the
// background (utils/sidebar/placement.ts); the page's own copy changes only through these actions, which
// the sidebar calls on the agent's own input (entrypoints/sidebar.content/trusted-events.ts).
import type { BackgroundClient } from '../messages';
import { clampDockWidth, type DockSide, type Placement, type PlacementMode } from './placement';
import { createStore, type Store } from '../store';

export interface PlacementState extends Placement {
  /** Badge mode: whether the findings' popover is open. */
  popoverOpen: boolean;
}

export interface PlacementModelDeps {
  /** The site's remembered placement, else the default for the window (defaultPlacement). */
  initial: Placement;
  host: string;
  client: BackgroundClient;
  /** The window's width now, for the docked panel's bounds. */
  windowWidth(): number;
  /**
   * Asks the browser to open its side panel. Called within the agent's choice of the side panel
   * mode, each time, since browsers open it only in answer to the agent's own action.
   */
  openSidePanel?(): void;
}

export interface PlacementModel {
  readonly store: Store<PlacementState>;
  setMode(mode: PlacementMode): void;
  setSide(side: DockSide): void;
  /**
   * The docked panel's width while dragging (`save` false: the page follows, nothing is
   * stored) and when the drag or key press ends (`save` true).
   */
  resize(width: number, save: boolean): void;
  setPopoverOpen(open: boolean): void;
  /** The site's remembered placement, once read from storage (nothing is saved). */
  restore(placement: Placement): void;
}

export function createPlacementModel(deps: PlacementModelDeps): PlacementModel {
  const store = createStore<PlacementState>({
    ...deps.initial,
    width: clampDockWidth(deps.initial.width, deps.windowWidth()),
    popoverOpen: false,
  });
  const save = () => {
    const { mode, side, width } = store.get();
    void deps.client.request({
      kind: 'set-placement',
      host: deps.host,
      placement: { mode, side, width },
    });
  };
  return {
    store,
    setMode(mode) {
      // Chosen from the popover's own menu, the choice also closes the popover.
      const same = store.get().mode === mode;
      if (mode === 'sidepanel') deps.openSidePanel?.();
      store.set({ mode, popoverOpen: false });
      if (!same) save();
    },
    setSide(side) {
      if (store.get().side === side) return;
      store.set({ side });
      save();
    },
    resize(width, persist) {
      store.set({ width: clampDockWidth(width, deps.windowWidth()) });
      if (persist) save();
    },
    setPopoverOpen(popoverOpen) {
      store.set({ popoverOpen });
    },
    restore({ mode, side, width }) {
      store.set({ mode, side, width: clampDockWidth(width, deps.windowWidth()) });
    },
  };
}

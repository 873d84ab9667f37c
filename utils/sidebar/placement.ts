// How Klartext sits on a site: a badge at the reply box (its findings in a popover), a panel
// docked beside the page (the page gets narrower; collapsed, it leaves the badge), or the
// browser's own side panel (entrypoints/sidepanel; only the marks stay in the page). Chosen per
// site by the agent, kept in the extension's storage (written only by the background, never by
// or in the page), with a default by the window's width.
import { createSerialQueue } from '../serial-queue';
import type { SettingsStorage } from '../settings';

// No panel floating over the page: at 1280×720 it hid the page's send button, the end of the
// reply box's lines and the customer's message (issue 16). A site remembered as floating gets
// the default for its window's width again (parsePlacement refuses the mode).
export const PLACEMENT_MODES = ['badge', 'docked', 'sidepanel'] as const;
export type PlacementMode = (typeof PLACEMENT_MODES)[number];
export type DockSide = 'left' | 'right';

export interface Placement {
  mode: PlacementMode;
  /** Where the docked panel sits. */
  side: DockSide;
  /** The docked panel's width in CSS pixels. */
  width: number;
}

/** The docked panel's width: room for the findings' cards at least, never a page's half. */
export const DOCK_MIN_WIDTH = 280;
export const DOCK_MAX_WIDTH = 640;
export const DOCK_DEFAULT_WIDTH = 320;
/** The page keeps at least this share of the window beside the docked panel. */
const PAGE_MIN_SHARE = 0.5;

/**
 * From this window width on, the panel docks by default: the page keeps 960 px or more beside
 * it, about what helpdesks lay out for. Narrower windows (1024 px, many laptops) get the badge.
 */
export const DOCK_FROM_WIDTH = 1280;

/** One storage key for all sites: host name → placement. */
export const PLACEMENT_KEY = 'placement.sites';
/** Sites remembered at most; the least recently changed go first. */
export const PLACEMENT_SITES_MAX = 500;

/** What the page itself shows: nothing but the marks when the side panel shows the findings. */
export type InPageMode = Exclude<PlacementMode, 'sidepanel'> | 'none';

/**
 * The in-page view for a placement: in side panel mode nothing while a side panel shows this
 * tab, else the badge, so the findings and the way back to another mode stay at hand (the side
 * panel was closed, or the browser would not open it).
 */
export function inPageMode(mode: PlacementMode, sidePanelShowing: boolean): InPageMode {
  if (mode !== 'sidepanel') return mode;
  return sidePanelShowing ? 'none' : 'badge';
}

export function defaultPlacement(windowWidth: number): Placement {
  return {
    mode: windowWidth >= DOCK_FROM_WIDTH ? 'docked' : 'badge',
    side: 'right',
    width: DOCK_DEFAULT_WIDTH,
  };
}

/** `width` within the docked panel's bounds for a window `windowWidth` wide. */
export function clampDockWidth(width: number, windowWidth: number): number {
  const max = Math.max(DOCK_MIN_WIDTH, Math.min(DOCK_MAX_WIDTH, windowWidth * PAGE_MIN_SHARE));
  return Math.round(Math.min(max, Math.max(DOCK_MIN_WIDTH, width)));
}

export function isPlacementMode(value: unknown): value is PlacementMode {
  return typeof value === 'string' && (PLACEMENT_MODES as readonly string[]).includes(value);
}

/** A well-formed placement from an untrusted value (a message, storage), else undefined. */
export function parsePlacement(value: unknown): Placement | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { mode, side, width } = value as Record<string, unknown>;
  if (!isPlacementMode(mode) || (side !== 'left' && side !== 'right')) return undefined;
  if (typeof width !== 'number' || !Number.isFinite(width)) return undefined;
  if (width < DOCK_MIN_WIDTH || width > DOCK_MAX_WIDTH) return undefined;
  return { mode, side, width: Math.round(width) };
}

function storedSites(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/** The placement remembered for `host`, if any. */
export async function loadPlacement(
  storage: Pick<SettingsStorage, 'get'>,
  host: string,
): Promise<Placement | undefined> {
  const stored = await storage.get([PLACEMENT_KEY]);
  const sites = storedSites(stored[PLACEMENT_KEY]);
  return Object.hasOwn(sites, host) ? parsePlacement(sites[host]) : undefined;
}

export interface PlacementWriter {
  setPlacement(host: string, placement: Placement): Promise<void>;
}

/** Writes placements one after another (read, change, write back), so no change is lost. */
export function createPlacementWriter(storage: SettingsStorage): PlacementWriter {
  const enqueue = createSerialQueue();
  return {
    setPlacement(host, placement) {
      return enqueue(async () => {
        const stored = await storage.get([PLACEMENT_KEY]);
        const sites = { ...storedSites(stored[PLACEMENT_KEY]) };
        // Deleted first, so the site moves to the end: the order is the order of last change.
        delete sites[host];
        sites[host] = placement;
        const hosts = Object.keys(sites);
        for (const old of hosts.slice(0, Math.max(0, hosts.length - PLACEMENT_SITES_MAX))) {
          delete sites[old];
        }
        await storage.set({ [PLACEMENT_KEY]: sites });
      });
    },
  };
}

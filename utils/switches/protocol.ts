// Turning Klartext off, the protocol: everywhere (kept in extension storage, like the settings),
// in one tab for this browser session (kept by the background in storage.session, which content
// scripts cannot read, so a tab asks the background and is told when it changes), and per site
// (the existing disabled-host setting). These requests are part of the one protocol in
// utils/messages.ts; the background's side is service.ts, the content script's watch.ts.
import type { Done } from '../message-base';

/** storage.local: true when Klartext is off everywhere. */
export const OFF_EVERYWHERE_KEY = 'switches.offEverywhere';
/** storage.session: ids of tabs where Klartext is off until the browser closes. */
export const OFF_TABS_KEY = 'switches.offTabs';
/** storage.session: the host each tab's content script reported (for the toolbar popup). */
export const TAB_HOSTS_KEY = 'switches.tabHosts';

export type SwitchRequest =
  | { kind: 'set-enabled-everywhere'; enabled: boolean }
  /** Without `tabId`: the sender's tab (the sidebar); the popup names the tab. */
  | { kind: 'set-tab-enabled'; tabId?: number; enabled: boolean }
  | { kind: 'get-tab-state'; tabId?: number };

/** Answer to get-tab-state. The fields are optional so that a plain `{ ok: true }` (what test
 * doubles of the client answer to everything) reads as "on". */
export type TabState =
  | {
      ok: true;
      tabEnabled?: boolean;
      everywhereEnabled?: boolean;
      /** The host Klartext's content script runs on in that tab; absent when it does not. */
      host?: string;
    }
  | { ok: false; error: string };

export interface SwitchResponses {
  'set-enabled-everywhere': Done;
  'set-tab-enabled': Done;
  'get-tab-state': TabState;
}

export function isTabId(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** The switch request in `value` (its kind already one of SwitchRequest's), or undefined. */
export function parseSwitchRequest(value: Record<string, unknown>): SwitchRequest | undefined {
  const tabId = value.tabId === undefined ? undefined : isTabId(value.tabId) ? value.tabId : null;
  if (tabId === null) return undefined;
  switch (value.kind) {
    case 'set-enabled-everywhere':
      return typeof value.enabled === 'boolean'
        ? { kind: 'set-enabled-everywhere', enabled: value.enabled }
        : undefined;
    case 'set-tab-enabled':
      return typeof value.enabled === 'boolean'
        ? {
            kind: 'set-tab-enabled',
            enabled: value.enabled,
            ...(tabId === undefined ? {} : { tabId }),
          }
        : undefined;
    case 'get-tab-state':
      return { kind: 'get-tab-state', ...(tabId === undefined ? {} : { tabId }) };
    default:
      return undefined;
  }
}

/** Who sent a request: the tab and page of a content script; nothing for extension pages. */
export interface RequestOrigin {
  tabId?: number;
  /** The frame in the tab that asked (0: the top frame). */
  frameId?: number;
  url?: string;
  /**
   * Whether the sender is one of Klartext's extension pages (false: a content script in a web
   * page). Unknown when undefined (tests that call the router directly).
   */
  extensionPage?: boolean;
}

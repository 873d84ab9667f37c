// Turning Klartext off: everywhere (kept in extension storage, like the settings), in one tab
// for this browser session (kept by the background in storage.session, which content scripts
// cannot read, so a tab asks the background and is told when it changes), and per site (the
// existing disabled-host setting). Messages for these are part of the one protocol in
// messages.ts; the background's side is `createSwitchService`, the content script's
// `watchSwitches`.
import type { Done, TabMessage } from './message-base';
import type { SettingsStorage } from './settings';
import { createSerialQueue } from './serial-queue';

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

interface KnownTabState {
  ok: true;
  tabEnabled: boolean;
  everywhereEnabled: boolean;
  host: string | undefined;
}

export interface SwitchResponses {
  'set-enabled-everywhere': Done;
  'set-tab-enabled': Done;
  'get-tab-state': TabState;
}

function isTabId(value: unknown): value is number {
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

export interface StorageArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface SwitchServiceDeps {
  local: StorageArea;
  session: StorageArea;
  /** Tells a tab's content script; a tab without one just does not answer. */
  notifyTab(tabId: number, message: TabMessage): Promise<void>;
}

export interface SwitchService {
  setEverywhere(enabled: boolean): Promise<void>;
  setTab(tabId: number, enabled: boolean): Promise<void>;
  /** The switches for `tabId`; `reportedHost` is the asking content script's host. */
  tabState(tabId: number, reportedHost?: string): Promise<KnownTabState>;
  /** A closed tab: its switch and host are dropped. */
  forgetTab(tabId: number): Promise<void>;
}

function numbers(value: unknown): number[] {
  return Array.isArray(value) ? value.filter(isTabId) : [];
}

function hosts(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
}

/** The background's side: writes run one after another so two tabs cannot lose a change. */
export function createSwitchService(deps: SwitchServiceDeps): SwitchService {
  const enqueue = createSerialQueue();
  const readSession = async () => {
    const stored = await deps.session.get([OFF_TABS_KEY, TAB_HOSTS_KEY]);
    return { off: numbers(stored[OFF_TABS_KEY]), hosts: hosts(stored[TAB_HOSTS_KEY]) };
  };
  return {
    setEverywhere: (enabled) => enqueue(() => deps.local.set({ [OFF_EVERYWHERE_KEY]: !enabled })),
    setTab: (tabId, enabled) =>
      enqueue(async () => {
        const { off } = await readSession();
        const others = off.filter((id) => id !== tabId);
        await deps.session.set({ [OFF_TABS_KEY]: enabled ? others : [...others, tabId] });
        await deps.notifyTab(tabId, { kind: 'tab-enabled', enabled });
      }),
    tabState: (tabId, reportedHost) =>
      enqueue(async () => {
        const session = await readSession();
        if (reportedHost !== undefined && session.hosts[tabId] !== reportedHost) {
          await deps.session.set({
            [TAB_HOSTS_KEY]: { ...session.hosts, [tabId]: reportedHost },
          });
        }
        const local = await deps.local.get([OFF_EVERYWHERE_KEY]);
        return {
          ok: true as const,
          tabEnabled: !session.off.includes(tabId),
          everywhereEnabled: local[OFF_EVERYWHERE_KEY] !== true,
          host: reportedHost ?? session.hosts[tabId],
        };
      }),
    forgetTab: (tabId) =>
      enqueue(async () => {
        const session = await readSession();
        if (!session.off.includes(tabId) && !(tabId in session.hosts)) return;
        const { [tabId]: _gone, ...rest } = session.hosts;
        await deps.session.set({
          [OFF_TABS_KEY]: session.off.filter((id) => id !== tabId),
          [TAB_HOSTS_KEY]: rest,
        });
      }),
  };
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

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? hostname : undefined;
  } catch {
    return undefined;
  }
}

/** The background's answer to a switch request (called from the router's switch). */
export async function handleSwitchRequest<R extends SwitchRequest>(
  request: R,
  service: SwitchService,
  from: RequestOrigin,
): Promise<SwitchResponses[R['kind']]> {
  const req: SwitchRequest = request;
  const tabId = 'tabId' in req && req.tabId !== undefined ? req.tabId : from.tabId;
  try {
    switch (req.kind) {
      case 'set-enabled-everywhere':
        await service.setEverywhere(req.enabled);
        return { ok: true } as SwitchResponses[R['kind']];
      case 'set-tab-enabled':
        if (tabId === undefined)
          return { ok: false, error: 'no tab' } as SwitchResponses[R['kind']];
        await service.setTab(tabId, req.enabled);
        return { ok: true } as SwitchResponses[R['kind']];
      case 'get-tab-state': {
        if (tabId === undefined)
          return { ok: false, error: 'no tab' } as SwitchResponses[R['kind']];
        // Only a tab's own content script reports its host; the popup just asks.
        const reported = req.tabId === undefined ? hostOf(from.url) : undefined;
        return (await service.tabState(tabId, reported)) as SwitchResponses[R['kind']];
      }
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: message } as SwitchResponses[R['kind']];
  }
}

export interface SwitchWatchDeps {
  /** Extension storage (storage.local), where "off everywhere" lives. */
  storage: Pick<SettingsStorage, 'get' | 'watch'>;
  /** Asks the background about this tab (it knows the tab from the message's sender). */
  askTab(): Promise<TabState>;
  /** Subscribes to messages from the background; returns a function that unsubscribes. */
  listen(listener: (message: unknown) => void): () => void;
  parseTabMessage(message: unknown): TabMessage | undefined;
  /** Called when a switch changed. */
  onChange(): void;
  signal: AbortSignal;
}

export interface SwitchWatch {
  /** Whether Klartext is off here: everywhere or in this tab. */
  off(): boolean;
}

/** The content script's side: reads the switches once and follows them until `signal` aborts. */
export async function watchSwitches(deps: SwitchWatchDeps): Promise<SwitchWatch> {
  const [stored, tab] = await Promise.all([deps.storage.get([OFF_EVERYWHERE_KEY]), deps.askTab()]);
  let offEverywhere = stored[OFF_EVERYWHERE_KEY] === true;
  // Without an answer (the extension was reloaded), the tab counts as on.
  let offInTab = tab.ok ? tab.tabEnabled === false : false;
  if (deps.signal.aborted) return { off: () => offEverywhere || offInTab };
  const stopStorage = deps.storage.watch((changes) => {
    if (!(OFF_EVERYWHERE_KEY in changes)) return;
    const next = changes[OFF_EVERYWHERE_KEY] === true;
    if (next === offEverywhere) return;
    offEverywhere = next;
    deps.onChange();
  });
  const stopMessages = deps.listen((message) => {
    const parsed = deps.parseTabMessage(message);
    if (parsed?.kind !== 'tab-enabled' || parsed.enabled === !offInTab) return;
    offInTab = !parsed.enabled;
    deps.onChange();
  });
  deps.signal.addEventListener(
    'abort',
    () => {
      stopStorage();
      stopMessages();
    },
    { once: true },
  );
  return { off: () => offEverywhere || offInTab };
}

// Turning Klartext off, the background's side: the switches' state and its answers to the
// switch requests (protocol.ts). Writes run one after another so two tabs cannot lose a change.
import type { TabMessage } from '../message-base';
import { createSerialQueue } from '../serial-queue';
import {
  isTabId,
  OFF_EVERYWHERE_KEY,
  OFF_TABS_KEY,
  TAB_HOSTS_KEY,
  type RequestOrigin,
  type SwitchRequest,
  type SwitchResponses,
} from './protocol';

interface KnownTabState {
  ok: true;
  tabEnabled: boolean;
  everywhereEnabled: boolean;
  host: string | undefined;
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

// Klartext's settings. They live in the extension's own storage (browser.storage.local),
// never in the page's localStorage, so the host page can neither read nor change them.
// Content scripts and pages read and watch them here; writes go through the background
// (see utils/messages.ts), which serializes them so two tabs cannot overwrite each other.
import { createSerialQueue } from './serial-queue';

export const UI_LANGUAGES = ['auto', 'de', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export interface Settings {
  /** Language of the sidebar and the findings; 'auto' follows the browser. */
  uiLanguage: UiLanguage;
  /** Host names (no port) where the sidebar is switched off. */
  disabledHosts: readonly string[];
  /** Whether the sidebar starts collapsed. */
  collapsed: boolean;
  /** Whether internal notes are checked too; public replies always are. */
  checkInternalNotes: boolean;
  /** The agent's name for sign-offs in suggestions; empty: unknown (a placeholder instead). */
  agentName: string;
}

/** Longer is no name (rules/engine/names.ts ignores it anyway). */
export const AGENT_NAME_MAX = 60;

export const DEFAULT_SETTINGS: Settings = {
  uiLanguage: 'auto',
  disabledHosts: [],
  collapsed: false,
  checkInternalNotes: false,
  agentName: '',
};

/** One storage key per setting, so writing one never needs to read the others. */
export const SETTINGS_KEYS = {
  uiLanguage: 'settings.uiLanguage',
  disabledHosts: 'settings.disabledHosts',
  collapsed: 'settings.collapsed',
  checkInternalNotes: 'settings.checkInternalNotes',
  agentName: 'settings.agentName',
} as const satisfies Record<keyof Settings, string>;

/** The few storage operations settings need; `extensionStorage` adapts browser.storage.local. */
export interface SettingsStorage {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  /** Calls back with the new values of changed keys; returns a function that stops it. */
  watch(listener: (changes: Record<string, unknown>) => void): () => void;
}

interface StorageChange {
  newValue?: unknown;
}

/** The subset of `browser` this module uses (the real one or WXT's fakeBrowser). */
export interface StorageApi {
  storage: {
    local: {
      get(keys: string[]): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
    onChanged: {
      addListener(cb: (changes: Record<string, StorageChange>, area: string) => void): void;
      removeListener(cb: (changes: Record<string, StorageChange>, area: string) => void): void;
    };
  };
}

export function extensionStorage(api: StorageApi): SettingsStorage {
  const local = api.storage.local;
  return {
    get: (keys) => local.get(keys),
    set: (items) => local.set(items),
    watch(listener) {
      const onChanged = (changes: Record<string, StorageChange>, area: string) => {
        if (area !== 'local') return;
        const values: Record<string, unknown> = {};
        for (const [key, change] of Object.entries(changes)) values[key] = change.newValue;
        listener(values);
      };
      api.storage.onChanged.addListener(onChanged);
      return () => api.storage.onChanged.removeListener(onChanged);
    },
  };
}

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

/** Keeps valid values from storage, falls back to the defaults for missing or broken ones. */
function applyStored(base: Settings, stored: Record<string, unknown>): Settings {
  const next = { ...base };
  if (SETTINGS_KEYS.uiLanguage in stored) {
    const value = stored[SETTINGS_KEYS.uiLanguage];
    next.uiLanguage = isUiLanguage(value) ? value : DEFAULT_SETTINGS.uiLanguage;
  }
  if (SETTINGS_KEYS.disabledHosts in stored) {
    const value = stored[SETTINGS_KEYS.disabledHosts];
    next.disabledHosts = Array.isArray(value)
      ? value.filter((host): host is string => typeof host === 'string')
      : DEFAULT_SETTINGS.disabledHosts;
  }
  if (SETTINGS_KEYS.collapsed in stored) {
    const value = stored[SETTINGS_KEYS.collapsed];
    next.collapsed = typeof value === 'boolean' ? value : DEFAULT_SETTINGS.collapsed;
  }
  if (SETTINGS_KEYS.checkInternalNotes in stored) {
    const value = stored[SETTINGS_KEYS.checkInternalNotes];
    next.checkInternalNotes =
      typeof value === 'boolean' ? value : DEFAULT_SETTINGS.checkInternalNotes;
  }
  if (SETTINGS_KEYS.agentName in stored) {
    const value = stored[SETTINGS_KEYS.agentName];
    next.agentName = isAgentName(value) ? value : DEFAULT_SETTINGS.agentName;
  }
  return next;
}

export function isAgentName(value: unknown): value is string {
  return typeof value === 'string' && value.length <= AGENT_NAME_MAX;
}

export async function loadSettings(storage: SettingsStorage): Promise<Settings> {
  return applyStored(DEFAULT_SETTINGS, await storage.get(Object.values(SETTINGS_KEYS)));
}

/** Calls `onChange` with the whole new settings whenever one of them changes, until `signal` aborts. */
export function watchSettings(
  storage: SettingsStorage,
  initial: Settings,
  onChange: (settings: Settings) => void,
  signal: AbortSignal,
): void {
  if (signal.aborted) return;
  let current = initial;
  const keys = new Set<string>(Object.values(SETTINGS_KEYS));
  const stop = storage.watch((changes) => {
    const relevant = Object.fromEntries(Object.entries(changes).filter(([key]) => keys.has(key)));
    if (Object.keys(relevant).length === 0) return;
    current = applyStored(current, relevant);
    onChange(current);
  });
  signal.addEventListener('abort', stop, { once: true });
}

export function isHostDisabled(settings: Settings, host: string): boolean {
  return settings.disabledHosts.includes(host);
}

export interface SettingsWriter {
  setCollapsed(collapsed: boolean): Promise<void>;
  setUiLanguage(language: UiLanguage): Promise<void>;
  setHostEnabled(host: string, enabled: boolean): Promise<void>;
  setCheckInternalNotes(check: boolean): Promise<void>;
  setAgentName(name: string): Promise<void>;
}

/**
 * Writes settings one after another. The disabled-host list is read, changed and written
 * back; running those steps in a queue keeps concurrent requests from losing a change.
 */
export function createSettingsWriter(storage: SettingsStorage): SettingsWriter {
  const enqueue = createSerialQueue();
  return {
    setCollapsed: (collapsed) =>
      enqueue(() => storage.set({ [SETTINGS_KEYS.collapsed]: collapsed })),
    setUiLanguage: (language) =>
      enqueue(() => storage.set({ [SETTINGS_KEYS.uiLanguage]: language })),
    setCheckInternalNotes: (check) =>
      enqueue(() => storage.set({ [SETTINGS_KEYS.checkInternalNotes]: check })),
    setAgentName: (name) =>
      enqueue(() => storage.set({ [SETTINGS_KEYS.agentName]: name.replace(/\s+/g, ' ').trim() })),
    setHostEnabled: (host, enabled) =>
      enqueue(async () => {
        const { disabledHosts } = await loadSettings(storage);
        const others = disabledHosts.filter((known) => known !== host);
        const next = enabled ? others : [...others, host].sort();
        await storage.set({ [SETTINGS_KEYS.disabledHosts]: next });
      }),
  };
}

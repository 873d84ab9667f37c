// Turning Klartext off per tab and everywhere: the background's service keeps the switches
// (per tab in session storage, everywhere in local storage), tells the tab, forgets closed
// tabs; the content script's watch follows both; bad requests are refused.
import { describe, expect, it, vi } from 'vitest';
import type { TabMessage } from '@/utils/messages';
import { parseTabMessage } from '@/utils/messages';
import { parseSwitchRequest } from '@/utils/switches/protocol';
import {
  createSwitchService,
  handleSwitchRequest,
  type StorageArea,
} from '@/utils/switches/service';
import { watchSwitches } from '@/utils/switches/watch';

function memory(): StorageArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (keys) => Object.fromEntries(keys.filter((k) => k in data).map((k) => [k, data[k]])),
    set: async (items) => void Object.assign(data, items),
  };
}

function service() {
  const local = memory();
  const session = memory();
  const told: [number, TabMessage][] = [];
  const switches = createSwitchService({
    local,
    session,
    notifyTab: async (tabId, message) => void told.push([tabId, message]),
  });
  return { local, session, told, switches };
}

describe('switch service', () => {
  it('switches one tab off and on, and tells that tab', async () => {
    const { switches, told } = service();
    await switches.setTab(7, false);
    expect((await switches.tabState(7)).tabEnabled).toBe(false);
    expect((await switches.tabState(8)).tabEnabled).toBe(true);
    await switches.setTab(7, true);
    expect((await switches.tabState(7)).tabEnabled).toBe(true);
    expect(told).toEqual([
      [7, { kind: 'tab-enabled', enabled: false }],
      [7, { kind: 'tab-enabled', enabled: true }],
    ]);
  });

  it('loses no tab when several switch at once', async () => {
    const { switches } = service();
    await Promise.all([1, 2, 3, 4].map((id) => switches.setTab(id, false)));
    for (const id of [1, 2, 3, 4]) expect((await switches.tabState(id)).tabEnabled).toBe(false);
  });

  it('keeps "off everywhere" in extension storage', async () => {
    const { switches, local } = service();
    await switches.setEverywhere(false);
    expect(local.data['switches.offEverywhere']).toBe(true);
    expect((await switches.tabState(1)).everywhereEnabled).toBe(false);
  });

  it('remembers the host a tab reported and forgets closed tabs', async () => {
    const { switches } = service();
    await switches.tabState(5, 'helpdesk.example.com');
    await switches.setTab(5, false);
    expect(await switches.tabState(5)).toMatchObject({ host: 'helpdesk.example.com' });
    await switches.forgetTab(5);
    expect(await switches.tabState(5)).toMatchObject({ host: undefined, tabEnabled: true });
  });
});

describe('switch requests', () => {
  it('uses the sender tab unless the popup names one; only content scripts report hosts', async () => {
    const { switches } = service();
    const from = { tabId: 3, url: 'https://desk.example.org/ticket/1' };
    await handleSwitchRequest({ kind: 'set-tab-enabled', enabled: false }, switches, from);
    expect(await handleSwitchRequest({ kind: 'get-tab-state' }, switches, from)).toMatchObject({
      ok: true,
      tabEnabled: false,
      host: 'desk.example.org',
    });
    expect(
      await handleSwitchRequest({ kind: 'get-tab-state', tabId: 3 }, switches, {
        url: 'chrome-extension://x/popup.html',
      }),
    ).toMatchObject({ tabEnabled: false, host: 'desk.example.org' });
    expect(
      await handleSwitchRequest({ kind: 'set-tab-enabled', enabled: true }, switches, {}),
    ).toEqual({ ok: false, error: 'no tab' });
  });

  it('refuses malformed requests', () => {
    expect(parseSwitchRequest({ kind: 'set-tab-enabled', enabled: 'no' })).toBeUndefined();
    expect(
      parseSwitchRequest({ kind: 'set-tab-enabled', enabled: true, tabId: -1 }),
    ).toBeUndefined();
    expect(parseSwitchRequest({ kind: 'get-tab-state', tabId: 1.5 })).toBeUndefined();
    expect(parseSwitchRequest({ kind: 'set-enabled-everywhere', enabled: false })).toEqual({
      kind: 'set-enabled-everywhere',
      enabled: false,
    });
  });
});

describe('watchSwitches (content script)', () => {
  it('starts from the stored state and follows storage and tab messages', async () => {
    let storageListener: (changes: Record<string, unknown>) => void = () => {};
    let messageListener: (message: unknown) => void = () => {};
    const onChange = vi.fn();
    const stop = new AbortController();
    const watch = await watchSwitches({
      storage: {
        get: async () => ({ 'switches.offEverywhere': false }),
        watch: (listener) => {
          storageListener = listener;
          return () => undefined;
        },
      },
      askTab: async () => ({ ok: true, tabEnabled: true, everywhereEnabled: true }),
      listen: (listener) => {
        messageListener = listener;
        return () => undefined;
      },
      parseTabMessage,
      onChange,
      signal: stop.signal,
    });
    expect(watch.off()).toBe(false);
    messageListener({ kind: 'tab-enabled', enabled: false });
    expect(watch.off()).toBe(true);
    messageListener({ kind: 'tab-enabled', enabled: true });
    storageListener({ 'switches.offEverywhere': true });
    expect(watch.off()).toBe(true);
    storageListener({ 'settings.collapsed': true });
    expect(onChange).toHaveBeenCalledTimes(3);
  });

  it('counts the tab as on when the background does not answer', async () => {
    const watch = await watchSwitches({
      storage: { get: async () => ({}), watch: () => () => undefined },
      askTab: async () => ({ ok: false, error: 'reloaded' }),
      listen: () => () => undefined,
      parseTabMessage,
      onChange: () => undefined,
      signal: new AbortController().signal,
    });
    expect(watch.off()).toBe(false);
  });
});

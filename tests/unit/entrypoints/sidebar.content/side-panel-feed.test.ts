// The side panel's feed in the content script (side-panel-feed.ts): only a port from Klartext's
// own extension gets the tab's view and may act on it; any other is cut at once, unheard.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import { check } from '../../../../rules';
import { startSidePanelFeed } from '../../../../entrypoints/sidebar.content/side-panel-feed';
import { SIDE_PANEL_PORT } from '../../../../utils/side-panel/protocol';
import { DEFAULT_SETTINGS } from '../../../../utils/settings';
import { createSidebarModel } from '../../../../utils/sidebar/model';
import { defaultPlacement } from '../../../../utils/sidebar/placement';
import { createPlacementModel } from '../../../../utils/sidebar/placement-model';

type Listener = (port: Browser.runtime.Port) => void;

function fakePort(senderId: string) {
  const onMessage: ((value: unknown) => void)[] = [];
  return {
    port: {
      name: SIDE_PANEL_PORT,
      sender: { id: senderId },
      postMessage: vi.fn(),
      disconnect: vi.fn(),
      onMessage: { addListener: (fn: (value: unknown) => void) => onMessage.push(fn) },
      onDisconnect: { addListener: vi.fn() },
    },
    send: (value: unknown) => onMessage.forEach((fn) => fn(value)),
  };
}

function setup() {
  let connect: Listener | undefined;
  vi.spyOn(browser.runtime.onConnect, 'addListener').mockImplementation((fn) => {
    connect = fn as Listener;
  });
  vi.spyOn(browser.runtime.onConnect, 'removeListener').mockImplementation(() => undefined);
  const client = { request: vi.fn(async () => ({ ok: true })) } as never;
  const model = createSidebarModel({
    settings: DEFAULT_SETTINGS,
    browserLanguage: 'en-US',
    host: 'desk.example',
    client,
    check,
  });
  const placement = createPlacementModel({
    initial: defaultPlacement(1280),
    host: 'desk.example',
    client,
    windowWidth: () => 1280,
    openSidePanel: vi.fn(),
  });
  const onOff = vi.fn();
  const controller = new AbortController();
  const feed = startSidePanelFeed({
    model,
    placement,
    host: 'desk.example',
    onSelectFinding: vi.fn(),
    onApplySuggestion: vi.fn(),
    onFixAllSafe: vi.fn(),
    findingActions: { onIgnoreOnce: vi.fn(), onDisableRule: vi.fn(), onAllow: vi.fn() },
    onOff,
    signal: controller.signal,
  });
  return { connect: (port: unknown) => connect!(port as Browser.runtime.Port), feed, onOff };
}

afterEach(() => vi.restoreAllMocks());

describe('the side panel feed', () => {
  it('cuts a port from another extension at once: no view for it, nothing it says is done', () => {
    const { connect, feed, onOff } = setup();
    const stranger = fakePort('another-extension');
    connect(stranger.port);
    expect(stranger.port.disconnect).toHaveBeenCalled();
    expect(stranger.port.postMessage).not.toHaveBeenCalled();
    stranger.send({ kind: 'off', scope: 'site' });
    expect(onOff).not.toHaveBeenCalled();
    expect(feed.showing.get().showing).toBe(false);
  });

  it("gives Klartext's own side panel the view and carries out what the agent did there", () => {
    const { connect, feed, onOff } = setup();
    const own = fakePort(browser.runtime.id);
    connect(own.port);
    expect(own.port.disconnect).not.toHaveBeenCalled();
    expect(own.port.postMessage).toHaveBeenCalledWith(expect.objectContaining({ kind: 'view' }));
    expect(feed.showing.get().showing).toBe(true);
    own.send({ kind: 'off', scope: 'site' });
    expect(onOff).toHaveBeenCalledWith('site');
    // Malformed messages are dropped.
    own.send({ kind: 'off', scope: 'the-whole-world' });
    expect(onOff).toHaveBeenCalledTimes(1);
  });
});

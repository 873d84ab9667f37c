// Where the sidebar sits: the default by window width, the docked panel's bounds, what storage
// and messages may hold, the per-site writer, the model's actions and the background's rule
// that a content script places the sidebar of its own site only.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handleRequest } from '../../../../entrypoints/background/router';
import { parseRequest, type Request } from '../../../../utils/messages';
import {
  clampDockWidth,
  createPlacementWriter,
  defaultPlacement,
  DOCK_MAX_WIDTH,
  DOCK_MIN_WIDTH,
  loadPlacement,
  parsePlacement,
  PLACEMENT_KEY,
  PLACEMENT_SITES_MAX,
} from '../../../../utils/sidebar/placement';
import { createPlacementModel } from '../../../../utils/sidebar/placement-model';
import { createSettingsWriter, extensionStorage } from '../../../../utils/settings';
import { createPackWriter } from '../../../../utils/packs/writer';

beforeEach(() => fakeBrowser.reset());

const storage = () => extensionStorage(fakeBrowser);

describe('defaultPlacement', () => {
  it('docks from 1280 px on and gives narrower windows the badge', () => {
    expect(defaultPlacement(1920).mode).toBe('docked');
    expect(defaultPlacement(1280).mode).toBe('docked');
    expect(defaultPlacement(1279).mode).toBe('badge');
    expect(defaultPlacement(1024).mode).toBe('badge');
  });
});

describe('clampDockWidth', () => {
  it('keeps the docked panel between its bounds and at most half the window', () => {
    expect(clampDockWidth(100, 1920)).toBe(DOCK_MIN_WIDTH);
    expect(clampDockWidth(5_000, 1920)).toBe(DOCK_MAX_WIDTH);
    expect(clampDockWidth(600, 1000)).toBe(500);
    expect(clampDockWidth(400.4, 1280)).toBe(400);
  });
});

describe('parsePlacement', () => {
  it('takes well-formed placements only', () => {
    expect(parsePlacement({ mode: 'docked', side: 'left', width: 320 })).toEqual({
      mode: 'docked',
      side: 'left',
      width: 320,
    });
    for (const bad of [
      null,
      'docked',
      { mode: 'sidebar', side: 'left', width: 320 },
      { mode: 'docked', side: 'top', width: 320 },
      { mode: 'docked', side: 'left', width: 10 },
      { mode: 'docked', side: 'left', width: 1e9 },
      { mode: 'docked', side: 'left', width: Number.NaN },
    ]) {
      expect(parsePlacement(bad)).toBeUndefined();
    }
  });

  it('is part of the message protocol', () => {
    const request: Request = {
      kind: 'set-placement',
      host: 'acme.zendesk.com',
      placement: { mode: 'badge', side: 'right', width: 320 },
    };
    expect(parseRequest(request)).toEqual(request);
    expect(parseRequest({ ...request, placement: { mode: 'huge' } })).toBeUndefined();
    expect(parseRequest({ ...request, host: '' })).toBeUndefined();
  });
});

describe('createPlacementWriter', () => {
  it('remembers each site on its own and reads it back', async () => {
    const writer = createPlacementWriter(storage());
    await Promise.all([
      writer.setPlacement('a.example', { mode: 'badge', side: 'right', width: 320 }),
      writer.setPlacement('b.example', { mode: 'docked', side: 'left', width: 400 }),
    ]);
    expect(await loadPlacement(storage(), 'a.example')).toEqual({
      mode: 'badge',
      side: 'right',
      width: 320,
    });
    expect(await loadPlacement(storage(), 'b.example')).toMatchObject({ side: 'left' });
    expect(await loadPlacement(storage(), 'c.example')).toBeUndefined();
    expect(await loadPlacement(storage(), 'constructor')).toBeUndefined();
  });

  it('forgets the least recently changed sites beyond its limit', async () => {
    const writer = createPlacementWriter(storage());
    const sites: Record<string, unknown> = {};
    for (let i = 0; i < PLACEMENT_SITES_MAX; i++) {
      sites[`s${i}.example`] = { mode: 'badge', side: 'right', width: 320 };
    }
    await storage().set({ [PLACEMENT_KEY]: sites });
    await writer.setPlacement('s0.example', { mode: 'docked', side: 'right', width: 320 });
    await writer.setPlacement('new.example', { mode: 'docked', side: 'right', width: 320 });
    const stored = (await storage().get([PLACEMENT_KEY]))[PLACEMENT_KEY] as Record<string, unknown>;
    expect(Object.keys(stored)).toHaveLength(PLACEMENT_SITES_MAX);
    expect(stored['s1.example']).toBeUndefined();
    expect(stored['s0.example']).toBeDefined();
    expect(stored['new.example']).toBeDefined();
  });

  it('ignores broken storage', async () => {
    await storage().set({ [PLACEMENT_KEY]: { 'a.example': { mode: 'x' } } });
    expect(await loadPlacement(storage(), 'a.example')).toBeUndefined();
    await storage().set({ [PLACEMENT_KEY]: [1, 2] });
    expect(await loadPlacement(storage(), 'a.example')).toBeUndefined();
  });
});

describe('set-placement in the background', () => {
  const deps = () => ({
    settings: createSettingsWriter(storage()),
    placements: createPlacementWriter(storage()),
    openOptions: vi.fn(async () => undefined),
    openJournal: vi.fn(async () => undefined),
    openQuickLog: vi.fn(async () => undefined),
    loadCatalog: vi.fn(async () => ({})),
    injectEngine: vi.fn(async () => undefined),
    journal: { quickLog: vi.fn(async () => ({ ok: true as const })) },
    packs: createPackWriter(storage()),
  });
  const request = {
    kind: 'set-placement' as const,
    host: 'a.example',
    placement: { mode: 'badge' as const, side: 'right' as const, width: 320 },
  };

  it('stores the placement a sidebar asks for, for its own site', async () => {
    const from = { extensionPage: false, url: 'https://a.example/tickets/1', tabId: 1 };
    expect(await handleRequest(request, deps(), from)).toEqual({ ok: true });
    expect(await loadPlacement(storage(), 'a.example')).toMatchObject({ mode: 'badge' });
  });

  it("refuses to place another site's sidebar", async () => {
    const from = { extensionPage: false, url: 'https://b.example/', tabId: 1 };
    expect(await handleRequest(request, deps(), from)).toMatchObject({ ok: false });
    expect(await loadPlacement(storage(), 'a.example')).toBeUndefined();
  });
});

describe('createPlacementModel', () => {
  const model = (windowWidth = 1280) => {
    const request = vi.fn(async () => ({ ok: true as const }));
    const placement = createPlacementModel({
      initial: defaultPlacement(windowWidth),
      host: 'a.example',
      client: { request } as never,
      windowWidth: () => windowWidth,
    });
    return { placement, request };
  };

  it('saves a chosen mode and side for the site, once per change', () => {
    const { placement, request } = model();
    placement.setMode('badge');
    placement.setMode('badge');
    placement.setSide('left');
    expect(request).toHaveBeenCalledTimes(2);
    expect(request).toHaveBeenLastCalledWith({
      kind: 'set-placement',
      host: 'a.example',
      placement: { mode: 'badge', side: 'left', width: 320 },
    });
  });

  it('follows a drag without saving and saves where it ends, within bounds', () => {
    const { placement, request } = model(1000);
    placement.resize(420, false);
    expect(placement.store.get().width).toBe(420);
    expect(request).not.toHaveBeenCalled();
    placement.resize(900, true);
    expect(placement.store.get().width).toBe(500);
    expect(request).toHaveBeenCalledTimes(1);
  });

  it('closes the popover when a mode is chosen, and restores without saving', () => {
    const { placement, request } = model(1024);
    placement.setPopoverOpen(true);
    placement.setMode('badge');
    expect(placement.store.get().popoverOpen).toBe(false);
    placement.restore({ mode: 'docked', side: 'left', width: 360 });
    expect(placement.store.get()).toMatchObject({ mode: 'docked', side: 'left', width: 360 });
    expect(request).not.toHaveBeenCalled();
  });
});

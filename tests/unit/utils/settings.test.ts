// Settings in extension storage: defaults, damaged values, watching, and writes that do not
// lose each other's changes.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  createSettingsWriter,
  DEFAULT_SETTINGS,
  extensionStorage,
  isHostDisabled,
  loadSettings,
  SETTINGS_KEYS,
  watchSettings,
  type Settings,
} from '../../../utils/settings';

const storage = () => extensionStorage(fakeBrowser);

beforeEach(() => fakeBrowser.reset());

describe('loadSettings', () => {
  it('starts with the defaults: language of the browser, on everywhere, expanded', async () => {
    expect(await loadSettings(storage())).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid stored values and replaces damaged ones with defaults', async () => {
    await fakeBrowser.storage.local.set({
      [SETTINGS_KEYS.uiLanguage]: 'fr',
      [SETTINGS_KEYS.disabledHosts]: ['a.example', 42],
      [SETTINGS_KEYS.collapsed]: true,
      [SETTINGS_KEYS.checkInternalNotes]: 'yes',
      [SETTINGS_KEYS.agentName]: 42,
    });
    expect(await loadSettings(storage())).toEqual({
      uiLanguage: 'auto',
      disabledHosts: ['a.example'],
      collapsed: true,
      checkInternalNotes: false,
      agentName: '',
    });
  });
});

it('checks internal notes only once the agent switches it on', async () => {
  expect((await loadSettings(storage())).checkInternalNotes).toBe(false);
  await fakeBrowser.storage.local.set({ [SETTINGS_KEYS.checkInternalNotes]: true });
  expect((await loadSettings(storage())).checkInternalNotes).toBe(true);
});

describe('createSettingsWriter', () => {
  it('keeps both hosts when two tabs switch Klartext off at the same moment', async () => {
    const writer = createSettingsWriter(storage());
    await Promise.all([
      writer.setHostEnabled('b.example', false),
      writer.setHostEnabled('a.example', false),
    ]);
    const settings = await loadSettings(storage());
    expect(settings.disabledHosts).toEqual(['a.example', 'b.example']);
    expect(isHostDisabled(settings, 'a.example')).toBe(true);
    expect(isHostDisabled(settings, 'c.example')).toBe(false);

    await writer.setHostEnabled('a.example', true);
    expect((await loadSettings(storage())).disabledHosts).toEqual(['b.example']);
  });

  it('remembers the collapsed state and the UI language', async () => {
    const writer = createSettingsWriter(storage());
    await writer.setCollapsed(true);
    await writer.setUiLanguage('de');
    expect(await loadSettings(storage())).toMatchObject({ collapsed: true, uiLanguage: 'de' });
  });
});

describe('watchSettings', () => {
  it('reports changes until its signal aborts', async () => {
    const seen: Settings[] = [];
    const stop = new AbortController();
    watchSettings(storage(), DEFAULT_SETTINGS, (s) => seen.push(s), stop.signal);
    const writer = createSettingsWriter(storage());

    await writer.setHostEnabled('a.example', false);
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    stop.abort();
    await writer.setCollapsed(true);

    expect(seen).toEqual([{ ...DEFAULT_SETTINGS, disabledHosts: ['a.example'] }]);
  });
});

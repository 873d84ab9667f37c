// The message protocol: what the background accepts, how it routes each kind, and the client.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handleRequest, type RouterDeps } from '../../../entrypoints/background/router';
import {
  createBackgroundClient,
  parseRequest,
  parseTabMessage,
  type Request,
} from '../../../utils/messages';
import { createPackWriter } from '../../../utils/packs/writer';
import { createSettingsWriter, extensionStorage, loadSettings } from '../../../utils/settings';
import { localeCatalog } from '../../support/i18n';

beforeEach(() => fakeBrowser.reset());

function deps(): RouterDeps {
  return {
    settings: createSettingsWriter(extensionStorage(fakeBrowser)),
    openOptions: vi.fn(async () => undefined),
    openJournal: vi.fn(async () => undefined),
    openQuickLog: vi.fn(async () => undefined),
    loadCatalog: vi.fn(async (lang: 'de' | 'en') => localeCatalog(lang)),
    injectEngine: vi.fn(async () => undefined),
    journal: {
      quickLog: vi.fn(async () => ({ ok: true as const })),
    },
    packs: createPackWriter(extensionStorage(fakeBrowser)),
  };
}

describe('parseRequest', () => {
  it.each<Request>([
    { kind: 'set-collapsed', collapsed: true },
    { kind: 'set-site-enabled', host: 'a.example', enabled: false },
    { kind: 'set-ui-language', uiLanguage: 'de' },
    { kind: 'open-options' },
    { kind: 'open-journal' },
    { kind: 'open-quick-log' },
    { kind: 'ui-catalog', lang: 'de' },
    { kind: 'load-engine' },
    { kind: 'journal-quick-log', entry: { mood: 2, stress: 80, note: 'Long day' } },
    // Stress not rated: the slider left alone.
    { kind: 'journal-quick-log', entry: { mood: 2, stress: null, note: '' } },
  ])('accepts %j', (request) => {
    expect(parseRequest(request)).toEqual(request);
  });

  it.each([
    null,
    'set-collapsed',
    { kind: 'set-collapsed', collapsed: 'yes' },
    { kind: 'set-site-enabled', host: '', enabled: false },
    { kind: 'set-ui-language', uiLanguage: 'fr' },
    { kind: 'ui-catalog', lang: 'fr' },
    { kind: 'ui-catalog' },
    { kind: 'delete-everything' },
    // Replies are reported over the reply port, not as requests.
    { kind: 'journal-reply-checked', hints: { tone: 2 }, ticket: 'a1', tense: true },
    { kind: 'journal-quick-log', entry: { mood: 6, stress: 80, note: '' } },
    { kind: 'journal-quick-log', entry: { mood: 2, stress: 80 } },
    { kind: 'journal-quick-log', entry: { mood: 2, note: '' } },
    { kind: 'journal-quick-log', entry: { mood: 2, stress: '50', note: '' } },
  ])('rejects %j', (value) => {
    expect(parseRequest(value)).toBeUndefined();
  });

  it('strips fields a kind does not have', () => {
    expect(parseRequest({ kind: 'open-options', extra: 1 })).toEqual({ kind: 'open-options' });
  });
});

describe('handleRequest', () => {
  it('stores what the sidebar and the options page ask for', async () => {
    const d = deps();
    const storage = extensionStorage(fakeBrowser);
    expect(await handleRequest({ kind: 'set-collapsed', collapsed: true }, d)).toEqual({
      ok: true,
    });
    await handleRequest({ kind: 'set-site-enabled', host: 'a.example', enabled: false }, d);
    await handleRequest({ kind: 'set-ui-language', uiLanguage: 'en' }, d);
    await handleRequest({ kind: 'set-check-internal-notes', check: true }, d);
    await handleRequest({ kind: 'set-agent-name', name: '  Sam   Taylor ' }, d);
    expect(await loadSettings(storage)).toEqual({
      collapsed: true,
      disabledHosts: ['a.example'],
      uiLanguage: 'en',
      checkInternalNotes: true,
      agentName: 'Sam Taylor',
    });
    await handleRequest({ kind: 'open-options' }, d);
    expect(d.openOptions).toHaveBeenCalledOnce();
  });

  it('opens the journal page', async () => {
    const d = deps();
    expect(await handleRequest({ kind: 'open-journal' }, d)).toEqual({ ok: true });
    expect(d.openJournal).toHaveBeenCalledOnce();
  });

  it('opens the quick log window when the sidebar asks', async () => {
    const d = deps();
    const fromPage = {
      tabId: 4,
      frameId: 0,
      url: 'https://acme.zendesk.com/',
      extensionPage: false,
    };
    expect(await handleRequest({ kind: 'open-quick-log' }, d, fromPage)).toEqual({ ok: true });
    expect(d.openQuickLog).toHaveBeenCalledOnce();
  });

  it('takes journal entries, packs and page-only settings from extension pages only', async () => {
    const d = deps();
    const storage = extensionStorage(fakeBrowser);
    const fromPage = {
      tabId: 4,
      frameId: 0,
      url: 'https://acme.zendesk.com/',
      extensionPage: false,
    };
    const entry = { kind: 'journal-quick-log', entry: { mood: 1, stress: 90, note: 'x' } } as const;
    const refused = await handleRequest(entry, d, fromPage);
    expect(refused).toMatchObject({ ok: false, error: expect.stringContaining('own pages') });
    expect(d.journal.quickLog).not.toHaveBeenCalled();
    await handleRequest({ kind: 'set-ui-language', uiLanguage: 'de' }, d, fromPage);
    await handleRequest({ kind: 'set-check-internal-notes', check: true }, d, fromPage);
    await handleRequest({ kind: 'set-agent-name', name: 'Mallory' }, d, fromPage);
    expect(await loadSettings(storage)).toMatchObject({
      uiLanguage: 'auto',
      checkInternalNotes: false,
      agentName: '',
    });
    // The same requests from the quick log window and the options page go through.
    const fromExtension = {
      url: 'chrome-extension://id/journal-quicklog.html',
      extensionPage: true,
    };
    expect(await handleRequest(entry, d, fromExtension)).toEqual({ ok: true });
    expect(d.journal.quickLog).toHaveBeenCalledOnce();
    await handleRequest({ kind: 'set-ui-language', uiLanguage: 'de' }, d, fromExtension);
    expect(await loadSettings(storage)).toMatchObject({ uiLanguage: 'de' });
    // What the sidebar's own controls do still comes from the page's content script.
    await handleRequest({ kind: 'set-collapsed', collapsed: true }, d, fromPage);
    expect(await loadSettings(storage)).toMatchObject({ collapsed: true });
  });

  it('injects the engine into the very frame of the tab that asked, and says when it cannot', async () => {
    const d = deps();
    expect(await handleRequest({ kind: 'load-engine' }, d, { tabId: 7, frameId: 3 })).toEqual({
      ok: true,
    });
    expect(d.injectEngine).toHaveBeenCalledWith({ tabId: 7, frameId: 3 });
    vi.mocked(d.injectEngine).mockRejectedValueOnce(
      new Error('Cannot access contents of the page'),
    );
    expect(await handleRequest({ kind: 'load-engine' }, d, { tabId: 7 })).toEqual({
      ok: false,
      error: 'Cannot access contents of the page',
    });
  });

  it('answers the sidebar with the UI texts of the language it asks for', async () => {
    const d = deps();
    const answer = await handleRequest({ kind: 'ui-catalog', lang: 'de' }, d);
    expect(answer.ok && answer.catalog.collapse?.message).toBe('Einklappen (Alt+Umschalt+K)');
    expect(d.loadCatalog).toHaveBeenCalledWith('de');
  });

  it('answers a failure instead of throwing', async () => {
    const d = deps();
    d.openOptions = async () => {
      throw new Error('no options page');
    };
    expect(await handleRequest({ kind: 'open-options' }, d)).toEqual({
      ok: false,
      error: 'no options page',
    });
  });
});

describe('createBackgroundClient', () => {
  it('sends requests and returns the answers', async () => {
    fakeBrowser.runtime.onMessage.addListener((message: unknown) =>
      handleRequest(parseRequest(message)!, deps()),
    );
    const client = createBackgroundClient((message) => fakeBrowser.runtime.sendMessage(message));
    expect(await client.request({ kind: 'set-collapsed', collapsed: false })).toEqual({ ok: true });
  });

  it('answers a failure when the background cannot be reached', async () => {
    const client = createBackgroundClient(() =>
      Promise.reject(new Error('Extension context invalidated.')),
    );
    expect(await client.request({ kind: 'open-options' })).toEqual({
      ok: false,
      error: 'Extension context invalidated.',
    });
  });
});

describe('parseTabMessage', () => {
  it('knows the toggle and nothing else', () => {
    expect(parseTabMessage({ kind: 'toggle-sidebar' })).toEqual({ kind: 'toggle-sidebar' });
    expect(parseTabMessage({ kind: 'set-collapsed' })).toBeUndefined();
  });
});

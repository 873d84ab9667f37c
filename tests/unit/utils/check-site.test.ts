// "Check replies on this site" in the popup, the background's side: the request is accepted
// from Klartext's own pages only and with a well-formed site; the site waits for its permission
// and is registered like a self-hosted site once the permission is there, whichever comes first.
import { describe, expect, it, vi } from 'vitest';
import { handleRequest, type RouterDeps } from '../../../entrypoints/background/router';
import { parseRequest } from '../../../utils/messages';
import { createPendingSites, PENDING_SITES_KEY } from '../../../utils/pending-sites';
import type { SelfHostedSite } from '../../../utils/self-hosted';

const SITE: SelfHostedSite = { scheme: 'http', host: 'tickets.intranet' };

function memory() {
  const items: Record<string, unknown> = {};
  return {
    items,
    get: async (keys: string[]) => Object.fromEntries(keys.map((key) => [key, items[key]])),
    set: async (next: Record<string, unknown>) => void Object.assign(items, next),
  };
}

describe('the check-site request', () => {
  it('takes a well-formed site only', () => {
    expect(parseRequest({ kind: 'check-site', site: SITE })).toEqual({
      kind: 'check-site',
      site: SITE,
    });
    for (const site of [
      { scheme: 'https', host: 'evil.example/*' },
      { scheme: 'https', host: '*.example.com' },
      { scheme: 'ftp', host: 'a.example' },
      { scheme: 'https', host: 'A.example' },
      'a.example',
    ]) {
      expect(parseRequest({ kind: 'check-site', site })).toBeUndefined();
    }
  });

  it('is refused from a content script: a page can never start Klartext on a site', async () => {
    const checkSite = vi.fn(async () => undefined);
    const deps = { checkSite } as unknown as RouterDeps;
    const request = { kind: 'check-site', site: SITE } as const;
    expect(await handleRequest(request, deps, { extensionPage: false, tabId: 3 })).toMatchObject({
      ok: false,
    });
    expect(checkSite).not.toHaveBeenCalled();
    expect(await handleRequest(request, deps, { extensionPage: true })).toEqual({ ok: true });
    expect(checkSite).toHaveBeenCalledWith(SITE);
  });
});

describe('createPendingSites', () => {
  it('registers a site once its permission comes, and only then', async () => {
    const session = memory();
    let granted = false;
    const add = vi.fn(async () => undefined);
    const pending = createPendingSites({ session, hasPermission: async () => granted, add });
    await pending.ask(SITE);
    expect(add).not.toHaveBeenCalled();
    expect(session.items[PENDING_SITES_KEY]).toEqual([SITE]);
    granted = true;
    await pending.adopt();
    expect(add).toHaveBeenCalledExactlyOnceWith(SITE);
    expect(session.items[PENDING_SITES_KEY]).toEqual([]);
  });

  it('registers at once when the permission came before the request', async () => {
    const session = memory();
    const add = vi.fn(async () => undefined);
    const pending = createPendingSites({ session, hasPermission: async () => true, add });
    await pending.adopt();
    await pending.ask(SITE);
    expect(add).toHaveBeenCalledExactlyOnceWith(SITE);
    expect(session.items[PENDING_SITES_KEY]).toEqual([]);
  });

  it('keeps a site whose registration failed for the next try', async () => {
    const session = memory();
    const add = vi.fn(async () => Promise.reject(new Error('busy')));
    const pending = createPendingSites({ session, hasPermission: async () => true, add });
    await pending.ask(SITE);
    expect(session.items[PENDING_SITES_KEY]).toEqual([SITE]);
  });
});

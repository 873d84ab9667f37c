// Self-hosted helpdesks: what the user may type (with the error they get otherwise), and that
// adding registers the sidebar script for exactly that site, removing unregisters it and
// gives the permission back, and a browser start re-registers what still has permission.
import { describe, expect, it } from 'vitest';
import {
  builtInMatches,
  LOCAL_MATCHES,
  SIDEBAR_MATCHES,
} from '../../../entrypoints/sidebar.content/matches';
import {
  createSelfHostedSites,
  parseSiteInput,
  SELF_HOSTED_KEY,
  siteLabel,
  urlMatchesAny,
  type RegisteredScript,
  type SelfHostedApi,
  type SelfHostedSite,
} from '@/utils/self-hosted';

describe('urlMatchesAny', () => {
  it.each([
    ['https://acme.zendesk.com/agent/tickets/1', true],
    ['https://zendesk.com/', true],
    // Production builds never run on local pages; the test build does (wxt.config.ts).
    ['http://127.0.0.1:5173/demo/', false],
    ['https://mail.google.com/mail/u/0/#inbox', true],
    ['https://zammad.company.example/#ticket/zoom/1', false],
    ['http://acme.zendesk.com/', false],
    ['https://evilzendesk.com/', false],
    ['file:///tmp/x.html', false],
    ['not a url', false],
  ])('%s: %s', (url, covered) => {
    expect(urlMatchesAny(url, SIDEBAR_MATCHES)).toBe(covered);
  });

  it('covers local pages in the test build only', () => {
    expect(
      urlMatchesAny('http://127.0.0.1:5173/demo/', [...LOCAL_MATCHES, ...SIDEBAR_MATCHES]),
    ).toBe(true);
    expect(urlMatchesAny('http://localhost:8088/Ticket/', SIDEBAR_MATCHES)).toBe(false);
  });

  it("reads the build's own patterns from its manifest", () => {
    const manifest = {
      content_scripts: [{ matches: ['http://127.0.0.1/*', 'https://*.zendesk.com/*'] }],
    };
    expect(builtInMatches(manifest)).toEqual(['http://127.0.0.1/*', 'https://*.zendesk.com/*']);
    expect(builtInMatches({})).toEqual(SIDEBAR_MATCHES);
  });
});

describe('parseSiteInput', () => {
  const parse = (input: string, known: SelfHostedSite[] = []) =>
    parseSiteInput(input, SIDEBAR_MATCHES, known);

  it.each([
    ['helpdesk.example.com', 'https', 'helpdesk.example.com'],
    ['  https://zammad.company.de/#ticket/zoom/1  ', 'https', 'zammad.company.de'],
    ['http://otrs.intern.example:8080/otrs/index.pl', 'http', 'otrs.intern.example'],
    ['HELPDESK.Example.COM.', 'https', 'helpdesk.example.com'],
    ['intranet', 'https', 'intranet'],
    ['support.bücher.de', 'https', 'support.xn--bcher-kva.de'],
    // A bare host with a port: https, as the options page says (was refused as a scheme).
    ['helpdesk.example.com:8081', 'https', 'helpdesk.example.com'],
    ['localhost:8088', 'https', 'localhost'],
  ])('%s → %s://%s', (input, scheme, host) => {
    expect(parse(input)).toEqual({ ok: true, site: { scheme, host } });
  });

  it.each([
    ['', 'siteErrorEmpty'],
    ['   ', 'siteErrorEmpty'],
    ['*.example.com', 'siteErrorWildcard'],
    ['ftp://files.example.com', 'siteErrorScheme'],
    ['file:///etc/passwd', 'siteErrorScheme'],
    ['javascript:alert(1)', 'siteErrorScheme'],
    ['exa mple.com', 'siteErrorInvalid'],
    ['https://user:secret@desk.example.com', 'siteErrorInvalid'],
    ['-bad-.example.com', 'siteErrorInvalid'],
    ['acme.zendesk.com', 'siteErrorBuiltIn'],
  ])('%j is refused with %s', (input, error) => {
    expect(parse(input)).toEqual({ ok: false, error });
  });

  it('takes a local helpdesk as a site of its own in production, not in the test build', () => {
    expect(parse('http://127.0.0.1:8080')).toEqual({
      ok: true,
      site: { scheme: 'http', host: '127.0.0.1' },
    });
    const testBuild = [...LOCAL_MATCHES, ...SIDEBAR_MATCHES];
    expect(parseSiteInput('http://127.0.0.1:8080', testBuild, [])).toEqual({
      ok: false,
      error: 'siteErrorBuiltIn',
    });
  });

  it('refuses a site already in the list, but http and https are different sites', () => {
    const known: SelfHostedSite[] = [{ scheme: 'https', host: 'desk.example.com' }];
    expect(parse('desk.example.com', known)).toEqual({ ok: false, error: 'siteErrorDuplicate' });
    expect(parse('http://desk.example.com', known).ok).toBe(true);
  });

  it('names http sites with their scheme', () => {
    expect(siteLabel({ scheme: 'http', host: 'a.example' })).toBe('http://a.example');
    expect(siteLabel({ scheme: 'https', host: 'a.example' })).toBe('a.example');
  });
});

function fakeBrowser(granted: string[] = []) {
  const data: Record<string, unknown> = {};
  const scripts = new Map<string, RegisteredScript>();
  const permissions = new Set(granted);
  const api: SelfHostedApi = {
    storage: {
      local: {
        get: async (keys) => Object.fromEntries(keys.map((key) => [key, data[key]])),
        set: async (items) => void Object.assign(data, items),
      },
    },
    permissions: {
      contains: async ({ origins }) => origins.every((origin) => permissions.has(origin)),
      remove: async ({ origins }) =>
        origins.map((origin) => permissions.delete(origin)).every(Boolean),
    },
    scripting: {
      registerContentScripts: async (list) => {
        for (const script of list) {
          if (scripts.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
          scripts.set(script.id, script);
        }
      },
      unregisterContentScripts: async ({ ids }) => {
        for (const id of ids) {
          if (!scripts.delete(id)) throw new Error(`Nonexistent script ID '${id}'`);
        }
      },
      getRegisteredContentScripts: async () => [...scripts.values()],
    },
  };
  return { api, data, scripts, permissions };
}

describe('createSelfHostedSites', () => {
  const desk: SelfHostedSite = { scheme: 'https', host: 'desk.example.com' };

  it('registers the sidebar script for the added site and lists it', async () => {
    const fake = fakeBrowser(['https://desk.example.com/*']);
    const sites = createSelfHostedSites(fake.api);
    await sites.add(desk);
    expect([...fake.scripts.values()]).toEqual([
      {
        id: 'klartext-site-https-desk.example.com',
        matches: ['https://desk.example.com/*'],
        js: ['content-scripts/sidebar.js'],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
    expect(await sites.list()).toEqual([desk]);
    // Adding again replaces the registration instead of failing on the duplicate id.
    await sites.add(desk);
    expect(fake.scripts.size).toBe(1);
  });

  it('removing unregisters the script, gives the permission back and unlists the site', async () => {
    const fake = fakeBrowser(['https://desk.example.com/*']);
    const sites = createSelfHostedSites(fake.api);
    await sites.add(desk);
    await sites.remove(desk);
    expect(fake.scripts.size).toBe(0);
    expect(fake.permissions.size).toBe(0);
    expect(await sites.list()).toEqual([]);
  });

  it('on browser start registers listed sites that kept their permission, and nothing else', async () => {
    const fake = fakeBrowser(['https://desk.example.com/*']);
    fake.data[SELF_HOSTED_KEY] = [desk, { scheme: 'https', host: 'revoked.example.com' }, 'junk'];
    fake.scripts.set('klartext-site-https-old.example.com', {
      id: 'klartext-site-https-old.example.com',
      matches: ['https://old.example.com/*'],
      js: ['content-scripts/sidebar.js'],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    });
    await createSelfHostedSites(fake.api).sync();
    expect([...fake.scripts.keys()]).toEqual(['klartext-site-https-desk.example.com']);
  });
});

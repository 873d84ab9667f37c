// Self-hosted helpdesks (Zammad, OTRS, Jira Data Center, Freescout, osTicket on a company's
// own domain): the user adds a domain in the options page, Klartext asks for that one host
// permission only then (in the click, see entrypoints/options/self-hosted.tsx) and registers
// the sidebar content script for it at run time. Removing the domain unregisters the script
// and gives the permission back. The list lives in extension storage; the background
// re-registers from it when the browser starts (Firefox forgets registrations on restart).
import type { MessageKey } from './i18n';

export interface SelfHostedSite {
  scheme: 'https' | 'http';
  /** Host name without port (match patterns ignore ports), lower case, punycode. */
  host: string;
}

export const SELF_HOSTED_KEY = 'selfHosted.sites';
/** The built sidebar content script (WXT writes entrypoints/sidebar.content here). */
export const SIDEBAR_SCRIPT_FILE = 'content-scripts/sidebar.js';
const SCRIPT_ID_PREFIX = 'klartext-site-';

export type ParsedSite = { ok: true; site: SelfHostedSite } | { ok: false; error: MessageKey };

/** The match pattern (and permission origin) for a site. */
export function sitePattern(site: SelfHostedSite): string {
  return `${site.scheme}://${site.host}/*`;
}

export function scriptId(site: SelfHostedSite): string {
  return `${SCRIPT_ID_PREFIX}${site.scheme}-${site.host}`;
}

export function siteLabel(site: SelfHostedSite): string {
  return site.scheme === 'https' ? site.host : `http://${site.host}`;
}

function matchesPattern(pattern: string, site: SelfHostedSite): boolean {
  const match = /^(https?|\*):\/\/([^/]+)\//.exec(pattern);
  if (!match) return false;
  const [, scheme, host] = match as unknown as [string, string, string];
  if (scheme !== '*' && scheme !== site.scheme) return false;
  if (host.startsWith('*.')) {
    const base = host.slice(2);
    return site.host === base || site.host.endsWith(`.${base}`);
  }
  return host === site.host;
}

/** Does the page at `url` fall under one of the match patterns (ports ignored, as in patterns)? */
export function urlMatchesAny(url: string, patterns: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const scheme = parsed.protocol.slice(0, -1);
  if (scheme !== 'https' && scheme !== 'http') return false;
  const site: SelfHostedSite = { scheme, host: parsed.hostname };
  return patterns.some((pattern) => matchesPattern(pattern, site));
}

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * Reads what the user typed: a host name ("helpdesk.example.com") or an address
 * ("https://zammad.company.de/#ticket/1"); a missing scheme means https. `builtIn` are the
 * content script's own match patterns, `known` the sites already added.
 */
export function parseSiteInput(
  input: string,
  builtIn: readonly string[],
  known: readonly SelfHostedSite[],
): ParsedSite {
  const text = input.trim();
  if (!text) return { ok: false, error: 'siteErrorEmpty' };
  if (text.includes('*')) return { ok: false, error: 'siteErrorWildcard' };
  // "helpdesk.example.com:8081" is a host and port, not a scheme: a scheme is followed by "//"
  // or is one of the few that are not ("javascript:", "mailto:", ...).
  const hasScheme =
    /^[a-z][a-z0-9+.-]*:\/\//i.test(text) || /^(javascript|mailto|data|about|file):/i.test(text);
  const withScheme = hasScheme ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, error: 'siteErrorInvalid' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, error: 'siteErrorScheme' };
  }
  if (url.username || url.password) return { ok: false, error: 'siteErrorInvalid' };
  const host = url.hostname.replace(/\.$/, '');
  const isIpv6 = host.startsWith('[');
  const labels = host.split('.');
  const isName = labels.every((label) => LABEL.test(label));
  // A bare word ("intranet") is allowed: company networks have such hosts.
  if (!host || (!isIpv6 && !isName)) return { ok: false, error: 'siteErrorInvalid' };
  const site: SelfHostedSite = { scheme: url.protocol === 'http:' ? 'http' : 'https', host };
  if (builtIn.some((pattern) => matchesPattern(pattern, site))) {
    return { ok: false, error: 'siteErrorBuiltIn' };
  }
  if (known.some((other) => other.host === site.host && other.scheme === site.scheme)) {
    return { ok: false, error: 'siteErrorDuplicate' };
  }
  return { ok: true, site };
}

/** The stored list, keeping only well-formed entries. */
export function readSites(value: unknown): SelfHostedSite[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (entry): entry is SelfHostedSite =>
      typeof entry === 'object' &&
      entry !== null &&
      (entry.scheme === 'https' || entry.scheme === 'http') &&
      typeof entry.host === 'string' &&
      entry.host.length > 0,
  );
}

/** The parts of `browser` this module needs (the real one, or a fake in unit tests). */
export interface SelfHostedApi {
  storage: {
    local: {
      get(keys: string[]): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
  permissions: {
    contains(permissions: { origins: string[] }): Promise<boolean>;
    remove(permissions: { origins: string[] }): Promise<boolean>;
  };
  scripting: {
    registerContentScripts(scripts: RegisteredScript[]): Promise<void>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
    getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<{ id: string }[]>;
  };
}

export interface RegisteredScript {
  id: string;
  matches: string[];
  js: string[];
  runAt: 'document_idle';
  persistAcrossSessions: boolean;
}

function scriptFor(site: SelfHostedSite): RegisteredScript {
  return {
    id: scriptId(site),
    matches: [sitePattern(site)],
    js: [SIDEBAR_SCRIPT_FILE],
    runAt: 'document_idle',
    persistAcrossSessions: true,
  };
}

export interface SelfHostedSites {
  list(): Promise<SelfHostedSite[]>;
  /** Registers the script for a site whose permission was just granted, and lists it. */
  add(site: SelfHostedSite): Promise<void>;
  /** Unregisters the script, gives the permission back and drops the site from the list. */
  remove(site: SelfHostedSite): Promise<void>;
  /**
   * Makes the registrations match the list: registers listed sites that still have their
   * permission, unregisters everything else Klartext registered (browser start, install).
   */
  sync(): Promise<void>;
}

export function createSelfHostedSites(api: SelfHostedApi): SelfHostedSites {
  const list = async () =>
    readSites((await api.storage.local.get([SELF_HOSTED_KEY]))[SELF_HOSTED_KEY]);
  const save = (sites: SelfHostedSite[]) => api.storage.local.set({ [SELF_HOSTED_KEY]: sites });
  const registeredIds = async () =>
    (await api.scripting.getRegisteredContentScripts())
      .map((script) => script.id)
      .filter((id) => id.startsWith(SCRIPT_ID_PREFIX));
  const unregister = async (ids: string[]) => {
    if (ids.length > 0) await api.scripting.unregisterContentScripts({ ids });
  };

  return {
    list,
    async add(site) {
      const id = scriptId(site);
      await unregister((await registeredIds()).filter((known) => known === id));
      await api.scripting.registerContentScripts([scriptFor(site)]);
      const sites = (await list()).filter(
        (other) => other.host !== site.host || other.scheme !== site.scheme,
      );
      await save([...sites, site].sort((a, b) => a.host.localeCompare(b.host)));
    },
    async remove(site) {
      const id = scriptId(site);
      await unregister((await registeredIds()).filter((known) => known === id));
      await save(
        (await list()).filter((other) => other.host !== site.host || other.scheme !== site.scheme),
      );
      // The browser may refuse (e.g. a permission the policy grants); the site is gone anyway.
      await api.permissions.remove({ origins: [sitePattern(site)] }).catch(() => false);
    },
    async sync() {
      const sites = await list();
      await unregister(await registeredIds());
      const allowed: SelfHostedSite[] = [];
      for (const site of sites) {
        if (await api.permissions.contains({ origins: [sitePattern(site)] })) allowed.push(site);
      }
      if (allowed.length > 0) await api.scripting.registerContentScripts(allowed.map(scriptFor));
    },
  };
}

// Why Klartext shows nothing in the toolbar popup's tab, and so what the popup offers: the
// facts the popup gathered about the tab in, one reason out (components/PopupReason.tsx words
// it in German and English, with the control that changes it). Pure, for unit tests.
import { parseSiteInput, urlMatchesAny, type SelfHostedSite } from './self-hosted';

export interface TabFacts {
  /** The tab's address when the browser tells the popup (the toolbar click lends it). */
  url: string | undefined;
  /** The host Klartext's content script runs on in the tab (it answered the popup's ping). */
  host: string | undefined;
  /** Whether that script watches a reply box. */
  replyBox: boolean;
  siteEnabled: boolean;
  tabEnabled: boolean;
  everywhereEnabled: boolean;
  /** Klartext's sites the browser withholds for this tab, as people read them. */
  withheld: readonly string[];
  /** Klartext's site patterns in this build: its built-in sites and the self-hosted ones. */
  wanted: readonly string[];
}

export type PopupReason =
  /** Klartext runs and watches a reply box: nothing to explain. */
  | { kind: 'checking' }
  | { kind: 'off-everywhere' }
  | { kind: 'off-site'; host: string }
  | { kind: 'off-tab' }
  /** Klartext runs, but the page has no reply box (a ticket list, a dashboard). */
  | { kind: 'no-reply-box' }
  /** The browser withholds Klartext's access to its own sites. */
  | { kind: 'no-access'; sites: readonly string[] }
  /** A web page of a site Klartext does not know: it can be checked with one click. */
  | { kind: 'new-site'; site: SelfHostedSite }
  /** One of Klartext's sites, opened before Klartext could start there (install, update). */
  | { kind: 'reload' }
  /** The browser's own pages, files, or an address the popup is not told. */
  | { kind: 'not-here' };

export function popupReason(facts: TabFacts): PopupReason {
  if (!facts.everywhereEnabled) return { kind: 'off-everywhere' };
  if (facts.withheld.length > 0) return { kind: 'no-access', sites: facts.withheld };
  if (facts.host !== undefined) {
    if (!facts.siteEnabled) return { kind: 'off-site', host: facts.host };
    if (!facts.tabEnabled) return { kind: 'off-tab' };
    return facts.replyBox ? { kind: 'checking' } : { kind: 'no-reply-box' };
  }
  if (facts.url === undefined) return { kind: 'not-here' };
  if (urlMatchesAny(facts.url, facts.wanted)) return { kind: 'reload' };
  const site = siteOf(facts.url);
  return site ? { kind: 'new-site', site } : { kind: 'not-here' };
}

/** The site of a web page's address (http or https, a well-formed host), else undefined. */
export function siteOf(url: string): SelfHostedSite | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  const site = parseSiteInput(`${parsed.protocol}//${parsed.hostname}`, [], []);
  return site.ok ? site.site : undefined;
}

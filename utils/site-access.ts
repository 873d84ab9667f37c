// Which of Klartext's sites the browser withholds access to. Chromium and Firefox let the user
// take an extension's site access back per site (Firefox: the extensions menu, about:addons);
// the sidebar cannot run there at all, so the toolbar popup says so and offers it back.
import { urlMatchesAny } from './self-hosted';

/**
 * The patterns Klartext wants (its built-in sites and the self-hosted ones the user added)
 * that the browser does not grant now; only those that cover `url` when the tab's address is
 * known, all of them otherwise (the popup then lists them).
 */
export function withheldSites(
  wanted: readonly string[],
  granted: readonly string[],
  url: string | undefined,
): string[] {
  const missing = [...new Set(wanted)].filter((pattern) => !granted.includes(pattern));
  return url === undefined ? missing : missing.filter((pattern) => urlMatchesAny(url, [pattern]));
}

/** A pattern as people read it: "*.zendesk.com", "127.0.0.1", "http://helpdesk.example". */
export function patternLabel(pattern: string): string {
  const match = /^(\*|https?):\/\/([^/]+)\//.exec(pattern);
  if (!match) return pattern;
  const [, scheme, host] = match as unknown as [string, string, string];
  return scheme === 'http' && !/^(127\.0\.0\.1|localhost)$/.test(host) ? `http://${host}` : host;
}

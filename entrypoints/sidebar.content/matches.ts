// Where the sidebar runs: the cloud domains of the common ticketing and mail tools, by the id
// of the tool's adapter (hosts/<id>.ts), which recognises its pages by these and nothing else.
// One pattern per domain: `*.force.com` already covers Lightning's `*.lightning.force.com`.
// Self-hosted tools (OTRS, Request Tracker, osTicket, FreeScout) have none: the agent adds
// their domain in the options page.
export const CLOUD_SITES: Readonly<Record<string, readonly string[]>> = {
  zendesk: ['https://*.zendesk.com/*'],
  freshdesk: ['https://*.freshdesk.com/*'],
  'jira-service-management': ['https://*.atlassian.net/*'],
  servicenow: ['https://*.service-now.com/*'],
  salesforce: ['https://*.force.com/*', 'https://*.salesforce.com/*'],
  hubspot: ['https://*.hubspot.com/*'],
  helpscout: ['https://*.helpscout.net/*'],
  zammad: ['https://*.zammad.com/*'],
  front: ['https://*.frontapp.com/*'],
  intercom: ['https://*.intercom.com/*'],
  gmail: ['https://mail.google.com/*'],
  outlook: [
    'https://outlook.office.com/*',
    'https://outlook.office365.com/*',
    'https://outlook.live.com/*',
  ],
};

export const SIDEBAR_MATCHES: string[] = Object.values(CLOUD_SITES).flat();

/** Whether `hostname` is one of the domains `patterns` name (`*.` also takes the bare domain). */
export function hostMatchesAny(hostname: string, patterns: readonly string[]): boolean {
  return patterns.some((pattern) => {
    const host = /^[a-z*]+:\/\/([^/]+)\//.exec(pattern)?.[1];
    if (!host) return false;
    if (!host.startsWith('*.')) return hostname === host;
    const base = host.slice(2);
    return hostname === base || hostname.endsWith(`.${base}`);
  });
}

/**
 * Local pages (the demo and the e2e fixtures on 127.0.0.1 and localhost, any port). Only the
 * test build has them (`npm run build:test`, KLARTEXT_LOCAL_PAGES=1 in wxt.config.ts): a
 * production build on an agent's machine has no business on whatever runs on localhost there.
 * A helpdesk that really runs locally is added as a self-hosted site in the options page.
 */
export const LOCAL_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];

/** The content script's patterns in this build, read from its manifest. */
export function builtInMatches(manifest: { content_scripts?: { matches?: string[] }[] }): string[] {
  return manifest.content_scripts?.flatMap((script) => script.matches ?? []) ?? SIDEBAR_MATCHES;
}

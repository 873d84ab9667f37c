// Where the sidebar runs: the cloud domains of the common ticketing and mail tools. One
// pattern per domain: `*.force.com` already covers Lightning's `*.lightning.force.com`.
export const SIDEBAR_MATCHES = [
  'https://*.zendesk.com/*',
  'https://*.freshdesk.com/*',
  'https://*.atlassian.net/*',
  'https://*.service-now.com/*',
  'https://*.force.com/*',
  'https://*.salesforce.com/*',
  'https://*.hubspot.com/*',
  'https://*.helpscout.net/*',
  'https://*.zammad.com/*',
  'https://*.frontapp.com/*',
  'https://*.intercom.com/*',
  'https://mail.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
];

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

// Where the sidebar runs: the local demo and test pages, and the cloud domains of the common
// ticketing and mail tools. Match patterns ignore ports, so any local port is covered.
export const SIDEBAR_MATCHES = [
  'http://127.0.0.1/*',
  'http://localhost/*',
  'https://*.zendesk.com/*',
  'https://*.freshdesk.com/*',
  'https://*.atlassian.net/*',
  'https://*.service-now.com/*',
  'https://*.force.com/*',
  'https://*.lightning.force.com/*',
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

// Picks the adapter for the current page: by host name on the tools' cloud domains; on local
// pages (the demo and the test fixtures on 127.0.0.1/localhost) a page may name the tool it
// reproduces with `?klartext-host=<id>` or `<meta name="klartext-host" content="<id>">`.
// Self-hosted tools are told by their pages on any domain (Request Tracker, osTicket and
// FreeScout: their paths and page structure). Everything else gets the generic adapter.
import { freeScoutAdapter } from './freescout';
import { freshdeskAdapter } from './freshdesk';
import { frontAdapter } from './front';
import { genericAdapter } from './generic';
import { gmailAdapter } from './gmail';
import { helpScoutAdapter } from './helpscout';
import { hubspotAdapter } from './hubspot';
import { intercomAdapter } from './intercom';
import { jiraServiceManagementAdapter } from './jira-service-management';
import { osTicketAdapter } from './osticket';
import { otrsAdapter } from './otrs';
import { outlookAdapter } from './outlook';
import { requestTrackerAdapter } from './request-tracker';
import { salesforceAdapter } from './salesforce';
import { serviceNowAdapter } from './servicenow';
import type { HostAdapter } from './types';
import { zammadAdapter } from './zammad';
import { zendeskAdapter } from './zendesk';

export const TOOL_ADAPTERS: readonly HostAdapter[] = [
  zendeskAdapter,
  freshdeskAdapter,
  jiraServiceManagementAdapter,
  serviceNowAdapter,
  salesforceAdapter,
  hubspotAdapter,
  zammadAdapter,
  otrsAdapter,
  requestTrackerAdapter,
  osTicketAdapter,
  freeScoutAdapter,
  helpScoutAdapter,
  frontAdapter,
  intercomAdapter,
  gmailAdapter,
  outlookAdapter,
];

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function adapterFor(hostname: string): HostAdapter {
  return TOOL_ADAPTERS.find((adapter) => adapter.matches(hostname)) ?? genericAdapter;
}

/** The adapter a local page asks for, if it names a known tool. */
function localChoice(url: URL, doc: Document): HostAdapter | undefined {
  const id =
    url.searchParams.get('klartext-host') ??
    doc.querySelector('meta[name="klartext-host"]')?.getAttribute('content');
  return id ? TOOL_ADAPTERS.find((adapter) => adapter.id === id) : undefined;
}

/** The self-hosted tool whose page this is, on whatever domain it runs. */
function recognized(url: URL, doc: Document): HostAdapter | undefined {
  return TOOL_ADAPTERS.find((adapter) => adapter.recognizes?.(url, doc));
}

export function adapterForPage(url: URL, doc: Document): HostAdapter {
  const named = LOCAL_HOSTS.has(url.hostname)
    ? localChoice(url, doc)
    : TOOL_ADAPTERS.find((adapter) => adapter.matches(url.hostname));
  return named ?? recognized(url, doc) ?? genericAdapter;
}

export type { Composer, ComposerKind, HostAdapter } from './types';

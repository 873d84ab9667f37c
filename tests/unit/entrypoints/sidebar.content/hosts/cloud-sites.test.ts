// Each tool's cloud domains live once (entrypoints/sidebar.content/matches.ts CLOUD_SITES): the
// manifest takes them for the sidebar and the host permissions, and the tool's adapter
// recognises its pages by exactly them. This keeps the two from drifting apart.
import { describe, expect, it } from 'vitest';
import { TOOL_ADAPTERS } from '../../../../../entrypoints/sidebar.content/hosts';
import {
  CLOUD_SITES,
  hostMatchesAny,
  SIDEBAR_MATCHES,
} from '../../../../../entrypoints/sidebar.content/matches';

const SAMPLE_HOSTS: Record<string, string> = {
  zendesk: 'acme.zendesk.com',
  freshdesk: 'acme.freshdesk.com',
  'jira-service-management': 'acme.atlassian.net',
  servicenow: 'acme.service-now.com',
  salesforce: 'acme.lightning.force.com',
  hubspot: 'app-eu1.hubspot.com',
  helpscout: 'secure.helpscout.net',
  zammad: 'acme.zammad.com',
  front: 'app.frontapp.com',
  intercom: 'app.intercom.com',
  gmail: 'mail.google.com',
  outlook: 'outlook.office365.com',
};

describe('cloud sites', () => {
  it('belong to a tool adapter each, which takes its pages there and nowhere else', () => {
    const ids = TOOL_ADAPTERS.map((adapter) => adapter.id);
    for (const [id, host] of Object.entries(SAMPLE_HOSTS)) {
      expect(ids, id).toContain(id);
      expect(CLOUD_SITES[id], id).toBeDefined();
      const matching = TOOL_ADAPTERS.filter((adapter) => adapter.matches(host));
      expect(matching.map((adapter) => adapter.id)).toEqual([id]);
    }
    expect(Object.keys(CLOUD_SITES).sort()).toEqual(Object.keys(SAMPLE_HOSTS).sort());
  });

  it('are what the manifest asks for, each once', () => {
    expect(SIDEBAR_MATCHES).toEqual(Object.values(CLOUD_SITES).flat());
    expect(new Set(SIDEBAR_MATCHES).size).toBe(SIDEBAR_MATCHES.length);
  });

  it('match a wildcard domain with and without a subdomain, and nothing that only ends alike', () => {
    const zendesk = CLOUD_SITES.zendesk!;
    expect(hostMatchesAny('zendesk.com', zendesk)).toBe(true);
    expect(hostMatchesAny('a.b.zendesk.com', zendesk)).toBe(true);
    expect(hostMatchesAny('notzendesk.com', zendesk)).toBe(false);
    expect(hostMatchesAny('zendesk.com.evil.example', zendesk)).toBe(false);
    expect(hostMatchesAny('google.com', CLOUD_SITES.gmail!)).toBe(false);
  });
});

// Why the popup says Klartext shows nothing in a tab: off (everywhere, on the site, in the tab),
// no access, no reply box, a site Klartext does not know (offered with one click), a page
// opened before Klartext could start, and pages it cannot run on.
import { describe, expect, it } from 'vitest';
import { popupReason, siteOf, type TabFacts } from '../../../utils/popup-reason';

const WANTED = ['https://*.zendesk.com/*', 'https://desk.acme.example/*'];
const running: TabFacts = {
  url: 'https://acme.zendesk.com/agent/tickets/1',
  host: 'acme.zendesk.com',
  replyBox: true,
  siteEnabled: true,
  tabEnabled: true,
  everywhereEnabled: true,
  withheld: [],
  wanted: WANTED,
};
const absent: TabFacts = { ...running, host: undefined, replyBox: false };

describe('popupReason', () => {
  it('has nothing to explain while Klartext watches a reply box', () => {
    expect(popupReason(running)).toEqual({ kind: 'checking' });
  });

  it('names the switch that keeps Klartext off, everywhere first', () => {
    expect(popupReason({ ...running, everywhereEnabled: false, siteEnabled: false })).toEqual({
      kind: 'off-everywhere',
    });
    expect(popupReason({ ...running, siteEnabled: false, tabEnabled: false })).toEqual({
      kind: 'off-site',
      host: 'acme.zendesk.com',
    });
    expect(popupReason({ ...running, tabEnabled: false })).toEqual({ kind: 'off-tab' });
    // Off everywhere also where Klartext does not run: the one switch that matters.
    expect(popupReason({ ...absent, everywhereEnabled: false })).toEqual({
      kind: 'off-everywhere',
    });
  });

  it('says when a page Klartext runs on has no reply box', () => {
    expect(popupReason({ ...running, replyBox: false })).toEqual({ kind: 'no-reply-box' });
  });

  it('names withheld sites before anything else the tab could say', () => {
    expect(popupReason({ ...absent, withheld: ['*.zendesk.com'] })).toEqual({
      kind: 'no-access',
      sites: ['*.zendesk.com'],
    });
  });

  it('offers a site Klartext does not know, with its scheme and host (no port, no path)', () => {
    expect(popupReason({ ...absent, url: 'http://tickets.intranet:8080/queue?id=4' })).toEqual({
      kind: 'new-site',
      site: { scheme: 'http', host: 'tickets.intranet' },
    });
  });

  it('asks for a reload on one of its sites where the script has not started', () => {
    expect(popupReason({ ...absent, url: 'https://desk.acme.example/ticket/9' })).toEqual({
      kind: 'reload',
    });
  });

  it('cannot run on browser pages, files, or an address it is not told', () => {
    for (const url of ['chrome://extensions/', 'about:addons', 'file:///tmp/a.html', undefined]) {
      expect(popupReason({ ...absent, url })).toEqual({ kind: 'not-here' });
    }
  });
});

describe('siteOf', () => {
  it('takes http and https pages with a well-formed host only', () => {
    expect(siteOf('https://Desk.Example.COM/a')).toEqual({
      scheme: 'https',
      host: 'desk.example.com',
    });
    expect(siteOf('ftp://desk.example/')).toBeUndefined();
    expect(siteOf('not a url')).toBeUndefined();
  });
});

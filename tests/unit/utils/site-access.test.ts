// Which of Klartext's sites the browser withholds, for the popup's "no access" note.
import { describe, expect, it } from 'vitest';
import { patternLabel, withheldSites } from '../../../utils/site-access';

const WANTED = ['https://*.zendesk.com/*', 'http://127.0.0.1/*', 'https://desk.acme.example/*'];

describe('withheldSites', () => {
  it('lists every withheld site when the tab’s address is unknown', () => {
    expect(withheldSites(WANTED, ['https://*.zendesk.com/*'], undefined)).toEqual([
      'http://127.0.0.1/*',
      'https://desk.acme.example/*',
    ]);
  });

  it('names only the tab’s site when its address is known (ports do not matter)', () => {
    const granted = ['https://*.zendesk.com/*'];
    expect(withheldSites(WANTED, granted, 'http://127.0.0.1:8088/Ticket/1')).toEqual([
      'http://127.0.0.1/*',
    ]);
    expect(withheldSites(WANTED, granted, 'https://acme.zendesk.com/agent/tickets/1')).toEqual([]);
    expect(withheldSites(WANTED, granted, 'https://example.org/')).toEqual([]);
  });

  it('is empty when everything is granted', () => {
    expect(withheldSites(WANTED, WANTED, undefined)).toEqual([]);
  });
});

describe('patternLabel', () => {
  it.each([
    ['https://*.zendesk.com/*', '*.zendesk.com'],
    ['https://mail.google.com/*', 'mail.google.com'],
    ['http://helpdesk.example/*', 'http://helpdesk.example'],
    ['http://127.0.0.1/*', '127.0.0.1'],
  ])('%s reads as %s', (pattern, label) => {
    expect(patternLabel(pattern)).toBe(label);
  });
});

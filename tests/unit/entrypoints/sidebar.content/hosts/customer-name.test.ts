// @vitest-environment happy-dom
// The customer's name for greetings in suggestions, read where the tool shows it: Zendesk's
// author link on the customer's newest message (not the agent's, not a note's), and on any
// other page the element marked data-klartext-customer-name (the demo ticket marks its
// requester).
import { describe, expect, it } from 'vitest';
import { genericAdapter } from '../../../../../entrypoints/sidebar.content/hosts/generic';
import { zendeskAdapter } from '../../../../../entrypoints/sidebar.content/hosts/zendesk';
import { freshdeskAdapter } from '../../../../../entrypoints/sidebar.content/hosts/freshdesk';
import { loadFixture } from './load-fixture';

describe('the customer name', () => {
  it("is the author of the customer's newest message in Zendesk", () => {
    loadFixture('zendesk');
    // The page's last author link is the agent's internal note: not the customer.
    const links = document.querySelectorAll('[data-test-id="omni-log-comment-user-link"]');
    expect(links[links.length - 1]?.textContent).toBe('Sam Taylor');
    expect(zendeskAdapter.customerName?.(document)).toBe('Eva Novak');
  });

  it('is the marked element on other pages, and nothing where none is marked', () => {
    document.body.innerHTML = `
      <dl><dt>Requester</dt><dd data-klartext-customer-name> Daniel
        Whitaker </dd></dl>
      <div data-klartext-customer>My router never arrived.</div>
      <textarea></textarea>`;
    expect(genericAdapter.customerName?.(document)).toBe('Daniel Whitaker');
    document.body.innerHTML = '<div data-klartext-customer>Hello</div><textarea></textarea>';
    expect(genericAdapter.customerName?.(document)).toBeUndefined();
  });

  it('is not guessed by an adapter whose page shows no name', () => {
    loadFixture('freshdesk');
    expect(freshdeskAdapter.customerName?.(document)).toBeUndefined();
  });
});

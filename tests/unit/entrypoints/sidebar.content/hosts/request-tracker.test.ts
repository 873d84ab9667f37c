// @vitest-environment happy-dom
// Request Tracker beyond what every adapter does (adapters.test.ts): RT runs only on a
// company's own domains, so its pages are recognised by path and page id; its update page
// shows no thread, so a reply started from a message reads the customer from the quote;
// the thread's order is the agent's preference; and where the page lists the requestors,
// their messages are the customer's.
import { beforeEach, describe, expect, it } from 'vitest';
import { adapterForPage } from '../../../../../entrypoints/sidebar.content/hosts';
import { requestTrackerAdapter } from '../../../../../entrypoints/sidebar.content/hosts/request-tracker';
import { loadFixture } from './load-fixture';

const LAST_CUSTOMER_MESSAGE =
  'This is the third time I am writing to you! The router still drops the connection every hour and I am losing money because I work from home. I need this fixed urgently.';

function editorBody(): HTMLElement {
  const frame = document.querySelector<HTMLIFrameElement>('iframe.cke_wysiwyg_frame')!;
  return frame.contentDocument!.body;
}

const history = () => document.querySelector<HTMLElement>('.history-container')!;

beforeEach(() => {
  loadFixture('request-tracker');
});

describe('request-tracker adapter', () => {
  it('is told by its pages on any domain, and only by them', () => {
    document.querySelector('meta[name="klartext-host"]')?.remove();
    const pick = (url: string) => adapterForPage(new URL(url), document).id;
    expect(pick('https://rt.example.org/Ticket/Update.html?id=42&Action=Respond')).toBe(
      'request-tracker',
    );
    // RT served under a web path, and on the machine itself (as in the e2e suite).
    expect(pick('https://intranet.example.org/rt/Ticket/Update.html?id=42')).toBe(
      'request-tracker',
    );
    expect(pick('http://127.0.0.1:8088/Ticket/Update.html?id=42')).toBe('request-tracker');
    // The page id must be the one of the page in the path.
    expect(pick('https://rt.example.org/Ticket/Display.html?id=42')).toBe('generic');
    document.body.id = 'comp-Ticket-Display';
    expect(pick('https://rt.example.org/Ticket/Display.html?id=42')).toBe('request-tracker');
    document.body.id = 'comp-Search-Results';
    expect(pick('https://rt.example.org/Ticket/Update.html?id=42')).toBe('generic');
    expect(pick('https://acme.zendesk.com/agent/tickets/1')).toBe('zendesk');
  });

  it('treats the comment page (Update Type "private") as a note from the start', () => {
    document.querySelector<HTMLSelectElement>('#UpdateType')!.value = 'private';
    expect(requestTrackerAdapter.composers(document)).toEqual([
      { element: editorBody(), kind: 'note' },
    ]);
  });

  it('reads the customer from the quote in the reply when the page shows no thread', () => {
    document.querySelector('.history')!.remove();
    editorBody().innerHTML = `<p>Hello Ms Novak,</p><p><br></p>
      <div>On Mon Dec 07 19:15:19 2026, anna.novak@example.com wrote:<blockquote><pre>${LAST_CUSTOMER_MESSAGE}
</pre><blockquote><pre>Hello Ms Novak, could you send us the model number?</pre></blockquote></blockquote></div>`;
    expect(requestTrackerAdapter.customerMessage(document)).toBe(LAST_CUSTOMER_MESSAGE);

    // The agent cut the quote: no context left.
    editorBody().innerHTML = '<p>Hello Ms Novak,</p>';
    expect(requestTrackerAdapter.customerMessage(document)).toBeUndefined();
  });

  it('takes the newest customer message when the agent lists the newest first', () => {
    history().replaceChildren(...[...history().children].reverse());
    expect(requestTrackerAdapter.customerMessage(document)).toBe(LAST_CUSTOMER_MESSAGE);
  });

  it('where the page lists the requestors, only their messages are the customer', () => {
    // Another agent's message, newer than the customer's, on a page that lists the requestors.
    history().insertAdjacentHTML(
      'beforeend',
      `<div class="transaction Ticket-transaction message" data-transaction-id="320">
        <div class="metadata"><span class="description"><span class="user" data-user-id="22">jo</span></span></div>
        <div class="content"><div class="messagebody"><div class="message-stanza">Line test booked.</div></div></div>
      </div>`,
    );
    document.body.insertAdjacentHTML(
      'afterbegin',
      `<div class="form-row requestors"><div class="value col-9"><span class="current-value">
        <span class="user" data-user-id="37"><a href="/User/Summary.html?id=37">&lt;anna.novak@example.com&gt;</a></span>
      </span></div></div>`,
    );
    expect(requestTrackerAdapter.customerMessage(document)).toBe(LAST_CUSTOMER_MESSAGE);
  });
});

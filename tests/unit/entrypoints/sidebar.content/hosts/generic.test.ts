// @vitest-environment happy-dom
// The generic fallback for any other page: visible textareas and contenteditable editors, also
// in same-origin iframes (designMode, CKEditor 4 and TinyMCE bodies) and open shadow roots;
// and which adapter a page gets.
import { afterEach, describe, expect, it } from 'vitest';
import { adapterForPage } from '../../../../../entrypoints/sidebar.content/hosts';
import { genericAdapter } from '../../../../../entrypoints/sidebar.content/hosts/generic';
import { createReplyTracker } from '../../../../../entrypoints/sidebar.content/editor/reply-tracker';

afterEach(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
});

const boxes = () => genericAdapter.composers(document).map(({ element }) => element);

/** An iframe showing `body` (happy-dom loads srcdoc frames right away). */
function frame(body: string): Document {
  const iframe = document.createElement('iframe');
  iframe.srcdoc = `<!doctype html><html><body${body}</body></html>`;
  document.body.append(iframe);
  return iframe.contentDocument!;
}

describe('generic adapter', () => {
  it('finds visible textareas and contenteditable editors, all as public replies', () => {
    document.body.innerHTML = `
      <textarea id="plain"></textarea>
      <div contenteditable="true" id="rich"><p>Hi <b>there</b></p></div>
      <textarea readonly></textarea>
      <div hidden><textarea id="hidden"></textarea></div>
      <div contenteditable="false">not editable</div>`;
    expect(boxes().map((box) => box.id)).toEqual(['plain', 'rich']);
    expect(genericAdapter.composers(document).every(({ kind }) => kind === 'reply')).toBe(true);
  });

  it('finds editors in same-origin iframes: designMode, CKEditor 4 and TinyMCE bodies', () => {
    const design = frame('><p>draft</p>');
    design.designMode = 'on';
    const ckeditor = frame(' class="cke_editable" contenteditable="true"><p><br></p>');
    const tinymce = frame(' id="tinymce" class="mce-content-body" contenteditable="true"><p>x</p>');
    const plain = frame('><p>just a page</p>');
    expect(boxes()).toEqual([design.body, ckeditor.body, tinymce.body]);
    expect(boxes()).not.toContain(plain.body);
  });

  it('finds editors inside open shadow roots', () => {
    const host = document.createElement('x-editor');
    document.body.append(host);
    const inner = host.attachShadow({ mode: 'open' });
    inner.innerHTML = '<div class="toolbar"></div><div contenteditable="true">in the shadow</div>';
    expect(boxes()).toEqual([inner.lastElementChild]);
  });

  it('follows the focused editor in an open shadow root', () => {
    const host = document.createElement('x-editor');
    document.body.append(host);
    const area = document.createElement('textarea');
    host.attachShadow({ mode: 'open' }).append(area);
    const stopper = new AbortController();
    const drafts: string[] = [];
    const tracker = createReplyTracker({
      adapter: genericAdapter,
      checkNotes: () => false,
      signal: stopper.signal,
      requestFrame: (callback) => callback(),
      delay: (callback) => callback(),
      now: () => 0,
      onReplyBox: () => undefined,
      onDraft: (draft) => drafts.push(draft),
      onDetach: () => undefined,
    });
    tracker.track(document);
    area.value = 'Typed in a web component';
    area.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    expect(drafts).toEqual(['Typed in a web component']);
    stopper.abort();
  });

  it("reads the customer's message from the element marked data-klartext-customer", () => {
    document.body.innerHTML = `
      <div data-klartext-customer><p>First   message</p></div>
      <div data-klartext-customer><p>Where is my router?</p><p>Third time I ask!</p></div>`;
    expect(genericAdapter.customerMessage(document)).toBe(
      'Where is my router?\n\nThird time I ask!',
    );
  });
});

describe('adapterForPage', () => {
  const pick = (url: string) => adapterForPage(new URL(url), document).id;

  it('picks the tool by its cloud domain', () => {
    expect(pick('https://acme.zendesk.com/agent/tickets/4711')).toBe('zendesk');
    expect(pick('https://acme.freshdesk.com/a/tickets/1')).toBe('freshdesk');
    expect(pick('https://acme.atlassian.net/browse/SUP-42')).toBe('jira-service-management');
    expect(pick('https://acme.service-now.com/now/sow/record/incident/1')).toBe('servicenow');
    expect(pick('https://acme.lightning.force.com/lightning/r/Case/1/view')).toBe('salesforce');
    expect(pick('https://app-eu1.hubspot.com/help-desk/1')).toBe('hubspot');
    expect(pick('https://secure.helpscout.net/conversation/1')).toBe('helpscout');
    expect(pick('https://app.frontapp.com/inboxes')).toBe('front');
    expect(pick('https://app.intercom.com/a/inbox')).toBe('intercom');
    expect(pick('https://mail.google.com/mail/u/0/#inbox')).toBe('gmail');
    expect(pick('https://outlook.office.com/mail/')).toBe('outlook');
    expect(pick('https://acme.zammad.com/#ticket/zoom/1')).toBe('zammad');
    expect(pick('https://helpdesk.example.org/')).toBe('generic');
  });

  it('lets local test pages name their tool, and only local pages', () => {
    expect(pick('http://127.0.0.1:8080/x.html?klartext-host=front')).toBe('front');
    expect(pick('http://localhost:8080/x.html?klartext-host=unknown')).toBe('generic');
    expect(pick('https://acme.zendesk.com/?klartext-host=front')).toBe('zendesk');
    document.head.innerHTML = '<meta name="klartext-host" content="otrs">';
    expect(pick('http://127.0.0.1:8080/ticket.html')).toBe('otrs');
    expect(pick('https://helpdesk.example.org/')).toBe('generic');
  });
});

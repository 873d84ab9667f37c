// @vitest-environment happy-dom
// FreeScout beyond what every adapter does (adapters.test.ts): it runs only on a company's own
// domains, so its conversation pages are recognised by path and page structure; the one editor
// area is a note when either of FreeScout's own markers says so, and a reply again when both
// are taken away; threads are read newest first whichever way they are listed.
import { beforeEach, describe, expect, it } from 'vitest';
import { adapterForPage } from '../../../../../entrypoints/sidebar.content/hosts';
import { freeScoutAdapter } from '../../../../../entrypoints/sidebar.content/hosts/freescout';
import { loadFixture } from './load-fixture';

const LAST_CUSTOMER_MESSAGE =
  'This is the third time I am writing to you! The router still drops the connection every hour and I am losing money because I work from home. I need this fixed urgently.';

const block = () => document.querySelector('.conv-reply-block')!;
const isNote = () => document.querySelector<HTMLInputElement>('input[name="is_note"]')!;
const editor = () => document.querySelector<HTMLElement>('.note-editable')!;
const kinds = () => freeScoutAdapter.composers(document).map((composer) => composer.kind);

beforeEach(() => {
  loadFixture('freescout');
});

describe('freescout adapter', () => {
  it('is told by its conversation pages on any domain, and only by them', () => {
    document.querySelector('meta[name="klartext-host"]')?.remove();
    const pick = (url: string) => adapterForPage(new URL(url), document).id;
    expect(pick('https://help.example.org/conversation/1042')).toBe('freescout');
    // Installed under a path, on the machine itself, and a new conversation.
    expect(pick('https://intranet.example.org/freescout/conversation/1042?folder_id=3')).toBe(
      'freescout',
    );
    expect(pick('http://127.0.0.1:8080/conversation/1042')).toBe('freescout');
    expect(pick('https://help.example.org/mailbox/1/new-ticket')).toBe('freescout');
    // Help Scout's cloud has the same paths; its domain decides.
    expect(pick('https://secure.helpscout.net/conversation/1042')).toBe('helpscout');
    expect(pick('https://help.example.org/mailbox/1')).toBe('generic');
    // The same path on a page without FreeScout's conversation layout.
    document.body.classList.remove('body-conv');
    expect(pick('https://help.example.org/conversation/1042')).toBe('generic');
  });

  it('is a note when either marker says so, and a reply again when both are gone', () => {
    expect(kinds()).toEqual(['reply']);
    block().classList.add('conv-note-block');
    expect(kinds()).toEqual(['note']);
    block().classList.remove('conv-note-block');
    isNote().value = '1';
    expect(kinds()).toEqual(['note']);
    isNote().value = '';
    expect(kinds()).toEqual(['reply']);
    expect(freeScoutAdapter.composers(document)[0]!.element).toBe(editor());
  });

  it('a new phone conversation (its record is a note) and a new email conversation', () => {
    document.querySelector('#conv-layout')!.innerHTML = `
      <div class="conv-block conv-note-block conv-phone-block">
        <form class="form-horizontal margin-top form-reply" id="form-create">
          <input type="hidden" name="is_note" value="1" />
          <div class="form-group conv-reply-body">
            <textarea id="body" name="body" style="display: none"></textarea>
            <div class="note-editor note-frame panel"><div class="note-editing-area">
              <div class="note-editable" contenteditable="true"></div>
            </div></div>
          </div>
        </form>
      </div>`;
    expect(kinds()).toEqual(['note']);
    document.querySelector('.conv-block')!.classList.remove('conv-note-block', 'conv-phone-block');
    isNote().value = '';
    expect(kinds()).toEqual(['reply']);
  });

  it('takes the newest customer message when the threads are listed oldest first', () => {
    const main = document.querySelector('#conv-layout-main')!;
    main.replaceChildren(...[...main.children].reverse());
    expect(freeScoutAdapter.customerMessage(document)).toBe(LAST_CUSTOMER_MESSAGE);
  });

  it("reads neither an agent's reply, a note nor a draft as the customer's", () => {
    for (const thread of document.querySelectorAll('.thread-type-customer')) thread.remove();
    document.querySelector('#conv-layout-main')!.insertAdjacentHTML(
      'afterbegin',
      `<div class="thread thread-type-draft" id="thread-5005" data-thread_id="5005">
        <div class="thread-message"><div class="thread-body">I am so sorry, we will fix it.</div></div>
      </div>`,
    );
    expect(freeScoutAdapter.customerMessage(document)).toBeUndefined();
  });
});

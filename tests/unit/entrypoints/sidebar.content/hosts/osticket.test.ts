// @vitest-environment happy-dom
// osTicket beyond what every adapter does (adapters.test.ts): it runs only on a company's own
// domains, so its agent panel is recognised by path and layout; rich text can be off (a plain
// textarea) or in Redactor's source view; the thread's order is the agent's preference; a
// task's forms never reach the customer. (Which tab is shown is layout, which happy-dom does
// not do; the adapter goes by the form, whichever is shown.)
import { beforeEach, describe, expect, it } from 'vitest';
import { adapterForPage } from '../../../../../entrypoints/sidebar.content/hosts';
import { osTicketAdapter } from '../../../../../entrypoints/sidebar.content/hosts/osticket';
import { loadFixture } from './load-fixture';

const LAST_CUSTOMER_MESSAGE =
  'This is the third time I am writing to you! The router still drops the connection every hour and I am losing money because I work from home. I need this fixed urgently.';

const form = (id: string) => document.querySelector<HTMLFormElement>(`form#${id}`)!;
const editorOf = (id: string) => form(id).querySelector<HTMLElement>('.redactor-in')!;

/** Rich text off: the form has its textarea alone, as osTicket renders it then. */
function plainText(id: string): HTMLTextAreaElement {
  form(id).querySelector('.redactor-box')!.remove();
  const textarea = document.createElement('textarea');
  textarea.name = id === 'reply' ? 'response' : 'note';
  form(id).append(textarea);
  return textarea;
}

beforeEach(() => {
  loadFixture('osticket');
});

describe('osticket adapter', () => {
  it('is told by its agent panel on any domain, and only by it', () => {
    document.querySelector('meta[name="klartext-host"]')?.remove();
    const pick = (url: string) => adapterForPage(new URL(url), document).id;
    expect(pick('https://support.example.org/scp/tickets.php?id=42')).toBe('osticket');
    // Installed under a path, on the machine itself, and the queue the agent starts from
    // (tickets open from it through pjax, without a page load).
    expect(pick('https://intranet.example.org/helpdesk/scp/tickets.php?id=42')).toBe('osticket');
    expect(pick('http://127.0.0.1:8080/scp/tickets.php')).toBe('osticket');
    expect(pick('https://support.example.org/scp/')).toBe('osticket');
    // The customers' portal is not the agent panel.
    expect(pick('https://support.example.org/tickets.php?id=42')).toBe('generic');
    // A page under /scp/ without the panel's layout is not osTicket's.
    document.querySelector('#pjax-container')!.removeAttribute('id');
    expect(pick('https://support.example.org/scp/tickets.php?id=42')).toBe('generic');
  });

  it('with rich text off, takes the textareas: the reply as a reply, the note as a note', () => {
    const reply = plainText('reply');
    const note = plainText('note');
    expect(osTicketAdapter.composers(document)).toEqual([
      { element: reply, kind: 'reply' },
      { element: note, kind: 'note' },
    ]);
  });

  it("in Redactor's source view, the shown textarea is the reply", () => {
    const textarea = form('reply').querySelector<HTMLTextAreaElement>('textarea#response')!;
    editorOf('reply').style.display = 'none';
    textarea.style.display = '';
    expect(osTicketAdapter.composers(document).filter((c) => c.kind === 'reply')).toEqual([
      { element: textarea, kind: 'reply' },
    ]);
  });

  it("treats a task's reply and note forms as notes", () => {
    document.querySelector('#response_options')!.remove();
    document.querySelector('#ticket_tabs_container')!.insertAdjacentHTML(
      'beforeend',
      `<div id="tasks" class="tab_content">
        <form id="task_reply" class="tab_content spellcheck save">
          <div class="redactor-box"><div class="redactor-in redactor-in-2" contenteditable="true"></div>
          <textarea name="response" id="task-response" style="display: none"></textarea></div>
        </form>
        <form id="task_note">
          <div class="redactor-box"><div class="redactor-in redactor-in-3" contenteditable="true"></div>
          <textarea name="note" id="task-note" style="display: none"></textarea></div>
        </form>
      </div>`,
    );
    const composers = osTicketAdapter.composers(document);
    expect(composers.map((c) => c.kind)).toEqual(['note', 'note']);
    expect(composers.map((c) => c.element)).toEqual([
      editorOf('task_reply'),
      editorOf('task_note'),
    ]);
  });

  it('takes the newest customer message when the agent lists the newest first', () => {
    const items = document.querySelector('#thread-items')!;
    items.replaceChildren(...[...items.children].reverse());
    expect(osTicketAdapter.customerMessage(document)).toBe(LAST_CUSTOMER_MESSAGE);
  });

  it("reads neither an agent's response nor an internal note as the customer's", () => {
    for (const entry of document.querySelectorAll('.thread-entry.message')) entry.remove();
    expect(osTicketAdapter.customerMessage(document)).toBeUndefined();
  });
});

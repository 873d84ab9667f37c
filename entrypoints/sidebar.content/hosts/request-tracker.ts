// Request Tracker 5 (Best Practical's RT). Self-hosted only, so it is told by its pages on any
// domain: RT's ticket pages live at `<WebPath>/Ticket/<Page>.html` and their body carries the
// page's component id (`comp-Ticket-Update`). Replies and comments are written on the update
// page (`Update.html?Action=Respond|Comment`): one form with a CKEditor 4 in an iframe
// (`.cke_wysiwyg_frame`, editable body) over the `UpdateContent` textarea (the textarea itself
// when rich text is off), inside `.messagebox-container`, and an "Update Type" select whose
// `private` value makes the update a comment the requestors never see (`response` replies to
// them); RT's script mirrors it on the container (`action-private` / `action-response`).
// The update page shows no thread: a reply started from a message of the history ("Reply" on a
// transaction, `QuoteTransaction`) quotes it in the editor, "On …, … wrote:" and a <blockquote>.
// Where the history is on the page (the ticket display loads it after the page, extensions
// show it under the update form), messages are `.transaction.message` with their id and their
// author (`.description .user[data-user-id]`); quoted mail is folded into nested stanzas. The
// customer's are the requestors' where the page lists them (the display page), else anyone's
// but the agent's own (`#preferences`, "Logged in as") and RT's system user.
// Markup as RT 5.0.3 (Debian's request-tracker5) serves it; tests/e2e/request-tracker.spec.ts
// runs against that RT.
import { defineAdapter } from './define';

/** RT_System, the first user of every RT database (status changes, outgoing mail records). */
const SYSTEM_USER = '1';

function authorOf(message: HTMLElement): string | null {
  return (
    message.querySelector('.description .user[data-user-id]')?.getAttribute('data-user-id') ?? null
  );
}

/** The logged-in agent's user id, from the "Logged in as" menu's link to their own summary. */
function currentUser(doc: Document): string | undefined {
  const summary = doc.querySelector('#preferences')?.getAttribute('href') ?? '';
  return /[?&;]id=(\d+)/.exec(summary)?.[1];
}

function isCustomer(message: HTMLElement): boolean {
  const author = authorOf(message);
  if (!author) return false;
  const doc = message.ownerDocument;
  const requestors = [...doc.querySelectorAll('.requestors .user[data-user-id]')].map((user) =>
    user.getAttribute('data-user-id'),
  );
  if (requestors.length > 0) return requestors.includes(author);
  return author !== SYSTEM_USER && author !== currentUser(doc);
}

export const requestTrackerAdapter = defineAdapter({
  id: 'request-tracker',
  // No cloud domain: RT runs on a company's own servers.
  pages(url, doc) {
    const page = /\/Ticket\/(\w+)\.html$/.exec(url.pathname)?.[1];
    return page !== undefined && doc.body?.id === `comp-Ticket-${page}`;
  },
  reply: '.messagebox-container .cke_wysiwyg_frame, .messagebox-container textarea.messagebox',
  inNoteMode(editorOrFrame) {
    const type = editorOrFrame
      .closest('form')
      ?.querySelector<HTMLSelectElement>('select[name="UpdateType"]');
    if (type) return type.value === 'private';
    return (
      editorOrFrame.closest('.messagebox-container')?.classList.contains('action-private') ?? false
    );
  },
  customerMessages: '.transaction.message[data-transaction-id]',
  isCustomer,
  messageBody: '.messagebody',
  quotedParts: '.message-stanza-folder, .message-stanza .message-stanza',
  // Oldest or newest first is each agent's preference; transaction ids grow with time.
  order: (message) => Number(message.dataset.transactionId),
  quoteInComposer: 'blockquote',
  watchRoot: '#body',
});

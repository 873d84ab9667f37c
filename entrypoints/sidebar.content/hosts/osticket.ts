// osTicket 1.18 (agent panel, `<root>/scp/`). Self-hosted only, so it is told by its pages on
// any domain: every agent-panel page is a PHP page under `/scp/` with the panel's layout
// (`#container` around `#pjax-container`, which the panel's links reload through pjax: a
// ticket is usually opened from the queue without a page load, so any panel page counts, not
// only `tickets.php?id=N`).
// The ticket view has two tabs under the thread, separate forms: "Post Reply" (`form#reply`,
// hidden field `a=reply`, textarea `#response`) goes to the customer, "Post Internal Note"
// (`form#note`, `a=postnote`, textarea `#internal_note`) stays with the staff; a task's forms
// (`form#task_reply`, `form#task_note`) never reach the customer either. With rich text on
// (the default), Redactor 3 puts a contenteditable `.redactor-in` into a `.redactor-box` around
// the textarea and hides the textarea (it shows again in Redactor's source view).
// Thread entries sit in `#thread-items`, each in `<div id="thread-entry-<id>">`, typed by class:
// `.thread-entry.message` the user's (the customer's, Cc collaborators' too), `.response` an
// agent's reply, `.note` an internal note; the text is the first <div> of `.thread-body`. The
// agent chooses oldest or newest first (`thread_view_order`); entry ids grow with time.
// Selectors from osTicket's templates: include/staff/header.inc.php (layout),
// include/staff/ticket-view.inc.php (tabs and forms), include/staff/templates/task-view.tmpl.php
// (task forms), include/staff/templates/thread-entries.tmpl.php and thread-entry.tmpl.php
// (thread), js/redactor.min.js and js/redactor-osticket.js (the editor's markup).
// Saved page: tests/fixtures/hosts/osticket.html.
import { defineAdapter } from './define';

/** The editor of a form: Redactor's editable, or the textarea when rich text is off. */
const editorOf = (form: string, textarea: string) =>
  `${form} .redactor-in[contenteditable], ${form} textarea[name="${textarea}"]`;

/** The entry's id from its wrapper (`thread-entry-<id>`); 0 where it is missing. */
function entryId(entry: HTMLElement): number {
  return Number(/^thread-entry-(\d+)$/.exec(entry.parentElement?.id ?? '')?.[1] ?? 0);
}

export const osTicketAdapter = defineAdapter({
  id: 'osticket',
  // No cloud domain: osTicket runs on a company's own servers.
  pages: (url, doc) =>
    /\/scp\/(?:[\w-]+\.php)?$/.test(url.pathname) &&
    doc.querySelector('#container #pjax-container') !== null,
  reply: editorOf('form#reply', 'response'),
  note: [
    editorOf('form#note', 'note'),
    editorOf('form#task_reply', 'response'),
    editorOf('form#task_note', 'note'),
  ].join(', '),
  customerMessages: '#thread-items .thread-entry.message',
  messageBody: '.thread-body > div',
  order: entryId,
  watchRoot: '#pjax-container',
});

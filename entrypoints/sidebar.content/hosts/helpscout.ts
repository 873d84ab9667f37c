// Help Scout. The reply editor and the note editor are the same composer opened by "Reply"
// or "Note"; the note one is marked (`is-note`, yellow). Thread items are typed: customer
// messages vs. agent replies and notes.
// Where markers are wrong, the adapter finds no composer and the tracker falls back to the
// generic rules (the box the agent types in, checked as a reply).
// The class names and data-cy markers are assumptions, not checked against the live app.
import { defineAdapter } from './define';

export const helpScoutAdapter = defineAdapter({
  id: 'helpscout',
  reply:
    '.c-editor [contenteditable="true"], [data-cy="reply-editor"] [contenteditable="true"], .redactor-editor',
  note: '.c-editor.is-note [contenteditable="true"], [data-cy="note-editor"] [contenteditable="true"], .is-note .redactor-editor',
  customerMessages: '.thread-item.is-customer, [data-cy="thread-item"][data-type="customer"]',
  messageBody: '.thread-content, [data-cy="thread-body"]',
  watchRoot: '#mainCol, main',
});

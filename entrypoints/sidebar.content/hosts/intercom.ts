// Intercom inbox. The conversation composer (ProseMirror) has "Reply" and "Note" tabs; in
// note mode the composer is marked (`data-composer-mode="note"`, yellow). Conversation parts
// are from the user (the customer), from teammates, or notes.
// Where markers are wrong, the adapter finds no composer and the tracker falls back to the
// generic rules (the box the agent types in, checked as a reply).
// The composer and conversation-part markers are assumptions, not checked against the live app.
import { defineAdapter } from './define';

export const intercomAdapter = defineAdapter({
  id: 'intercom',
  reply: '.inbox__composer .ProseMirror, [data-intercom-target="composer"] .ProseMirror',
  note: '[data-composer-mode="note"] .ProseMirror, .composer--note .ProseMirror',
  customerMessages: '[data-part-author="user"], .conversation__part.o__user',
  messageBody: '.conversation__text, [data-part-body]',
  watchRoot: '.inbox__conversation, main',
});

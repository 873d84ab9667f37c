// Freshdesk (helpdesk UI). Replies and private notes are written in separate Froala editors
// (`.fr-element.fr-view`, contenteditable) that open below the conversation: the reply
// editor in the reply form, the note editor in the "Add note" form. Conversation entries
// are incoming (the customer's, and the ticket description) or outgoing/private.
// Where markers are wrong, the adapter finds no composer and the tracker falls back to the
// generic rules (the box the agent types in, checked as a reply).
// Froala is Freshdesk's editor; the form and conversation class names are assumptions, not
// checked against the live app.
import { defineAdapter } from './define';

export const freshdeskAdapter = defineAdapter({
  id: 'freshdesk',
  reply:
    '[data-test-id="reply-editor"] .fr-element, .reply-editor .fr-element, #reply-editor .fr-element',
  note: '[data-test-id="note-editor"] .fr-element, .note-editor .fr-element, .private-note .fr-element',
  customerMessages:
    '[data-test-id="ticket-description"], .ticket-description, .conversation.incoming, [data-test-id="conversation-incoming"]',
  messageBody: '.conversation__body, [data-test-id="conversation-body"], .fr-view',
  watchRoot: '.ticket-details-wrapper, #ember-app, main',
});

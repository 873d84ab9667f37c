// Front. A reply draft opens in the conversation as a composer with a ProseMirror editor;
// comments to teammates (internal) are written in the comment composer at the bottom.
// Messages in the conversation are inbound (from the customer) or outbound.
// Where markers are wrong, the adapter finds no composer and the tracker falls back to the
// generic rules (the box the agent types in, checked as a reply).
// The test ids and direction markers are assumptions, not checked against the live app.
import { defineAdapter } from './define';

export const frontAdapter = defineAdapter({
  id: 'front',
  reply: '[data-testid="draft-composer"] .ProseMirror, .draft-editor .ProseMirror',
  note: '[data-testid="comment-composer"] [contenteditable="true"], [data-testid="comment-composer"] textarea',
  customerMessages: '[data-testid="message"][data-direction="inbound"], .message.is-inbound',
  messageBody: '[data-testid="message-body"], .message-body',
  watchRoot: '[data-testid="conversation"], main',
});

// HubSpot help desk / conversations inbox. The composer at the bottom of a thread switches
// between "Email"/"Chat" (to the customer) and "Comment" (internal, to colleagues); its
// editor is a contenteditable inside `[data-test-id="composer"]`. Thread messages carry
// their direction; incoming ones are the customer's.
// Where markers are wrong, the adapter finds no composer and the tracker falls back to the
// generic rules (the box the agent types in, checked as a reply).
// The test ids and direction attributes are assumptions, not checked against the live app.
import { defineAdapter } from './define';

export const hubspotAdapter = defineAdapter({
  id: 'hubspot',
  reply:
    '[data-test-id="composer"] [contenteditable="true"], [data-test-id="reply-editor"] [contenteditable="true"]',
  note: '[data-test-id="composer"][data-composer-channel="comment"] [contenteditable="true"], [data-test-id="comment-editor"] [contenteditable="true"]',
  customerMessages:
    '[data-test-id="thread-message"][data-direction="incoming"], [data-test-id="email-message-incoming"]',
  messageBody: '[data-test-id="message-body"], .message-body',
  watchRoot: '[data-test-id="thread-view"], main',
});

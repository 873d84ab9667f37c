// Salesforce Service Cloud (Lightning console). The case feed's publisher has an "Email"
// action (to the customer) and a "Post" action (a Chatter post, internal). Lightning
// components render in shadow roots, so lookups pierce them; the email body is a rich text
// editor (`lightning-input-rich-text`, contenteditable `.ql-editor` inside it). Email
// messages in the feed are marked incoming for the customer's mails.
// Where markers are wrong, the adapter finds no composer and the tracker falls back to the
// generic rules (the box the agent types in, checked as a reply).
// The publisher and feed markers are assumptions, not checked against the live app.
import { defineAdapter } from './define';

export const salesforceAdapter = defineAdapter({
  id: 'salesforce',
  shadowDom: true,
  // The publishers are matched, the editor is found inside their components' shadow roots.
  reply: '[data-target-selection-name$="SendEmail"], .forceEmailPublisher',
  note: '[data-target-selection-name$="TextPost"], .forceChatterPublisher',
  customerMessages:
    '.cuf-feedItem[data-email-direction="incoming"], [data-feed-item="email"][data-incoming="true"]',
  messageBody: '.feedBodyInner, .emailMessageBody, .cuf-feedBodyText',
  watchRoot: '.oneConsoleTabset, one-record-home-flexipage2, body',
});

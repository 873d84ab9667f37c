// Outlook on the web (outlook.office.com, outlook.live.com). The compose body is a
// contenteditable `div[role="textbox"]` labelled "Message body" (roosterjs). The reading pane
// shows the conversation newest first; each message's body is a `[role="document"]` region
// inside an item labelled with its sender. Outlook has no internal notes.
// Where markers are wrong, the adapter finds no composer and the tracker falls back to the
// generic rules (the box the agent types in, checked as a reply).
// The compose body's role and label are Outlook's; the conversation item markers are
// assumptions, not checked against the live app.
import { defineAdapter } from './define';

export const outlookAdapter = defineAdapter({
  id: 'outlook',
  reply:
    'div[role="textbox"][contenteditable="true"][aria-label*="essage body"], div[role="textbox"][contenteditable="true"][aria-label*="Nachrichtentext"]',
  customerMessages: '[data-testid="conversation-item"][data-from-me="false"]',
  messageBody: '[role="document"]',
  newestFirst: true,
  watchRoot: '#ReadingPaneContainerId, [role="main"], body',
});

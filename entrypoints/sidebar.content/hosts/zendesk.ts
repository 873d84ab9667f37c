// Zendesk Agent Workspace. The composer is a CKEditor 5 editable
// (`data-test-id="omnicomposer-rich-text-ckeditor"`) that a channel switcher button next to
// it turns into an internal note (its aria-label then says "Internal note"). Every open
// ticket tab keeps its own pane (`data-side-conversations-anchor-id`); hidden ones are
// skipped. The conversation log lists `omni-log-comment-item` articles whose message part
// carries `type="end-user"` for the customer (agents: "agent", notes: "internal"); the article's
// user link names its author.
import { defineAdapter } from './define';

const PANE = '[data-side-conversations-anchor-id]';
const SWITCHER = '[data-test-id="omnichannel-channel-switcher-button"]';

export const zendeskAdapter = defineAdapter({
  id: 'zendesk',
  reply: '[data-test-id="omnicomposer-rich-text-ckeditor"], .zendesk-editor--rich-text-container',
  inNoteMode(editor) {
    const scope = editor.closest(PANE) ?? editor.ownerDocument;
    const switcher = scope.querySelector(SWITCHER);
    const mode = `${switcher?.getAttribute('aria-label') ?? ''} ${switcher?.textContent ?? ''}`;
    return /internal|interne/i.test(mode);
  },
  customerMessages:
    'article[data-test-id="omni-log-comment-item"] [data-test-id="omni-log-item-message"][type="end-user"]',
  messageBody: '[data-test-id="omni-log-message-content"]',
  customerName: {
    around: 'article[data-test-id="omni-log-comment-item"]',
    name: '[data-test-id="omni-log-comment-user-link"]',
  },
  watchRoot: '#main_panes, main',
});

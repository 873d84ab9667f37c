// Jira Service Management (Atlassian Cloud) issue view. Comments are written in the Atlassian
// editor (ProseMirror inside `.ak-editor-content-area`); the comment form is opened either as
// "Reply to customer" or as "Add internal note", and the internal form is marked as such
// (`data-testid` naming an internal comment, or the yellow "internal note" form class).
// The customer's messages are the description and the comments by the reporter.
// Where markers are wrong, the adapter finds no composer and the tracker falls back to the
// generic rules (the box the agent types in, checked as a reply).
// `.ak-editor-content-area .ProseMirror` and the renderer classes are Atlassian's; the test ids
// of the two comment forms and of comment authors are assumptions, not checked against the live app.
import { defineAdapter } from './define';

const REPORTER =
  '[data-testid="issue.views.field.user.reporter"] [data-testid$="name"], [data-testid="issue.views.field.user.reporter"]';

function nameOf(element: Element | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export const jiraServiceManagementAdapter = defineAdapter({
  id: 'jira-service-management',
  reply:
    '[data-testid*="comment"] .ak-editor-content-area .ProseMirror, .ak-editor-content-area .ProseMirror',
  note: '[data-testid*="internal-comment"] .ProseMirror, [data-testid*="internal-note"] .ProseMirror',
  customerMessages:
    '[data-testid="issue.views.field.rich-text.description"], [data-testid^="issue-comment-base.ui.comment.ak-comment"]',
  isCustomer(message, doc) {
    if (message.matches('[data-testid="issue.views.field.rich-text.description"]')) return true;
    const reporter = nameOf(doc.querySelector(REPORTER));
    const author = nameOf(
      message.querySelector('[data-testid$="comment.author"], [data-testid*="author"]'),
    );
    return reporter !== '' && author === reporter;
  },
  messageBody: '.ak-renderer-document, [data-testid*="comment-body"]',
  watchRoot: '#jira-frontend, main',
});

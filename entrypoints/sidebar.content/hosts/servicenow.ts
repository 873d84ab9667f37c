// ServiceNow. In the Agent / Service Operations Workspace the record form and its activity
// composer are web components with open shadow roots (`now-textarea` holds the real
// <textarea>), so every lookup goes through shadow roots. "Additional comments (Customer
// visible)" is the public reply; "Work notes" stay internal. The classic form (UI16) has the
// same two fields as textareas (`activity-stream-comments-textarea` /
// `activity-stream-work_notes-textarea`), often inside the `gsft_main` iframe.
// Customer messages are the activity entries of the comments field written by the caller.
// Where markers are wrong, the adapter finds no composer and the tracker falls back to the
// generic rules (the box the agent types in, checked as a reply).
// The classic field ids and `now-textarea` are ServiceNow's; the workspace's aria-labels and the
// activity entries' attributes are assumptions, not checked against the live app.
import { defineAdapter } from './define';

export const serviceNowAdapter = defineAdapter({
  id: 'servicenow',
  shadowDom: true,
  reply:
    'textarea[aria-label^="Additional comments"], textarea[name$="comments"]:not([name$="work_notes"]), #activity-stream-comments-textarea',
  note: 'textarea[aria-label^="Work notes"], textarea[name$="work_notes"], #activity-stream-work_notes-textarea',
  customerMessages:
    '[data-field-name="comments"][data-author-role="caller"], .h-card[data-field="comments"].is-caller',
  messageBody: '.activity-text, .sn-widget-textblock-body',
  watchRoot: 'sn-workspace-layout, sn-polaris-layout, body',
});

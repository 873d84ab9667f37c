// What the sidebar needs to know about a ticketing tool's page. Only adapters in this folder
// know a tool's DOM; everything else works with what they return.

export interface HostAdapter {
  /** The customer's message the reply answers (context for the empathy checks), if shown. */
  customerMessage(doc: Document): Element | null;
  /** The reply boxes on the page (visible textareas and contenteditable editors). */
  replyBoxes(doc: Document): HTMLElement[];
}

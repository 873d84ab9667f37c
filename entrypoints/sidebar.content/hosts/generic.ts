// The adapter for any page: reply boxes are visible textareas and contenteditable editors;
// the customer's message is the last element marked `data-klartext-customer` (the demo
// ticket marks it; so can a team's own ticket templates).
import { replyBoxElement } from '../reply-box';
import type { HostAdapter } from './types';

const CUSTOMER = '[data-klartext-customer]';
const EDITORS = 'textarea, [contenteditable]:not([contenteditable="false"])';

function isShown(element: HTMLElement): boolean {
  return element.getClientRects().length > 0 && !element.closest('[aria-hidden="true"]');
}

export const genericAdapter: HostAdapter = {
  customerMessage(doc) {
    const marked = doc.querySelectorAll(CUSTOMER);
    return marked[marked.length - 1] ?? null;
  },
  replyBoxes(doc) {
    const boxes = new Set<HTMLElement>();
    for (const element of doc.querySelectorAll(EDITORS)) {
      const box = replyBoxElement(element);
      if (box && isShown(box)) boxes.add(box);
    }
    return [...boxes];
  },
};

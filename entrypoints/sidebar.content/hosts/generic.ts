// The adapter for any page: reply boxes are the visible textareas and contenteditable editors,
// also inside open shadow roots and same-origin iframes (designMode, CKEditor 4, TinyMCE);
// all count as public replies. The customer's message is the last element marked
// `data-klartext-customer` (the demo ticket marks it; so can a team's own ticket templates).
import { documentsIn, editableBody, editorIn, isShown, messageText, queryAll } from './dom';
import type { HostAdapter } from './types';

const CUSTOMER = '[data-klartext-customer]';
const EDITORS = 'textarea, [contenteditable]:not([contenteditable="false"])';

export const genericAdapter: HostAdapter = {
  id: 'generic',
  matches: () => true,
  composers(doc) {
    const boxes = new Set<HTMLElement>();
    for (const each of documentsIn(doc)) {
      const body = editableBody(each);
      if (body && isShown(body)) boxes.add(body);
      for (const element of queryAll(each, EDITORS, true)) {
        const box = editorIn(element);
        if (box && isShown(box)) boxes.add(box);
      }
    }
    return [...boxes].map((element) => ({ element, kind: 'reply' }));
  },
  customerMessage(doc) {
    const marked = documentsIn(doc).flatMap((each) => [...each.querySelectorAll(CUSTOMER)]);
    const last = marked[marked.length - 1];
    return last ? messageText(last) || undefined : undefined;
  },
};

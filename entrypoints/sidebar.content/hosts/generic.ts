// The adapter for any page: reply boxes are the visible textareas and contenteditable editors,
// also inside open shadow roots and same-origin iframes (designMode, CKEditor 4, TinyMCE);
// public replies unless their visible mode says internal note (generic-note-mode.ts). The
// customer's message is the last element marked `data-klartext-customer` (the demo ticket marks
// it; so can a team's own ticket templates), else the most recent message in the thread around
// the reply box that is not the agent's own (generic-thread.ts). The customer's name is the last
// element marked `data-klartext-customer-name`.
import { documentsIn, editableBody, editorIn, isShown, messageText, queryAll } from './dom';
import { inNoteMode } from './generic-note-mode';
import { threadCustomerMessage } from './generic-thread';
import type { Composer, HostAdapter } from './types';

const CUSTOMER = '[data-klartext-customer]';
/** The customer's name, where the page (the demo ticket, a team's own template) marks it. */
const CUSTOMER_NAME = '[data-klartext-customer-name]';

/**
 * Reading the thread from the page's structure walks the whole page (tens of ms on a big one),
 * while the check asks for the customer's message on every keystroke. The answer is kept until
 * the page changes outside its editors (typing in a contenteditable box changes nothing here),
 * and read again at most every REREAD_MS: a page that changes all the time (a clock, a live
 * queue counter) must not cost a walk on every keystroke.
 */
interface ThreadCache {
  observer: MutationObserver;
  observed: Set<Document>;
  answer?: { composer: HTMLElement | undefined; text: string | undefined; at: number };
  /** The page changed since `answer` was read. */
  stale: boolean;
}
const REREAD_MS = 2_000;
const threadCaches = new WeakMap<Document, ThreadCache>();

const inEditor = (node: Node) => {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!element?.closest('[contenteditable]:not([contenteditable="false"]), textarea');
};

function cachedThreadMessage(doc: Document, composer: HTMLElement | undefined) {
  let cache = threadCaches.get(doc);
  if (!cache) {
    const created: ThreadCache = {
      observed: new Set(),
      stale: true,
      observer: new MutationObserver((records) => {
        if (records.some((record) => !inEditor(record.target))) created.stale = true;
      }),
    };
    threadCaches.set(doc, (cache = created));
  }
  // Changes not yet delivered to the observer count now.
  if (cache.observer.takeRecords().some((record) => !inEditor(record.target))) cache.stale = true;
  const docs = documentsIn(doc);
  for (const each of docs) {
    if (cache.observed.has(each)) continue;
    cache.observed.add(each);
    cache.answer = undefined;
    cache.observer.observe(each, { childList: true, subtree: true, characterData: true });
  }
  const now = performance.now();
  const known = cache.answer?.composer === composer ? cache.answer : undefined;
  if (known && (!cache.stale || now - known.at < REREAD_MS)) return known.text;
  const text = threadCustomerMessage(doc, composer);
  cache.answer = { composer, text, at: now };
  cache.stale = false;
  return text;
}
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
    const editors = [...boxes];
    const frames = new Map<Document, HTMLElement>();
    for (const each of documentsIn(doc)) {
      for (const frame of each.querySelectorAll<HTMLIFrameElement>('iframe')) {
        try {
          if (frame.contentDocument) frames.set(frame.contentDocument, frame);
        } catch {
          // Another origin's frame: not ours to read.
        }
      }
    }
    const frameOf = (inner: Document) => frames.get(inner);
    return editors.map((element): Composer => ({
      element,
      kind: inNoteMode(element, editors, frameOf) ? 'note' : 'reply',
    }));
  },
  customerMessage(doc) {
    const marked = documentsIn(doc).flatMap((each) => [...each.querySelectorAll(CUSTOMER)]);
    const last = marked[marked.length - 1];
    if (last) return messageText(last) || undefined;
    const composers = genericAdapter.composers(doc);
    const composer = (composers.find(({ kind }) => kind === 'reply') ?? composers[0])?.element;
    return cachedThreadMessage(doc, composer);
  },
  customerName(doc) {
    const marked = documentsIn(doc).flatMap((each) => [...each.querySelectorAll(CUSTOMER_NAME)]);
    return marked[marked.length - 1]?.textContent?.replace(/\s+/g, ' ').trim() || undefined;
  },
};

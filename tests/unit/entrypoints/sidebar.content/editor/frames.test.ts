// @vitest-environment happy-dom
// Editors in same-origin iframes: their documents are hooked, also when added later or when
// focus moves into them; cross-origin frames (no contentDocument) are left alone.
import { describe, expect, it } from 'vitest';
import { watchDocuments } from '../../../../../entrypoints/sidebar.content/editor/frames';

/**
 * A stand-in iframe showing `inner`: an element named iframe outside the HTML namespace, since
 * happy-dom loads no frame pages (and logs an error for each real iframe).
 */
function frameWith(inner: Document | null): HTMLIFrameElement {
  const frame = document.createElementNS('urn:klartext:test', 'iframe') as HTMLIFrameElement;
  Object.defineProperty(frame, 'contentDocument', { get: () => inner });
  return frame;
}

/** A live frame document (a detached one has no window and counts as gone). */
function newDocument(): Document {
  const doc = document.implementation.createHTMLDocument('editor');
  Object.defineProperty(doc, 'defaultView', { value: window });
  return doc;
}

describe('watchDocuments', () => {
  it('hooks the top document and same-origin iframe documents, until stopped', () => {
    const first = newDocument();
    document.body.replaceChildren(frameWith(first), frameWith(null));
    const stop = new AbortController();
    const seen: Document[] = [];
    const watch = watchDocuments(document, (doc) => seen.push(doc), stop.signal);
    expect(seen).toEqual([document, first]);

    // An iframe that loads later is hooked through the capturing load listener.
    const second = newDocument();
    const later = frameWith(second);
    document.body.append(later);
    later.dispatchEvent(new Event('load'));
    expect(seen.at(-1)).toBe(second);
    expect(watch.documents()).toEqual([document, first, second]);

    stop.abort();
    later.dispatchEvent(new Event('load'));
    expect(seen).toHaveLength(3);
  });
});

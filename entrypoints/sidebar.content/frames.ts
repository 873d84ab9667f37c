// Some editors (TinyMCE, CKEditor 4, ServiceNow's classic UI) live in same-origin iframes.
// The content script runs in the top frame only, so there is one sidebar per tab, and reaches
// into same-origin iframes from there: it hooks each such document when found, when the
// iframe (re)loads, and when focus moves into it. Cross-origin frames stay out of reach.

function isFrame(node: unknown): node is HTMLIFrameElement {
  const name = (node as Element | null)?.localName;
  return name === 'iframe' || name === 'frame';
}

function frameDocument(frame: HTMLIFrameElement): Document | null {
  try {
    return frame.contentDocument;
  } catch {
    return null;
  }
}

export interface DocumentWatch {
  /** The hooked documents that are still alive, top first. */
  documents(): Document[];
}

/**
 * Calls `onDocument` once for `top` and for every same-origin iframe document, now and later,
 * until `signal` aborts. Listeners `onDocument` adds should use the same signal.
 */
export function watchDocuments(
  top: Document,
  onDocument: (doc: Document) => void,
  signal: AbortSignal,
): DocumentWatch {
  const hooked: Document[] = [];
  const seen = new WeakSet<Document>();

  const hookFrame = (frame: HTMLIFrameElement) => {
    const doc = frameDocument(frame);
    if (doc) hook(doc);
  };

  const hook = (doc: Document) => {
    if (signal.aborted || seen.has(doc)) return;
    seen.add(doc);
    hooked.push(doc);
    onDocument(doc);
    doc.querySelectorAll('iframe, frame').forEach((frame) => hookFrame(frame as HTMLIFrameElement));
    // `load` does not bubble, but a capturing listener sees it for every iframe below.
    doc.addEventListener(
      'load',
      (event) => {
        if (isFrame(event.target)) hookFrame(event.target);
      },
      { capture: true, signal },
    );
    // Focus moving into an iframe blurs this window with the iframe as the active element.
    doc.defaultView?.addEventListener(
      'blur',
      () => {
        if (isFrame(doc.activeElement)) hookFrame(doc.activeElement);
      },
      { signal },
    );
  };

  hook(top);
  return {
    documents: () => hooked.filter((doc) => doc.defaultView !== null),
  };
}

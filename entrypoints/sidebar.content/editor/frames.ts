// Some editors (TinyMCE, CKEditor 4, ServiceNow's classic UI) live in same-origin iframes.
// The content script runs in the top frame only, so there is one sidebar per tab, and reaches
// into same-origin iframes from there: it hooks each such document when found, when the
// iframe (re)loads, and when focus moves into it. Cross-origin frames stay out of reach.
//
// Hooking a document again is safe and sometimes needed: editors that build their iframe
// with document.open() wipe the listeners of the document and its window. Listeners added
// by `onDocument` must therefore be the same function objects every time (the DOM ignores a
// listener that is already registered).

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
 * Calls `onDocument` for `top` and for every same-origin iframe document, now and whenever a
 * frame loads or gets focus, until `signal` aborts. Listeners it adds should use the signal.
 */
export function watchDocuments(
  top: Document,
  onDocument: (doc: Document) => void,
  signal: AbortSignal,
): DocumentWatch {
  const hooked = new Set<Document>();

  const hookFrame = (frame: HTMLIFrameElement) => {
    const doc = frameDocument(frame);
    if (doc) hook(doc);
  };

  // `load` does not bubble, but a capturing listener sees it for every iframe below.
  const onLoad = (event: Event) => {
    if (isFrame(event.target)) hookFrame(event.target);
  };

  // Focus moving into an iframe blurs this window with the iframe as the active element.
  const onBlur = (event: Event) => {
    const active = (event.currentTarget as Window).document.activeElement;
    if (isFrame(active)) hookFrame(active);
  };

  const hook = (doc: Document) => {
    if (signal.aborted) return;
    hooked.add(doc);
    onDocument(doc);
    doc.addEventListener('load', onLoad, { capture: true, signal });
    doc.defaultView?.addEventListener('blur', onBlur, { signal });
    doc.querySelectorAll('iframe, frame').forEach((frame) => hookFrame(frame as HTMLIFrameElement));
  };

  hook(top);
  return {
    documents: () => [...hooked].filter((doc) => doc.defaultView !== null),
  };
}

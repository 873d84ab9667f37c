// Puts Klartext's element back when the page takes it out of the document: single-page apps
// rebuild their body, and a hostile script could remove the sidebar to silence it. It goes
// back in the next frame, never sooner: a page that removes it again at once only makes the
// two trade one DOM operation per frame, not a loop that holds the main thread.

export function keepAttached(element: Element, doc: Document, signal: AbortSignal): void {
  let queued = false;
  const attach = () => {
    queued = false;
    if (signal.aborted || element.isConnected) return;
    (doc.body ?? doc.documentElement).append(element);
  };
  const observer = new MutationObserver(() => {
    if (queued || signal.aborted || element.isConnected) return;
    queued = true;
    requestAnimationFrame(attach);
  });
  // The document itself, not its root element: a page may replace <html> too.
  observer.observe(doc, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}

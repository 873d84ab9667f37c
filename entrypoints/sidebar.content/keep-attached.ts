// Puts Klartext's element back when the page takes it out of the document: single-page apps
// rebuild their body, and a hostile script could remove the sidebar to silence it. Re-adding
// waits for the next frame and backs off when the page keeps removing it, so a page that
// removes it in a loop cannot make the two of them spin.

/** Re-attachments allowed in a row before waiting longer between them. */
const BURST = 5;
const BACKOFF_MS = 2_000;

export function keepAttached(element: Element, doc: Document, signal: AbortSignal): void {
  let queued = false;
  let recent = 0;
  let lastAt = 0;
  const attach = () => {
    queued = false;
    if (signal.aborted || element.isConnected) return;
    (doc.body ?? doc.documentElement).append(element);
  };
  const check = () => {
    if (queued || signal.aborted || element.isConnected) return;
    queued = true;
    const now = performance.now();
    recent = now - lastAt > BACKOFF_MS ? 1 : recent + 1;
    lastAt = now;
    if (recent > BURST) window.setTimeout(attach, BACKOFF_MS);
    else requestAnimationFrame(attach);
  };
  const observer = new MutationObserver(check);
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}

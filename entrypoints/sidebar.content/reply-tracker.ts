// Follows the reply box the agent is using (the focused or last-used textarea or
// contenteditable, in the page or a same-origin iframe) and hands its text to the check
// once per animation frame, however many input events arrive in between.
import type { HostAdapter } from './hosts';
import { createReplyBox, replyBoxElement, type ReplyBox } from './reply-box';
import { mapEditableText } from './text-map';

export interface ReplyTrackerDeps {
  adapter: HostAdapter;
  signal: AbortSignal;
  requestFrame(callback: () => void): void;
  /** setTimeout bound to the content script's lifetime. */
  delay(callback: () => void, ms: number): void;
  now(): number;
  /** A reply box exists or got focus: time to show the panel. */
  onReplyBox(): void;
  onDraft(draft: string, customer: string | undefined): void;
  /** The reply box left the page. */
  onDetach(): void;
}

export interface ReplyTracker {
  /** Listens to a document's focus and input events (called per hooked document). */
  track(doc: Document): void;
  /** Picks a reply box among `docs` without waiting for focus: the focused one or the only one. */
  pickInitial(docs: readonly Document[]): void;
  current(): ReplyBox | undefined;
  /** Checks the current box's text now (e.g. before acting on a finding). */
  flush(): void;
}

const TEXT_CHANGES: MutationObserverInit = { childList: true, subtree: true, characterData: true };

/** A check slower than this (a huge pasted text) spaces out the next ones, to keep typing smooth. */
const SMOOTH_MS = 8;

export function createReplyTracker(deps: ReplyTrackerDeps): ReplyTracker {
  let box: ReplyBox | undefined;
  let scheduled = false;
  /** How long the last read and check took. */
  let lastCost = 0;
  // Editors change their text without input events too (macros, pasted templates).
  const observer = new MutationObserver(() => schedule());
  deps.signal.addEventListener('abort', () => observer.disconnect(), { once: true });

  const customerText = (doc: Document): string | undefined => {
    const message =
      deps.adapter.customerMessage(doc) ??
      (doc !== document ? deps.adapter.customerMessage(document) : null);
    return message ? mapEditableText(message).text : undefined;
  };

  const run = () => {
    scheduled = false;
    if (!box || deps.signal.aborted) return;
    if (!box.element.isConnected) {
      box = undefined;
      observer.disconnect();
      deps.onDetach();
      return;
    }
    const started = deps.now();
    deps.onDraft(box.read(), customerText(box.element.ownerDocument));
    lastCost = deps.now() - started;
  };

  function schedule() {
    if (scheduled || deps.signal.aborted) return;
    scheduled = true;
    if (lastCost <= SMOOTH_MS) deps.requestFrame(run);
    else deps.delay(() => deps.requestFrame(run), Math.min(1000, lastCost * 4));
  }

  const attach = (element: HTMLElement) => {
    if (box?.element !== element) {
      box = createReplyBox(element);
      observer.disconnect();
      if (element.localName !== 'textarea') observer.observe(element, TEXT_CHANGES);
      deps.onReplyBox();
    }
    schedule();
  };

  const onEvent = (event: Event) => {
    const element = replyBoxElement(event.composedPath()[0] ?? null);
    if (element) attach(element);
  };

  return {
    track(doc) {
      const options = { capture: true, signal: deps.signal };
      doc.addEventListener('focusin', onEvent, options);
      doc.addEventListener('input', onEvent, options);
      // A document hooked while focus moves into its iframe missed that focusin.
      deps.requestFrame(() => {
        if (!deps.signal.aborted && doc.hasFocus() && doc !== document) {
          const element = replyBoxElement(doc.activeElement);
          if (element) attach(element);
        }
      });
    },
    pickInitial(docs) {
      const focused = docs
        .map((doc) => (doc.hasFocus() ? replyBoxElement(doc.activeElement) : undefined))
        .find((element) => element !== undefined);
      if (focused) return attach(focused);
      const boxes = docs.flatMap((doc) => deps.adapter.replyBoxes(doc));
      if (boxes.length === 1) attach(boxes[0]!);
      else if (boxes.length > 1) deps.onReplyBox();
    },
    current: () => box,
    flush: run,
  };
}

// Follows the reply box the agent is using (the focused or last-used textarea or
// contenteditable, in the page or a same-origin iframe) and hands its text to the check
// once per animation frame, however many input events arrive in between. The host adapter
// says which boxes are public replies and which internal notes (checked only when the agent
// wants that), and where the app re-renders its composers: when the app replaces the editor
// element, the tracker moves to the new one. A control of the page that changes (a select
// switching the box between reply and note, as RT's "Update Type") makes it look again.
import { composedContains } from '../hosts/dom';
import type { Composer, HostAdapter } from '../hosts';
import { createReplyBox, replyBoxElement, type ReplyBox } from './reply-box';

export interface ReplyTrackerDeps {
  adapter: HostAdapter;
  /** Whether internal notes are checked too (public replies always are). */
  checkNotes(): boolean;
  signal: AbortSignal;
  requestFrame(callback: () => void): void;
  /** setTimeout bound to the content script's lifetime. */
  delay(callback: () => void, ms: number): void;
  now(): number;
  /** A reply box exists or got focus: time to show the panel. */
  onReplyBox(): void;
  /** `customerName`: the customer's name as the page shows it (HostAdapter.customerName). */
  onDraft(draft: string, customer: string | undefined, customerName?: string): void;
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
const RE_RENDERS: MutationObserverInit = { childList: true, subtree: true };
/** How often at most the page is searched for composers while the app re-renders. */
const RESCAN_MS = 150;

/** A check slower than this (a huge pasted text) spaces out the next ones, to keep typing smooth. */
const SMOOTH_MS = 8;
/** While the agent types, how often the box is looked up again for a reply/note switch. */
const RELOOK_MS = 500;

/**
 * Whether the box is still on the page. An editor in an iframe the app removed stays connected
 * to its orphaned document, which has lost its window.
 */
function isAlive(element: HTMLElement): boolean {
  return element.isConnected && element.ownerDocument.defaultView !== null;
}

export function createReplyTracker(deps: ReplyTrackerDeps): ReplyTracker {
  let box: ReplyBox | undefined;
  let scheduled = false;
  /** How long the last read and check took. */
  let lastCost = 0;
  // Editors change their text without input events too (macros, pasted templates).
  const observer = new MutationObserver(() => schedule());
  // Single-page apps swap editors and whole tickets without a page load.
  const rendering = new MutationObserver(() => scheduleRescan());
  let rescanPending = false;
  /** The last box the agent typed in that is not followed (an internal note). */
  let passedOver: HTMLElement | undefined;
  /** When the box typed in was last looked up (reply or note?). */
  let lookedUpAt = -Infinity;
  deps.signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      rendering.disconnect();
      box?.dispose();
    },
    { once: true },
  );

  const customerText = (doc: Document): string | undefined =>
    deps.adapter.customerMessage(doc) ??
    (doc !== document ? deps.adapter.customerMessage(document) : undefined);

  const customerName = (doc: Document): string | undefined =>
    deps.adapter.customerName?.(doc) ??
    (doc !== document ? deps.adapter.customerName?.(document) : undefined);

  const wanted = (composer: Composer) => composer.kind === 'reply' || deps.checkNotes();

  /**
   * The composer `element` belongs to. A box the adapter does not know counts as a reply
   * only while the adapter finds no composer at all (its selectors may be out of date).
   */
  const composerOf = (element: HTMLElement): Composer | undefined => {
    const doc = element.ownerDocument;
    const composers = deps.adapter.composers(document);
    if (doc !== document) composers.push(...deps.adapter.composers(doc));
    const known = composers.find(
      (composer) =>
        composedContains(composer.element, element) || composedContains(element, composer.element),
    );
    if (known) return { element, kind: known.kind };
    return composers.length === 0 ? { element, kind: 'reply' } : undefined;
  };

  /** The one composer to follow without waiting for focus, if there is exactly one. */
  const soleComposer = (docs: readonly Document[]): Composer | 'several' | undefined => {
    const found = new Set<HTMLElement>();
    const composers = docs
      .flatMap((doc) => deps.adapter.composers(doc))
      .filter((composer) => wanted(composer) && !found.has(composer.element))
      .filter((composer) => found.add(composer.element));
    const replies = composers.filter((composer) => composer.kind === 'reply');
    const pool = replies.length > 0 ? replies : composers;
    if (pool.length === 1) return pool[0];
    return pool.length > 1 ? 'several' : undefined;
  };

  const run = () => {
    scheduled = false;
    if (!box || deps.signal.aborted) return;
    if (!isAlive(box.element)) return detach();
    const started = deps.now();
    const doc = box.element.ownerDocument;
    deps.onDraft(box.read(), customerText(doc), customerName(doc));
    lastCost = deps.now() - started;
  };

  function schedule() {
    if (scheduled || deps.signal.aborted) return;
    scheduled = true;
    if (lastCost <= SMOOTH_MS) deps.requestFrame(run);
    else deps.delay(() => deps.requestFrame(run), Math.min(1000, lastCost * 4));
  }

  function detach() {
    box?.dispose();
    box = undefined;
    observer.disconnect();
    deps.onDetach();
    scheduleRescan();
  }

  /** After a re-render: follow the editor that replaced ours, or the one that appeared. */
  function rescan() {
    rescanPending = false;
    if (deps.signal.aborted || (box && isAlive(box.element))) return;
    const sole = soleComposer([document]);
    if (sole && sole !== 'several') attach(sole.element);
    else if (box) detach();
  }

  function scheduleRescan() {
    if (rescanPending || deps.signal.aborted) return;
    if (box && isAlive(box.element)) return;
    rescanPending = true;
    deps.delay(() => deps.requestFrame(rescan), RESCAN_MS);
  }

  const watchRenders = () => {
    const root = deps.adapter.watchRoot?.(document) ?? document.body;
    if (root) rendering.observe(root, RE_RENDERS);
  };

  const attach = (element: HTMLElement) => {
    if (box?.element !== element) {
      box?.dispose();
      box = createReplyBox(element, deps.adapter.quoteInComposer);
      observer.disconnect();
      if (element.localName !== 'textarea') observer.observe(element, TEXT_CHANGES);
      deps.onReplyBox();
    }
    schedule();
  };

  /** Follows `element` if it is a wanted composer now, else leaves it alone (a note). */
  const lookUp = (element: HTMLElement) => {
    lookedUpAt = deps.now();
    const composer = composerOf(element);
    passedOver = undefined;
    if (composer && wanted(composer)) return attach(element);
    passedOver = element;
    if (element === box?.element) detach();
  };

  const onEvent = (event: Event) => {
    const element = replyBoxElement(event.composedPath()[0] ?? null);
    if (!element) return;
    // Typing in the box already followed, or in a note left alone, needs no lookup per key.
    // But tools switch an editor between reply and note without it losing focus, so while
    // the agent types it is looked up again now and then.
    if (event.type === 'input' && (element === box?.element || element === passedOver)) {
      if (deps.now() - lookedUpAt < RELOOK_MS) {
        if (element === box?.element) schedule();
        return;
      }
    }
    lookUp(element);
  };

  /**
   * A control changed (a select, a radio button): if it switched the box between reply and
   * note, the sidebar follows at once rather than when the agent types on. Looked up in the
   * next frame, once the tool's own handlers have updated the page; once per frame, however
   * many change events arrive (the page's scripts may fire them by the thousand: they can only
   * make it look again, which it may do at any time).
   */
  let controlChanged = false;
  const onControlChange = () => {
    if (controlChanged) return;
    controlChanged = true;
    deps.requestFrame(() => {
      controlChanged = false;
      const element = box?.element ?? passedOver;
      if (!deps.signal.aborted && element && isAlive(element)) lookUp(element);
    });
  };

  return {
    track(doc) {
      const options = { capture: true, signal: deps.signal };
      doc.addEventListener('focusin', onEvent, options);
      doc.addEventListener('input', onEvent, options);
      doc.addEventListener('change', onControlChange, options);
      // A document hooked while focus moves into its iframe missed that focusin.
      deps.requestFrame(() => {
        if (!deps.signal.aborted && doc.hasFocus() && doc !== document) {
          const element = replyBoxElement(doc.activeElement);
          const composer = element && composerOf(element);
          if (composer && wanted(composer)) attach(composer.element);
        }
      });
    },
    pickInitial(docs) {
      watchRenders();
      const focused = docs
        .map((doc) => (doc.hasFocus() ? replyBoxElement(doc.activeElement) : undefined))
        .find((element) => element !== undefined);
      const composer = focused && composerOf(focused);
      if (composer && wanted(composer)) return attach(composer.element);
      const sole = soleComposer(docs);
      if (sole === 'several') deps.onReplyBox();
      else if (sole) attach(sole.element);
    },
    current: () => box,
    flush: run,
  };
}

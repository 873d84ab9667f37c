// What the agent does at the marks: the caret moving into a mark shows its card, pointing at a
// mark shows its card, Escape closes a caret's card and Alt+Enter applies its first suggestion.
// Listeners go on the box being marked (and its document and window), and come off when
// another box is marked or the marks stop. Scrolling and resizing ask for a new layout.
import { isTextarea } from '../../hosts/dom';
import type { ReplyBox } from '../reply-box';
import { isUserEvent } from '../../trusted-events';
import type { CardControl } from './card';
import { containsPoint, frameOffset, type Box } from './geometry';
import type { MarksDeps } from './deps';
import type { Overlay } from './overlay';
import { rangeAtPoint, spanAtOffset } from './spans';
import type { MarksState } from './state';

export interface InputParts {
  state: MarksState;
  deps: MarksDeps;
  card: CardControl;
  overlay(): Overlay | undefined;
  rects(): Box[][];
  /** Scroll or resize: measure again and redraw. */
  queueLayout(): void;
}

export interface MarkInput {
  /** Listens at `box` (and nowhere else any more); nothing when it already does. */
  bind(box: ReplyBox): void;
  unbind(): void;
  /** Looks, in the next frame, whether the caret is in a mark. */
  queueCaret(): void;
}

function isApplyShortcut(event: KeyboardEvent): boolean {
  return (
    event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.key === 'Enter'
  );
}

export function createMarkInput(parts: InputParts): MarkInput {
  const { state, deps, card } = parts;
  const { signal } = deps;
  let caretQueued = false;
  let bound: { box: ReplyBox; stop: AbortController } | undefined;
  const resizes = new ResizeObserver(() => parts.queueLayout());

  /** The index of the span the (collapsed) caret is in, or -1. */
  function caretSpan(): number {
    const { painted, spans, ranges } = state;
    if (!painted) return -1;
    const element = painted.box.element;
    const doc = element.ownerDocument;
    if (isTextarea(element)) {
      if (doc.activeElement !== element || element.selectionStart !== element.selectionEnd) {
        return -1;
      }
      // textLength first: reading a huge value copies it, and typing changes the length.
      if (element.textLength !== painted.draft.length || element.value !== painted.draft) {
        return -1;
      }
      return spanAtOffset(spans, element.selectionStart);
    }
    const selection = doc.getSelection();
    if (!ranges || !selection || !selection.isCollapsed || !selection.anchorNode) return -1;
    if (!element.contains(selection.anchorNode)) return -1;
    return rangeAtPoint(ranges, selection.anchorNode, selection.anchorOffset);
  }

  function queueCaret() {
    if (caretQueued || signal.aborted) return;
    caretQueued = true;
    deps.requestFrame(() => {
      caretQueued = false;
      if (signal.aborted || !state.painted) return;
      const index = caretSpan();
      const key = index >= 0 ? state.spans[index]!.finding.key : undefined;
      const moved = key !== state.caretKey;
      state.caretKey = key;
      if (key !== state.dismissed) state.dismissed = undefined;
      // A card the pointer opened stays until the caret goes somewhere else: a re-check or a
      // click elsewhere must not bring back the card of the mark the caret was left in.
      if (state.card?.by === 'pointer' && !moved) return;
      if (index >= 0 && key !== state.dismissed) card.set({ index, by: 'caret' });
      else if (state.card?.by === 'caret') card.set(undefined);
    });
  }

  function onPointer(event: MouseEvent) {
    if (!state.painted || state.spans.length === 0) return;
    const overlay = parts.overlay();
    if (overlay && event.composedPath().includes(overlay.host)) {
      card.cancelHide();
      return;
    }
    const doc = (event.currentTarget as Document | null) ?? document;
    const { dx, dy } = frameOffset(doc);
    const x = event.clientX + dx;
    const y = event.clientY + dy;
    const index = parts.rects().findIndex((boxes) => boxes.some((b) => containsPoint(b, x, y)));
    if (index >= 0) {
      // The card follows the pointer: pointing at another mark shows that one's card, even
      // while the caret sits in a mark (the caret's card comes back when the caret moves).
      if (state.card?.index !== index) card.set({ index, by: 'pointer' });
    } else if (state.card?.by === 'pointer') {
      card.hideSoon();
    }
  }

  function onKeydown(event: KeyboardEvent) {
    // A key press the page's script dispatched must not apply a fix (../../trusted-events.ts).
    if (state.card?.by !== 'caret' || !isUserEvent(event)) return;
    const span = state.spans[state.card.index];
    if (!span) return;
    if (event.key === 'Escape') {
      state.dismissed = span.finding.key;
      card.set(undefined);
      return;
    }
    const first = span.finding.suggestions[0];
    if (!isApplyShortcut(event) || first === undefined) return;
    // The editor must not also see the key (a line break or its own shortcut).
    event.preventDefault();
    event.stopImmediatePropagation();
    card.set(undefined);
    deps.apply(span.finding, first);
  }

  function bind(box: ReplyBox) {
    if (bound?.box === box) return;
    unbind();
    const stop = new AbortController();
    bound = { box, stop };
    const options = {
      signal: AbortSignal.any([signal, stop.signal]),
      capture: true,
      passive: true,
    };
    const docs = new Set([document, box.element.ownerDocument]);
    for (const doc of docs) {
      doc.addEventListener('scroll', parts.queueLayout, options);
      doc.addEventListener('mousemove', onPointer, options);
      doc.defaultView?.addEventListener('resize', parts.queueLayout, options);
    }
    const doc = box.element.ownerDocument;
    doc.addEventListener('selectionchange', queueCaret, options);
    box.element.addEventListener('keyup', queueCaret, options);
    box.element.addEventListener('mouseup', queueCaret, options);
    box.element.addEventListener('focus', queueCaret, options);
    box.element.addEventListener(
      'blur',
      () => {
        if (state.card?.by === 'caret') card.set(undefined);
      },
      options,
    );
    doc.defaultView?.addEventListener('keydown', onKeydown, {
      signal: options.signal,
      capture: true,
    });
    resizes.observe(box.element);
    const frame = doc.defaultView?.frameElement;
    if (frame) resizes.observe(frame);
  }

  function unbind() {
    if (!bound) return;
    bound.stop.abort();
    resizes.disconnect();
    bound = undefined;
  }

  return { bind, unbind, queueCaret };
}

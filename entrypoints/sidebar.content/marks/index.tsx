// Inline marks: each finding's words are marked in the reply box, without changing the
// editor's DOM. Contenteditable boxes get CSS Custom Highlights (painted by the browser, so
// they scroll with the text); textareas, and browsers without the Highlight API, get marks
// drawn in Klartext's own overlay, re-laid out on scroll and resize. Marks are painted right
// after each check, in the same task (see queuePaint). Pointing at a mark, or moving the caret into it,
// shows the finding's card; with the caret inside, Alt+Enter applies its first suggestion.
import { toFindingViews, type FindingView } from '@/utils/finding-view';
import type { SidebarState } from '@/utils/sidebar-model';
import type { Store } from '@/utils/store';
import { MarkCard } from '@/components/MarkCard';
import type { FindingActions } from '@/components/packs/FindingActions';
import type { ReplyBox } from '../reply-box';
import { isUserEvent } from '../trusted-events';
import type { UiText } from '../ui-text';
import {
  containsPoint,
  frameOffset,
  intersect,
  paddingBox,
  shift,
  visibleBoxes,
  type Box,
} from './geometry';
import { createHighlightPainter, supportsHighlights, type HighlightGroups } from './highlights';
import { createOverlay, MARKS_ELEMENT, type Overlay } from './overlay';
import type { TextMap } from '../text-map';
import {
  editableRanges,
  markSpans,
  MARKS_LIMIT,
  rangeAtPoint,
  spanAtOffset,
  spansInView,
  type MarkSpan,
  type Place,
} from './spans';
import { isTextarea } from '../hosts/dom';

export interface MarksDeps {
  store: Store<SidebarState>;
  /** The cards' words in the UI language. */
  uiText: UiText;
  /** The reply box being checked. */
  current(): ReplyBox | undefined;
  /** Applies a suggestion the way the sidebar's button does. */
  apply(finding: FindingView, suggestion: string): void;
  /** Ignore once, switch the rule off, allow the words: the sidebar card's actions. */
  findingActions?: FindingActions;
  requestFrame(callback: () => void): void;
  signal: AbortSignal;
}

/** How long the pointer may be off a mark and its card before the card goes. */
const HIDE_AFTER_MS = 300;

function isApplyShortcut(event: KeyboardEvent): boolean {
  return (
    event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.key === 'Enter'
  );
}

interface Painted {
  box: ReplyBox;
  draft: string;
  result: SidebarState['result'];
  uiLang: SidebarState['uiLang'];
}

interface Card {
  index: number;
  by: 'pointer' | 'caret';
}

/**
 * Where a span's words are against the part of a contenteditable box on screen (and a screen
 * around it).
 */
function placeIn(element: HTMLElement, map: TextMap): (span: MarkSpan) => Place {
  const doc = element.ownerDocument;
  const box = paddingBox(element);
  const viewHeight = doc.defaultView?.innerHeight ?? box.height;
  const margin = viewHeight;
  const top = Math.max(box.top, 0) - margin;
  const bottom = Math.min(box.top + box.height, viewHeight) + margin;
  const range = doc.createRange();
  return (span) => {
    const from = map.startPoint(span.start);
    const to = map.endPoint(span.end);
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    const rect = range.getBoundingClientRect();
    if (rect.bottom < top) return 'before';
    return rect.top > bottom ? 'after' : 'shown';
  };
}

export function startMarks(deps: MarksDeps): void {
  const { signal } = deps;
  const painter = createHighlightPainter();
  let overlay: Overlay | undefined;
  let painted: Painted | undefined;
  let spans: MarkSpan[] = [];
  /**
   * Every finding's span, when `spans` holds only those on screen (more than MARKS_LIMIT in a
   * contenteditable box); undefined when `spans` holds them all.
   */
  let candidates: { all: MarkSpan[]; from: number; to: number } | undefined;
  /** Live ranges of the spans (contenteditable boxes only). */
  let ranges: Range[] | undefined;
  let useHighlights = false;
  /** Each span's line boxes in the top viewport; undefined when it needs measuring again. */
  let rects: Box[][] | undefined;
  let card: Card | undefined;
  /** The finding whose card the agent closed with Escape, until the caret leaves it. */
  let dismissed: string | undefined;
  /** The finding the caret was in when last looked at (its card shows when that changes). */
  let caretKey: string | undefined;
  let hideTimer = 0;
  let layoutQueued = false;
  let paintQueued = false;
  let caretQueued = false;
  let bound: { box: ReplyBox; stop: AbortController } | undefined;
  const resizes = new ResizeObserver(() => queueLayout());
  signal.addEventListener('abort', () => stopAll(), { once: true });

  const getOverlay = () => (overlay ??= createOverlay(document));

  function measure(): Box[][] {
    const box = painted?.box;
    if (!box || spans.length === 0) return [];
    const doc = box.element.ownerDocument;
    const frame = frameOffset(doc);
    const intoTop = (boxes: Box[]) =>
      boxes
        .map((b) => shift(b, frame.dx, frame.dy))
        .map((b) => (frame.clip ? intersect(b, frame.clip) : b))
        .filter((b): b is Box => b !== undefined);
    if (isTextarea(box.element)) {
      return getOverlay().mirror.measure(box.element, spans).map(intoTop);
    }
    const visible = paddingBox(box.element);
    return (ranges ?? []).map((range) =>
      intoTop(
        visibleBoxes(range.getClientRects())
          .map((b) => intersect(b, visible))
          .filter((b): b is Box => b !== undefined),
      ),
    );
  }

  function currentRects(): Box[][] {
    rects ??= measure();
    return rects;
  }

  function render() {
    const box = painted?.box;
    if (!box) return;
    // A finding split around another one's words is shown active in all its spans.
    const activeKey = card ? spans[card.index]?.finding.key : undefined;
    const isActive = (span: MarkSpan) => span.finding.key === activeKey;
    if (useHighlights && ranges) {
      const groups: HighlightGroups = { warning: [], hint: [], active: [] };
      spans.forEach((span, index) => {
        const range = ranges![index]!;
        groups[span.finding.severity === 'warning' ? 'warning' : 'hint'].push(range);
        if (isActive(span)) groups.active.push(range);
      });
      painter.paint(box.element.ownerDocument, groups);
      overlay?.draw([]);
    } else {
      const all = currentRects();
      getOverlay().draw(
        spans.map((span, index) => ({
          ruleId: span.finding.ruleId,
          severity: span.finding.severity,
          active: isActive(span),
          boxes: all[index] ?? [],
        })),
      );
    }
    renderCard();
  }

  function renderCard() {
    if (!card || !painted) {
      overlay?.showCard(null);
      return;
    }
    const span = spans[card.index];
    const boxes = currentRects()[card.index] ?? [];
    if (!span || boxes.length === 0) {
      overlay?.showCard(null);
      return;
    }
    const t = deps.uiText.translator(painted.uiLang);
    if (!t) {
      // Its words are on their way; the card shows once they are here.
      void deps.uiText.ensure(painted.uiLang).then(renderCard, () => undefined);
      overlay?.showCard(null);
      return;
    }
    const anchor = boxes[boxes.length - 1]!;
    getOverlay().showCard(
      <MarkCard
        t={t}
        lang={painted.uiLang}
        finding={span.finding}
        byCaret={card.by === 'caret'}
        onApply={(finding, suggestion) => {
          setCard(undefined);
          deps.apply(finding, suggestion);
        }}
        actions={deps.findingActions && closingFirst(deps.findingActions)}
        onClose={() => {
          dismissed = span.finding.key;
          setCard(undefined);
        }}
        onPointerEnter={() => window.clearTimeout(hideTimer)}
        onPointerLeave={() => hideSoon()}
      />,
      anchor,
    );
  }

  /** The card's adjustments close it first: its finding goes away (or stays, if the agent undoes). */
  function closingFirst(actions: FindingActions): FindingActions {
    const close = (act: (finding: FindingView) => void) => (finding: FindingView) => {
      dismissed = finding.key;
      setCard(undefined);
      act(finding);
    };
    return {
      onIgnoreOnce: close(actions.onIgnoreOnce),
      onDisableRule: close(actions.onDisableRule),
      onAllow: close(actions.onAllow),
    };
  }

  function setCard(next: Card | undefined) {
    window.clearTimeout(hideTimer);
    if (next?.index === card?.index && next?.by === card?.by) return;
    card = next;
    render();
  }

  function hideSoon() {
    window.clearTimeout(hideTimer);
    hideTimer = window.setTimeout(() => {
      if (!signal.aborted && card?.by === 'pointer') setCard(undefined);
    }, HIDE_AFTER_MS);
  }

  function clearMarks() {
    painted = undefined;
    spans = [];
    candidates = undefined;
    ranges = undefined;
    rects = undefined;
    card = undefined;
    painter.clear();
    overlay?.draw([]);
    overlay?.showCard(null);
  }

  function paint() {
    paintQueued = false;
    if (signal.aborted) return;
    const state = deps.store.get();
    const box = deps.current();
    if (!box || !state.attached || !state.result || !box.element.isConnected) {
      if (painted) clearMarks();
      unbind();
      return;
    }
    if (
      painted &&
      painted.box === box &&
      painted.draft === state.draft &&
      painted.result === state.result &&
      painted.uiLang === state.uiLang
    ) {
      return;
    }
    // A finding about the whole of a partly checked draft gets no mark, like one about all of it.
    const views = toFindingViews(state.draft, state.result.findings, state.uiLang, undefined, {
      checked: state.checked,
    });
    const all = markSpans(views, state.draft.length);
    let nextSpans = all;
    let nextCandidates: typeof candidates;
    let nextRanges: Range[] | undefined;
    if (isTextarea(box.element)) {
      // The agent typed since this check: the next check repaints. The mirror measures only
      // what the textarea shows, so every span can stay.
      if (box.element.value !== state.draft) return;
    } else {
      const map = box.textMap?.();
      if (!map || map.text !== state.draft) return;
      if (all.length > MARKS_LIMIT) {
        const { from, to } = spansInView(all, placeIn(box.element, map));
        nextCandidates = { all, from, to };
        nextSpans = all.slice(from, to);
      }
      nextRanges = editableRanges(box.element, map, state.draft, nextSpans);
      if (!nextRanges) return;
    }
    painted = { box, draft: state.draft, result: state.result, uiLang: state.uiLang };
    show(nextSpans, nextRanges, nextCandidates);
    useHighlights = nextRanges !== undefined && supportsHighlights(box.element.ownerDocument);
    bind(box);
    render();
    queueCaret();
  }

  /** Makes `nextSpans` the marked spans, keeping an open card while its finding is there. */
  function show(
    nextSpans: MarkSpan[],
    nextRanges: Range[] | undefined,
    nextCandidates: typeof candidates,
  ) {
    const openKey = card ? spans[card.index]?.finding.key : undefined;
    spans = nextSpans;
    ranges = nextRanges;
    candidates = nextCandidates;
    rects = undefined;
    // A card stays open while its finding is still there (e.g. the agent typed elsewhere).
    const reopened = openKey ? spans.findIndex((span) => span.finding.key === openKey) : -1;
    card = card && reopened >= 0 ? { ...card, index: reopened } : undefined;
  }

  /**
   * After a scroll or resize, with only the spans on screen marked: marks the ones on screen
   * now, if that changed (unless the box's text is not the painted draft any more: the next
   * check repaints).
   */
  function followView(): void {
    if (!candidates || !painted || isTextarea(painted.box.element)) return;
    const { box, draft } = painted;
    const map = box.textMap?.();
    if (!map || map.text !== draft) return;
    const { from, to } = spansInView(candidates.all, placeIn(box.element, map));
    if (from === candidates.from && to === candidates.to) return;
    const nextSpans = candidates.all.slice(from, to);
    const nextRanges = editableRanges(box.element, map, draft, nextSpans);
    if (nextRanges) show(nextSpans, nextRanges, { all: candidates.all, from, to });
  }

  /**
   * After the current task, not in the next frame: a check runs in an animation frame, and
   * painting in the same one shows the marks together with the sidebar's hints instead of a
   * frame later. Updates of one task still paint once.
   */
  function queuePaint() {
    if (paintQueued || signal.aborted) return;
    paintQueued = true;
    queueMicrotask(paint);
  }

  /** Scroll or resize: measure again and move what the overlay draws. */
  function queueLayout() {
    rects = undefined;
    if (layoutQueued || signal.aborted || !painted) return;
    layoutQueued = true;
    deps.requestFrame(() => {
      layoutQueued = false;
      if (signal.aborted || !painted) return;
      followView();
      render();
    });
  }

  function caretSpan(): number {
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
      if (signal.aborted || !painted) return;
      const index = caretSpan();
      const key = index >= 0 ? spans[index]!.finding.key : undefined;
      const moved = key !== caretKey;
      caretKey = key;
      if (key !== dismissed) dismissed = undefined;
      // A card the pointer opened stays until the caret goes somewhere else: a re-check or a
      // click elsewhere must not bring back the card of the mark the caret was left in.
      if (card?.by === 'pointer' && !moved) return;
      if (index >= 0 && key !== dismissed) setCard({ index, by: 'caret' });
      else if (card?.by === 'caret') setCard(undefined);
    });
  }

  function onPointer(event: MouseEvent) {
    if (!painted || spans.length === 0) return;
    if (overlay && event.composedPath().includes(overlay.host)) {
      window.clearTimeout(hideTimer);
      return;
    }
    const doc = (event.currentTarget as Document | null) ?? document;
    const { dx, dy } = frameOffset(doc);
    const x = event.clientX + dx;
    const y = event.clientY + dy;
    const index = currentRects().findIndex((boxes) => boxes.some((b) => containsPoint(b, x, y)));
    if (index >= 0) {
      // The card follows the pointer: pointing at another mark shows that one's card, even
      // while the caret sits in a mark (the caret's card comes back when the caret moves).
      if (card?.index !== index) setCard({ index, by: 'pointer' });
    } else if (card?.by === 'pointer') {
      hideSoon();
    }
  }

  function onKeydown(event: KeyboardEvent) {
    // A key press the page's script dispatched must not apply a fix (trusted-events.ts).
    if (card?.by !== 'caret' || !isUserEvent(event)) return;
    const span = spans[card.index];
    if (!span) return;
    if (event.key === 'Escape') {
      dismissed = span.finding.key;
      setCard(undefined);
      return;
    }
    const first = span.finding.suggestions[0];
    if (!isApplyShortcut(event) || first === undefined) return;
    // The editor must not also see the key (a line break or its own shortcut).
    event.preventDefault();
    event.stopImmediatePropagation();
    setCard(undefined);
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
      doc.addEventListener('scroll', queueLayout, options);
      doc.addEventListener('mousemove', onPointer, options);
      doc.defaultView?.addEventListener('resize', queueLayout, options);
    }
    const doc = box.element.ownerDocument;
    doc.addEventListener('selectionchange', queueCaret, options);
    box.element.addEventListener('keyup', queueCaret, options);
    box.element.addEventListener('mouseup', queueCaret, options);
    box.element.addEventListener('focus', queueCaret, options);
    box.element.addEventListener(
      'blur',
      () => {
        if (card?.by === 'caret') setCard(undefined);
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

  function stopAll() {
    window.clearTimeout(hideTimer);
    unbind();
    clearMarks();
    overlay?.remove();
    overlay = undefined;
  }

  const unsubscribe = deps.store.subscribe(queuePaint);
  signal.addEventListener('abort', unsubscribe, { once: true });
  queuePaint();
}

export { MARKS_ELEMENT };

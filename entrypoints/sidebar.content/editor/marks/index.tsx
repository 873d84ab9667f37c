// Inline marks: each finding's words are marked in the reply box, without changing the
// editor's DOM. Contenteditable boxes get CSS Custom Highlights (painted by the browser, so
// they scroll with the text); textareas, and browsers without the Highlight API, get marks
// drawn in Klartext's own overlay, re-laid out on scroll and resize. Marks are painted right
// after each check, in the same task (see queuePaint). Pointing at a mark, or moving the caret
// into it, shows the finding's card (card.tsx); with the caret inside, Alt+Enter applies its
// first suggestion (input.ts). This file decides what is marked and when it is drawn.
import { toFindingViews } from '@/utils/sidebar/finding-view';
import { isTextarea } from '../../hosts/dom';
import { createCard } from './card';
import type { MarksDeps } from './deps';
import { createHighlightPainter, supportsHighlights, type HighlightGroups } from './highlights';
import { createMarkInput } from './input';
import { measureSpans, placeIn } from './layout';
import { createOverlay, MARKS_ELEMENT, type Overlay } from './overlay';
import { editableRanges, markSpans, MARKS_LIMIT, spansInView, type MarkSpan } from './spans';
import { emptyMarksState, type Candidates } from './state';

export function startMarks(deps: MarksDeps): void {
  const { signal } = deps;
  const painter = createHighlightPainter();
  const state = emptyMarksState();
  let overlay: Overlay | undefined;
  let layoutQueued = false;
  let paintQueued = false;
  signal.addEventListener('abort', () => stopAll(), { once: true });

  const getOverlay = () => (overlay ??= createOverlay(document));
  const currentRects = () => (state.rects ??= measureSpans(state, getOverlay));
  const parts = { state, deps, overlay: () => overlay, getOverlay, rects: currentRects, render };
  const card = createCard(parts);
  const input = createMarkInput({ ...parts, card, queueLayout });

  function render() {
    const box = state.painted?.box;
    if (!box) return;
    const { spans, ranges } = state;
    // A finding split around another one's words is shown active in all its spans.
    const activeKey = state.card ? spans[state.card.index]?.finding.key : undefined;
    const isActive = (span: MarkSpan) => span.finding.key === activeKey;
    if (state.useHighlights && ranges) {
      const groups: HighlightGroups = { warning: [], hint: [], active: [] };
      spans.forEach((span, index) => {
        const range = ranges[index]!;
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
    card.render();
  }

  function clearMarks() {
    Object.assign(state, {
      painted: undefined,
      spans: [],
      candidates: undefined,
      ranges: undefined,
      rects: undefined,
      card: undefined,
    });
    painter.clear();
    overlay?.draw([]);
    overlay?.showCard(null);
  }

  function paint() {
    paintQueued = false;
    if (signal.aborted) return;
    const current = deps.store.get();
    const box = deps.current();
    if (!box || !current.attached || !current.result || !box.element.isConnected) {
      if (state.painted) clearMarks();
      input.unbind();
      return;
    }
    const { painted } = state;
    if (
      painted &&
      painted.box === box &&
      painted.draft === current.draft &&
      painted.result === current.result &&
      painted.uiLang === current.uiLang
    ) {
      return;
    }
    // A finding about the whole of a partly checked draft gets no mark, like one about all of it.
    const views = toFindingViews(
      current.draft,
      current.result.findings,
      current.uiLang,
      undefined,
      {
        checked: current.checked,
      },
    );
    const all = markSpans(views, current.draft.length);
    let nextSpans = all;
    let nextCandidates: Candidates | undefined;
    let nextRanges: Range[] | undefined;
    if (isTextarea(box.element)) {
      // The agent typed since this check: the next check repaints. The mirror measures only
      // what the textarea shows, so every span can stay.
      if (box.element.value !== current.draft) return;
    } else {
      const map = box.textMap?.();
      if (!map || map.text !== current.draft) return;
      if (all.length > MARKS_LIMIT) {
        const { from, to } = spansInView(all, placeIn(box.element, map));
        nextCandidates = { all, from, to };
        nextSpans = all.slice(from, to);
      }
      nextRanges = editableRanges(box.element, map, current.draft, nextSpans);
      if (!nextRanges) return;
    }
    state.painted = {
      box,
      draft: current.draft,
      result: current.result,
      uiLang: current.uiLang,
    };
    show(nextSpans, nextRanges, nextCandidates);
    state.useHighlights = nextRanges !== undefined && supportsHighlights(box.element.ownerDocument);
    input.bind(box);
    render();
    input.queueCaret();
  }

  /** Makes `nextSpans` the marked spans, keeping an open card while its finding is there. */
  function show(
    nextSpans: MarkSpan[],
    nextRanges: Range[] | undefined,
    nextCandidates: Candidates | undefined,
  ) {
    const openKey = state.card ? state.spans[state.card.index]?.finding.key : undefined;
    state.spans = nextSpans;
    state.ranges = nextRanges;
    state.candidates = nextCandidates;
    state.rects = undefined;
    // A card stays open while its finding is still there (e.g. the agent typed elsewhere).
    const reopened = openKey ? nextSpans.findIndex((span) => span.finding.key === openKey) : -1;
    state.card = state.card && reopened >= 0 ? { ...state.card, index: reopened } : undefined;
  }

  /**
   * After a scroll or resize, with only the spans on screen marked: marks the ones on screen
   * now, if that changed (unless the box's text is not the painted draft any more: the next
   * check repaints).
   */
  function followView(): void {
    const { candidates, painted } = state;
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
    state.rects = undefined;
    if (layoutQueued || signal.aborted || !state.painted) return;
    layoutQueued = true;
    deps.requestFrame(() => {
      layoutQueued = false;
      if (signal.aborted || !state.painted) return;
      followView();
      render();
    });
  }

  function stopAll() {
    card.cancelHide();
    input.unbind();
    clearMarks();
    overlay?.remove();
    overlay = undefined;
  }

  const unsubscribe = deps.store.subscribe(queuePaint);
  signal.addEventListener('abort', unsubscribe, { once: true });
  queuePaint();
}

export { MARKS_ELEMENT };
export type { MarksDeps };

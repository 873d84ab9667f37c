// Where the marked words are on screen: which spans of a contenteditable box are near the part
// on screen (only those are marked when there are very many), and each span's line boxes in the
// top window's coordinates, for the overlay to draw and for pointing at a mark.
import { isTextarea } from '../../hosts/dom';
import type { TextMap } from '../text-map';
import { frameOffset, intersect, paddingBox, shift, visibleBoxes, type Box } from './geometry';
import type { Overlay } from './overlay';
import type { MarkSpan, Place } from './spans';
import type { MarksState } from './state';

/**
 * Where a span's words are against the part of a contenteditable box on screen (and a screen
 * around it).
 */
export function placeIn(element: HTMLElement, map: TextMap): (span: MarkSpan) => Place {
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

/**
 * Each marked span's line boxes in the top viewport, clipped to what the box and its frame
 * show: a textarea's through the overlay's mirror (its text has no ranges), a contenteditable
 * box's from its live ranges.
 */
export function measureSpans(state: MarksState, overlay: () => Overlay): Box[][] {
  const box = state.painted?.box;
  if (!box || state.spans.length === 0) return [];
  const doc = box.element.ownerDocument;
  const frame = frameOffset(doc);
  const intoTop = (boxes: Box[]) =>
    boxes
      .map((b) => shift(b, frame.dx, frame.dy))
      .map((b) => (frame.clip ? intersect(b, frame.clip) : b))
      .filter((b): b is Box => b !== undefined);
  if (isTextarea(box.element)) {
    return overlay().mirror.measure(box.element, state.spans).map(intoTop);
  }
  const visible = paddingBox(box.element);
  return (state.ranges ?? []).map((range) =>
    intoTop(
      visibleBoxes(range.getClientRects())
        .map((b) => intersect(b, visible))
        .filter((b): b is Box => b !== undefined),
    ),
  );
}

// Which findings get an inline mark, and where they are in the reply box. Offsets are the
// engine's (UTF-16, into the draft the reply box read); for contenteditable boxes they become
// live DOM Ranges through the same text map the reply box read the draft from (its
// textMap(), not built again while the box is unchanged), so a mark covers exactly the words a "show in reply"
// click selects, and live ranges follow the agent's typing until the next check replaces them.
import type { FindingView } from '@/utils/sidebar/finding-view';
import type { TextMap } from '../text-map';

export interface MarkSpan {
  finding: FindingView;
  start: number;
  end: number;
}

/** Which of two findings over the same words the mark shows: a warning, then the narrower. */
function ranks(a: FindingView, b: FindingView): number {
  const severity = (f: FindingView) => (f.severity === 'warning' ? 1 : 0);
  return (
    severity(b) - severity(a) ||
    a.end - a.start - (b.end - b.start) ||
    a.start - b.start ||
    a.key.localeCompare(b.key)
  );
}

/**
 * Findings that point at words: not empty, and not about the whole reply (those have no quote
 * and would underline everything, which says nothing the sidebar does not). Where findings
 * overlap (a phrase inside a sentence the learned judgement marks), the words get one mark, of
 * the finding that ranks first (a warning, then the narrower one): the spans never overlap, so
 * no two underlines are drawn over each other. A finding may so come in several spans.
 */
export function markSpans(findings: readonly FindingView[], draftLength: number): MarkSpan[] {
  const marked = findings
    .filter(
      (finding) =>
        finding.quote !== undefined &&
        finding.end > finding.start &&
        finding.start >= 0 &&
        finding.end <= draftLength,
    )
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const bounds = [...new Set(marked.flatMap((f) => [f.start, f.end]))].sort((a, b) => a - b);
  const spans: MarkSpan[] = [];
  let open: FindingView[] = [];
  let next = 0;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [from, to] = [bounds[i]!, bounds[i + 1]!];
    while (next < marked.length && marked[next]!.start <= from) open.push(marked[next++]!);
    open = open.filter((f) => f.end > from);
    if (open.length === 0) continue;
    const top = open.reduce((best, f) => (ranks(f, best) < 0 ? f : best));
    const last = spans[spans.length - 1];
    if (last && last.finding === top && last.end === from) last.end = to;
    else spans.push({ finding: top, start: from, end: to });
  }
  return spans;
}

/**
 * Live ranges over each span in a contenteditable `root`, or undefined when the box's text is
 * not the checked draft any more (the agent typed since the check; the next check repaints).
 */
export function editableRanges(
  root: HTMLElement,
  map: TextMap,
  draft: string,
  spans: readonly MarkSpan[],
): Range[] | undefined {
  if (map.text !== draft) return undefined;
  const doc = root.ownerDocument;
  return spans.map((span) => {
    const from = map.startPoint(span.start);
    const to = map.endPoint(span.end);
    const range = doc.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range;
  });
}

/**
 * More marks than this in a contenteditable box (a huge pasted text) are limited to the words
 * in or near the part of the box on screen: thousands of live ranges would slow down every
 * keystroke in the editor, and marks nobody sees help nobody.
 */
export const MARKS_LIMIT = 200;

/** Where a span's words are against the part of the box on screen. */
export type Place = 'before' | 'shown' | 'after';

/**
 * The stretch [from, to) of `spans` (in text order) to mark when there are more than `limit`:
 * those on screen, and their neighbours before and after up to `limit`. `place` is asked
 * about a few spans only (a binary search), so this costs the same for 200 or 20,000.
 */
export function spansInView(
  spans: readonly MarkSpan[],
  place: (span: MarkSpan) => Place,
  limit: number = MARKS_LIMIT,
): { from: number; to: number } {
  if (spans.length <= limit) return { from: 0, to: spans.length };
  const firstNot = (before: (p: Place) => boolean) => {
    let low = 0;
    let high = spans.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (before(place(spans[mid]!))) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  const first = firstNot((p) => p === 'before');
  const end = Math.max(
    first,
    firstNot((p) => p !== 'after'),
  );
  if (end - first >= limit) return { from: first, to: first + limit };
  // Fewer on screen than the limit: the ones just before and after, as many on each side.
  const from = Math.max(0, first - Math.floor((limit - (end - first)) / 2));
  const to = Math.min(spans.length, from + limit);
  return { from: Math.max(0, to - limit), to };
}

/** The span whose inside (not its edges) holds the caret at draft offset `caret`. */
export function spanAtOffset(spans: readonly MarkSpan[], caret: number): number {
  return spans.findIndex((span) => span.start < caret && caret < span.end);
}

function samePoint(range: Range, edge: 'start' | 'end', node: Node, offset: number): boolean {
  return edge === 'start'
    ? range.startContainer === node && range.startOffset === offset
    : range.endContainer === node && range.endOffset === offset;
}

/** The range whose inside (not its edges) holds the DOM point, or -1. */
export function rangeAtPoint(ranges: readonly Range[], node: Node, offset: number): number {
  return ranges.findIndex((range) => {
    if (range.collapsed) return false;
    try {
      if (range.comparePoint(node, offset) !== 0) return false;
    } catch {
      // A point in another document or a doctype: not inside.
      return false;
    }
    return !samePoint(range, 'start', node, offset) && !samePoint(range, 'end', node, offset);
  });
}

// Which findings get an inline mark, and where they are in the reply box. Offsets are the
// engine's (UTF-16, into the draft the reply box read); for contenteditable boxes they become
// live DOM Ranges through the same text map the reply box read the draft from (its
// textMap(), not built again while the box is unchanged), so a mark covers exactly the words a "show in reply"
// click selects, and live ranges follow the agent's typing until the next check replaces them.
import type { FindingView } from '@/utils/finding-view';
import type { TextMap } from '../text-map';

export interface MarkSpan {
  finding: FindingView;
  start: number;
  end: number;
}

/**
 * Findings that point at words: not empty, and not about the whole reply (those have no quote
 * and would underline everything, which says nothing the sidebar does not).
 */
export function markSpans(findings: readonly FindingView[], draftLength: number): MarkSpan[] {
  return findings
    .filter(
      (finding) =>
        finding.quote !== undefined &&
        finding.end > finding.start &&
        finding.start >= 0 &&
        finding.end <= draftLength,
    )
    .map((finding) => ({ finding, start: finding.start, end: finding.end }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
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

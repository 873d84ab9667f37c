// @vitest-environment happy-dom
// Which findings get marks and the ranges they cover: a mark holds exactly the finding's
// words in contenteditable markup, the caret lookup finds the span around it, and a box whose
// text changed since the check gets no (misplaced) ranges.
import { describe, expect, it } from 'vitest';
import { editableBox } from '../../../../../support/editable';
import type { FindingView } from '@/utils/sidebar/finding-view';
import {
  editableRanges,
  markSpans,
  MARKS_LIMIT,
  rangeAtPoint,
  spanAtOffset,
  spansInView,
  type MarkSpan,
  type Place,
} from '../../../../../../entrypoints/sidebar.content/editor/marks/spans';
import { mapEditableText } from '../../../../../../entrypoints/sidebar.content/editor/text-map';

function finding(start: number, end: number): FindingView {
  return {
    key: `r:${start}:${end}`,
    ruleId: 'r',
    category: 'tone',
    severity: 'warning',
    message: 'm',
    reason: '',
    quote: 'x',
    suggestions: [],
    start,
    end,
    fixStart: start,
    fixEnd: end,
    fixText: '',
  };
}

describe('markSpans', () => {
  it('skips findings about the whole reply, empty spans and spans past the draft', () => {
    const spans = markSpans(
      [
        finding(5, 9),
        { ...finding(0, 20), quote: undefined },
        finding(3, 3),
        finding(18, 30),
        finding(1, 2),
      ],
      20,
    );
    expect(spans.map((span) => [span.start, span.end])).toEqual([
      [1, 2],
      [5, 9],
    ]);
  });
});

describe('markSpans over nested findings', () => {
  const at = (spans: MarkSpan[]) => spans.map((s) => [s.start, s.end, s.finding.key]);

  it('gives the words one mark: a warning inside a hint sentence splits the hint around it', () => {
    const sentence = { ...finding(0, 40), key: 'sentence', severity: 'hint' as const };
    const phrase = { ...finding(10, 15), key: 'phrase' };
    expect(at(markSpans([sentence, phrase], 50))).toEqual([
      [0, 10, 'sentence'],
      [10, 15, 'phrase'],
      [15, 40, 'sentence'],
    ]);
  });

  it('lets a warning keep its words under a hint inside it, and the narrower of two alike win', () => {
    const warning = { ...finding(0, 20), key: 'warning' };
    const hint = { ...finding(5, 8), key: 'hint', severity: 'hint' as const };
    expect(at(markSpans([warning, hint], 30))).toEqual([[0, 20, 'warning']]);
    const wide = { ...finding(0, 20), key: 'wide' };
    const narrow = { ...finding(5, 8), key: 'narrow' };
    expect(at(markSpans([wide, narrow], 30))).toEqual([
      [0, 5, 'wide'],
      [5, 8, 'narrow'],
      [8, 20, 'wide'],
    ]);
  });

  it('never returns overlapping spans, whatever the findings', () => {
    const many = [finding(0, 9), finding(3, 12), finding(11, 14), finding(2, 4), finding(13, 20)];
    const spans = markSpans(many, 30);
    for (let i = 1; i < spans.length; i++) {
      expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
    }
    // Every marked word is still marked.
    const covered = (s: { start: number; end: number }[], x: number) =>
      s.some((span) => span.start <= x && x < span.end);
    for (let x = 0; x < 30; x++) expect(covered(spans, x)).toBe(covered(many, x));
  });
});

describe('editableRanges', () => {
  const words = (draft: string, phrase: string) => {
    const start = draft.indexOf(phrase);
    return finding(start, start + phrase.length);
  };

  it.each([
    ['inline formatting', 'As <b>already</b> stated, it is here.', 'As already stated'],
    ['across <div> lines', '<div>Dear customer,</div><div>as already stated</div>', 'as already'],
    ['after <br>', 'Hello<br>we will call you asap.', 'asap'],
    ['with no-break spaces', 'not\u00a0our department', 'not our department'],
  ])('covers exactly the words (%s)', (_, html, phrase) => {
    const root = editableBox(html);
    // The draft as the reply box reads it (what the engine checked).
    const draft = mapEditableText(root).text;
    const spans = markSpans([words(draft, phrase)], draft.length);
    const ranges = editableRanges(root, mapEditableText(root), draft, spans);
    expect(ranges?.map((range) => range.toString().replace(/\u00a0/g, ' '))).toEqual([phrase]);
  });

  it('gives no ranges when the box no longer holds the checked draft', () => {
    const root = editableBox('As already stated');
    expect(editableRanges(root, mapEditableText(root), 'As already stated!', [])).toBeUndefined();
  });

  it('finds the range around a caret point, not at its edges', () => {
    const root = editableBox('Hello, as already stated.');
    const draft = 'Hello, as already stated.';
    const spans = markSpans([words(draft, 'as already stated')], draft.length);
    const ranges = editableRanges(root, mapEditableText(root), draft, spans)!;
    const text = root.firstChild!;
    expect(rangeAtPoint(ranges, text, 10)).toBe(0);
    expect(rangeAtPoint(ranges, text, 7)).toBe(-1);
    expect(rangeAtPoint(ranges, text, 24)).toBe(-1);
    expect(rangeAtPoint(ranges, text, 2)).toBe(-1);
  });
});

describe('spanAtOffset', () => {
  it('is the span strictly around the caret', () => {
    const spans = markSpans([finding(4, 8), finding(10, 12)], 20);
    expect(spanAtOffset(spans, 5)).toBe(0);
    expect(spanAtOffset(spans, 4)).toBe(-1);
    expect(spanAtOffset(spans, 8)).toBe(-1);
    expect(spanAtOffset(spans, 11)).toBe(1);
  });
});

describe('spansInView: a huge reply marks only what is on screen', () => {
  /** 20,000 spans, one per "line"; lines `top` to `bottom` are on screen. */
  const spans: MarkSpan[] = markSpans(
    Array.from({ length: 20_000 }, (_, i) => finding(i * 10, i * 10 + 4)),
    200_000,
  );
  const screen = (top: number, bottom: number) => {
    const asked: number[] = [];
    const place = (span: MarkSpan): Place => {
      const line = span.start / 10;
      asked.push(line);
      return line < top ? 'before' : line > bottom ? 'after' : 'shown';
    };
    return { place, asked };
  };

  it('keeps every span while there are no more than the limit', () => {
    const few = spans.slice(0, MARKS_LIMIT);
    const { place, asked } = screen(0, 10);
    expect(spansInView(few, place)).toEqual({ from: 0, to: MARKS_LIMIT });
    expect(asked).toEqual([]);
  });

  it('takes the spans on screen and their neighbours, up to the limit, asking about a few', () => {
    const { place, asked } = screen(10_000, 10_039);
    const { from, to } = spansInView(spans, place);
    expect(to - from).toBe(MARKS_LIMIT);
    expect(from).toBeLessThanOrEqual(10_000);
    expect(to).toBeGreaterThan(10_039);
    // As many before as after the 40 on screen.
    expect(10_000 - from).toBe(to - 10_040);
    expect(asked.length).toBeLessThan(50);
  });

  it('stays within the list at its ends', () => {
    expect(spansInView(spans, screen(0, 5).place)).toEqual({ from: 0, to: MARKS_LIMIT });
    expect(spansInView(spans, screen(19_990, 30_000).place)).toEqual({
      from: 20_000 - MARKS_LIMIT,
      to: 20_000,
    });
  });

  it('takes the first of more spans on screen than the limit', () => {
    expect(spansInView(spans, screen(500, 5_000).place)).toEqual({
      from: 500,
      to: 500 + MARKS_LIMIT,
    });
  });
});

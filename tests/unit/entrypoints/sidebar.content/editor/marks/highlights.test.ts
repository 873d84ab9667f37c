// @vitest-environment happy-dom
// The highlight painter sets the browser's highlights only when the marks changed: a new
// highlight makes the browser paint the page again, which in a huge reply box costs more than
// the whole check. Its live ranges follow the agent's typing, so a check that finds the same
// words again leaves them alone. What the page's script takes away is set again.
import { describe, expect, it } from 'vitest';
import {
  createHighlightPainter,
  HIGHLIGHT_NAMES,
} from '../../../../../../entrypoints/sidebar.content/editor/marks/highlights';

/** A document whose window has the Highlight API (happy-dom has none), counting what is set. */
function highlightDocument() {
  const highlights = new Map<string, unknown>();
  let sets = 0;
  const view = {
    CSS: {
      highlights: {
        get: (name: string) => highlights.get(name),
        has: (name: string) => highlights.has(name),
        delete: (name: string) => highlights.delete(name),
        set: (name: string, value: unknown) => {
          sets++;
          highlights.set(name, value);
        },
      },
    },
    Highlight: class {
      priority = 0;
      readonly ranges: Range[];
      constructor(...ranges: Range[]) {
        this.ranges = ranges;
      }
    },
    CSSStyleSheet: class {
      replaceSync() {}
    },
  };
  const doc = { defaultView: view, adoptedStyleSheets: [] as unknown[] } as unknown as Document;
  return { doc, highlights, sets: () => sets };
}

function wordRanges(text: Text, words: [number, number][]): Range[] {
  return words.map(([start, end]) => {
    const range = document.createRange();
    range.setStart(text, start);
    range.setEnd(text, end);
    return range;
  });
}

describe('createHighlightPainter', () => {
  it('leaves the highlights alone when a check marks the same words again', () => {
    const text = document.createTextNode('As already stated, we will call you asap.');
    document.body.replaceChildren(text);
    const { doc, highlights, sets } = highlightDocument();
    const painter = createHighlightPainter();
    const words: [number, number][] = [
      [0, 17],
      [36, 40],
    ];
    painter.paint(doc, { warning: wordRanges(text, words), hint: [], active: [] });
    const first = highlights.get(HIGHLIGHT_NAMES.warning);
    expect(sets()).toBe(1);

    // The next check: new ranges over the same words.
    painter.paint(doc, { warning: wordRanges(text, words), hint: [], active: [] });
    expect(sets()).toBe(1);
    expect(highlights.get(HIGHLIGHT_NAMES.warning)).toBe(first);

    // Other words, or a card opened over one of them: painted again.
    painter.paint(doc, { warning: wordRanges(text, [[0, 17]]), hint: [], active: [] });
    expect(sets()).toBe(2);
    painter.paint(doc, {
      warning: wordRanges(text, [[0, 17]]),
      hint: [],
      active: wordRanges(text, [[0, 17]]),
    });
    expect(highlights.has(HIGHLIGHT_NAMES.active)).toBe(true);
  });

  it('sets them again when the page took them away', () => {
    const text = document.createTextNode('As already stated.');
    document.body.replaceChildren(text);
    const { doc, highlights } = highlightDocument();
    const painter = createHighlightPainter();
    const groups = () => ({ warning: wordRanges(text, [[0, 17]]), hint: [], active: [] });
    painter.paint(doc, groups());
    highlights.delete(HIGHLIGHT_NAMES.warning);
    painter.paint(doc, groups());
    expect(highlights.has(HIGHLIGHT_NAMES.warning)).toBe(true);
    highlights.set(HIGHLIGHT_NAMES.warning, 'the page’s own');
    painter.paint(doc, groups());
    expect(highlights.get(HIGHLIGHT_NAMES.warning)).not.toBe('the page’s own');
  });
});

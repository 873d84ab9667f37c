// Where words of a <textarea> are on screen. A textarea has no DOM for its text, so a hidden
// mirror <div> in Klartext's shadow root gets the same text, width, font, padding and wrapping;
// a Range over the mirror's text gives the words' line boxes, which are then moved to the
// textarea's position and scroll offset and clipped to what the textarea shows. The text is
// kept in blocks of whole lines (mirror-chunks.ts), so a keystroke in a huge draft lays out a
// few lines again, and only words in or near the part the textarea shows are measured (the
// others would be clipped away anyway).
import { intersect, paddingBox, shift, visibleBoxes, type Box } from './geometry';
import { chunkText, LineChunks } from './mirror-chunks';

/** Computed properties that decide where text wraps and how big it is. */
const COPIED = [
  'direction',
  'font-family',
  'font-size',
  'font-size-adjust',
  'font-stretch',
  'font-style',
  'font-variant',
  'font-weight',
  'font-feature-settings',
  'font-kerning',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'tab-size',
  'text-align',
  'text-indent',
  'text-transform',
  'text-rendering',
  'white-space',
  'word-break',
  'overflow-wrap',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
] as const;

export interface Mirror {
  /** Line boxes of value.slice(start, end) for each span, in the textarea's viewport, clipped. */
  measure(area: HTMLTextAreaElement, spans: readonly { start: number; end: number }[]): Box[][];
  remove(): void;
}

/** The mirror's style for `area`: same text layout, content width of the textarea's. */
export function mirrorStyle(area: HTMLTextAreaElement, computed: CSSStyleDeclaration): string {
  const declarations = COPIED.map((name) => `${name}:${computed.getPropertyValue(name)}`);
  const padding =
    (parseFloat(computed.paddingLeft) || 0) + (parseFloat(computed.paddingRight) || 0);
  // clientWidth excludes the scrollbar, which also narrows the textarea's text.
  const width = Math.max(0, area.clientWidth - padding);
  const wrap = computed.whiteSpace === 'nowrap' || area.wrap === 'off';
  declarations.push(
    'position:absolute',
    'top:0',
    'left:0',
    'visibility:hidden',
    'box-sizing:content-box',
    'border:0',
    'margin:0',
    `width:${width}px`,
    // Textareas keep every space and line break and wrap long words (unless wrap=off).
    `white-space:${wrap ? 'pre' : 'pre-wrap'}`,
    `overflow-wrap:${wrap ? 'normal' : 'break-word'}`,
  );
  return declarations.join(';');
}

/**
 * The part of the textarea's text (in mirror pixels) worth measuring: what it shows, and as
 * much again around it.
 */
function shownRange(area: HTMLTextAreaElement, client: Box): { top: number; bottom: number } {
  const viewHeight = area.ownerDocument.defaultView?.innerHeight ?? client.height;
  // A textarea taller than the window (one that grows with its text) shows only a part.
  const top = area.scrollTop + Math.max(0, -client.top);
  const bottom = area.scrollTop + Math.min(client.height, viewHeight - client.top);
  const margin = Math.max(client.height, viewHeight);
  return { top: top - margin, bottom: bottom + margin };
}

export function createMirror(container: HTMLElement | ShadowRoot): Mirror {
  const doc = (container as Node).ownerDocument ?? document;
  const div = doc.createElement('div');
  div.setAttribute('aria-hidden', 'true');
  container.append(div);
  const lines = new LineChunks();
  /** One block per chunk, each with one text node. */
  const blocks: HTMLElement[] = [];
  let style = '';

  const block = (text: string, first: boolean) => {
    const element = doc.createElement('div');
    // The textarea indents only its first line.
    if (!first) element.style.textIndent = '0';
    element.append(doc.createTextNode(text));
    return element;
  };

  /** Brings the blocks up to `value`, changing only those around the edit. */
  const sync = (value: string) => {
    if (blocks.length === 0) div.append((blocks[0] = block('', true)));
    const splice = lines.update(value);
    if (!splice) return;
    const { index, removed, added } = splice;
    const texts = added.map((chunk) => chunkText(value, chunk));
    // Blocks kept in place get their new text; the rest are added or removed.
    const kept = Math.min(removed, added.length);
    for (let i = 0; i < kept; i++) {
      const text = blocks[index + i]!.firstChild as Text;
      if (text.data !== texts[i]) text.data = texts[i]!;
    }
    if (added.length > kept) {
      const fresh = texts.slice(kept).map((text, i) => block(text, index + kept + i === 0));
      const fragment = doc.createDocumentFragment();
      fragment.append(...fresh);
      div.insertBefore(fragment, blocks[index + kept] ?? null);
      blocks.splice(index + kept, 0, ...fresh);
    } else if (removed > kept) {
      for (const element of blocks.splice(index + kept, removed - kept)) element.remove();
    }
  };

  /** Chunks [first, last] whose blocks lie (partly) between `top` and `bottom` in the mirror. */
  const chunksBetween = (top: number, bottom: number): [number, number] => {
    const below = (i: number) => blocks[i]!.offsetTop + blocks[i]!.offsetHeight >= top;
    const above = (i: number) => blocks[i]!.offsetTop <= bottom;
    let low = 0;
    let high = blocks.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (below(mid)) high = mid;
      else low = mid + 1;
    }
    const first = low;
    low = first;
    high = blocks.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (above(mid)) low = mid + 1;
      else high = mid;
    }
    return [first, low - 1];
  };

  const range = doc.createRange();
  /** Line boxes of value.slice(start, end), in the mirror's viewport. */
  const boxesOf = (start: number, end: number): Box[] => {
    const boxes: Box[] = [];
    const to = lines.indexAt(end);
    for (let i = lines.indexAt(start); i <= to; i++) {
      const chunk = lines.chunks[i]!;
      const text = blocks[i]!.firstChild as Text;
      const length = chunk.end - chunk.start;
      const from = Math.max(0, Math.min(start - chunk.start, length));
      const until = Math.max(0, Math.min(end - chunk.start, length));
      if (until <= from) continue;
      range.setStart(text, from);
      range.setEnd(text, until);
      boxes.push(...visibleBoxes(range.getClientRects()));
    }
    return boxes;
  };

  return {
    measure(area, spans) {
      const view = area.ownerDocument.defaultView;
      if (!view) return spans.map(() => []);
      const next = mirrorStyle(area, view.getComputedStyle(area));
      if (next !== style) div.style.cssText = style = next;
      sync(area.value);
      const origin = div.getBoundingClientRect();
      const client = paddingBox(area);
      const dx = client.left - origin.left - area.scrollLeft;
      const dy = client.top - origin.top - area.scrollTop;
      const shown = shownRange(area, client);
      if (shown.bottom < shown.top) return spans.map(() => []);
      const [first, last] = chunksBetween(shown.top, shown.bottom);
      if (last < first) return spans.map(() => []);
      const from = lines.chunks[first]!.start;
      const to = lines.chunks[last]!.end;
      return spans.map(({ start, end }) => {
        if (end < from || start > to) return [];
        return boxesOf(start, end)
          .map((box) => intersect(shift(box, dx, dy), client))
          .filter((box): box is Box => box !== undefined);
      });
    },
    remove: () => div.remove(),
  };
}

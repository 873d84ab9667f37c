// Where words of a <textarea> are on screen. A textarea has no DOM for its text, so a hidden
// mirror <div> in Klartext's shadow root gets the same text, width, font, padding and wrapping;
// a Range over the mirror's text gives the words' line boxes, which are then moved to the
// textarea's position and scroll offset and clipped to what the textarea shows.
import { intersect, paddingBox, shift, visibleBoxes, type Box } from './geometry';

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

export function createMirror(container: HTMLElement | ShadowRoot): Mirror {
  const doc = (container as Node).ownerDocument ?? document;
  const div = doc.createElement('div');
  div.setAttribute('aria-hidden', 'true');
  const text = doc.createTextNode('');
  div.append(text);
  container.append(div);
  return {
    measure(area, spans) {
      const view = area.ownerDocument.defaultView;
      if (!view) return spans.map(() => []);
      div.style.cssText = mirrorStyle(area, view.getComputedStyle(area));
      // A trailing line break only makes a line when something follows it.
      text.data = area.value.endsWith('\n') ? `${area.value} ` : area.value;
      const origin = div.getBoundingClientRect();
      const client = paddingBox(area);
      const dx = client.left - origin.left - area.scrollLeft;
      const dy = client.top - origin.top - area.scrollTop;
      const range = doc.createRange();
      return spans.map(({ start, end }) => {
        const length = text.data.length;
        range.setStart(text, Math.min(start, length));
        range.setEnd(text, Math.min(end, length));
        return visibleBoxes(range.getClientRects())
          .map((box) => intersect(shift(box, dx, dy), client))
          .filter((box): box is Box => box !== undefined);
      });
    },
    remove: () => div.remove(),
  };
}

// Klartext's own layer for inline marks: the <klartext-marks> element with an open shadow
// root, holding the drawn marks (for textareas and where the Highlight API is missing), the
// hidden textarea mirror and the card shown over a mark. The page's CSS cannot reach into
// it, and nothing in it touches the editor.
import { render, type ComponentChild } from 'preact';
import marksCss from '@/components/marks.css?inline';
import type { Box } from './geometry';
import { guardUntrustedEvents } from '../../trusted-events';
import { createMirror, type Mirror } from './mirror';

export const MARKS_ELEMENT = 'klartext-marks';

export interface DrawnMark {
  ruleId: string;
  severity: string;
  active: boolean;
  boxes: readonly Box[];
}

export interface Overlay {
  readonly host: HTMLElement;
  readonly mirror: Mirror;
  draw(marks: readonly DrawnMark[]): void;
  /** Shows `card` near `anchor` (below it, or above when there is no room), or hides it. */
  showCard(card: ComponentChild | null, anchor?: Box): void;
  remove(): void;
}

const GAP = 6;
const MARGIN = 8;

export function createOverlay(doc: Document): Overlay {
  const host = doc.createElement(MARKS_ELEMENT);
  const root = host.attachShadow({ mode: 'open' });
  // The card's buttons act only on the agent's own clicks, never on the page's `.click()`.
  const guard = new AbortController();
  guardUntrustedEvents(root, guard.signal);
  const style = doc.createElement('style');
  style.textContent = marksCss;
  const layer = doc.createElement('div');
  layer.className = 'kt-marks';
  const measuring = doc.createElement('div');
  const cardSlot = doc.createElement('div');
  root.append(style, layer, measuring, cardSlot);
  (doc.body ?? doc.documentElement).append(host);
  const mirror = createMirror(measuring);
  /** What the layer shows (the marks drawn last, as JSON). */
  let drawn = '[]';

  const place = (anchor: Box) => {
    const card = cardSlot.firstElementChild as HTMLElement | null;
    if (!card) return;
    const view = doc.defaultView!;
    const { width, height } = card.getBoundingClientRect();
    const below = anchor.top + anchor.height + GAP;
    const top =
      below + height <= view.innerHeight - MARGIN || anchor.top - GAP - height < MARGIN
        ? below
        : anchor.top - GAP - height;
    const left = Math.max(MARGIN, Math.min(anchor.left, view.innerWidth - width - MARGIN));
    card.style.left = `${Math.round(left)}px`;
    card.style.top = `${Math.round(top)}px`;
  };

  return {
    host,
    mirror,
    draw(marks) {
      // The same marks as drawn: the page is not painted again for nothing (in a huge reply
      // box that costs more than everything else a keystroke does).
      const key = JSON.stringify(marks);
      const boxes = marks.reduce((sum, mark) => sum + mark.boxes.length, 0);
      if (key === drawn && layer.childElementCount === boxes) return;
      drawn = key;
      const nodes: HTMLElement[] = [];
      for (const mark of marks) {
        for (const box of mark.boxes) {
          const node = doc.createElement('div');
          node.className = 'kt-mark';
          node.dataset.klartextMark = '';
          node.dataset.ruleId = mark.ruleId;
          node.dataset.severity = mark.severity;
          node.dataset.active = String(mark.active);
          node.style.cssText = `left:${box.left}px;top:${box.top}px;width:${box.width}px;height:${box.height}px`;
          nodes.push(node);
        }
      }
      layer.replaceChildren(...nodes);
    },
    showCard(card, anchor) {
      render(card, cardSlot);
      if (card && anchor) place(anchor);
    },
    remove() {
      guard.abort();
      render(null, cardSlot);
      host.remove();
    },
  };
}

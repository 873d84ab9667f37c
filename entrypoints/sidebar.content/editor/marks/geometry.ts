// Rectangles in the top window's viewport: where marks are drawn (fixed-position boxes in
// Klartext's own shadow root) and where the pointer is tested against them. Content in a
// same-origin iframe reports rects in the iframe's viewport; `frameOffset` moves them into the
// top one.

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export function toBox(rect: { left: number; top: number; width: number; height: number }): Box {
  return { left: rect.left, top: rect.top, width: rect.width, height: rect.height };
}

export function shift(box: Box, dx: number, dy: number): Box {
  return { ...box, left: box.left + dx, top: box.top + dy };
}

/** The part of `box` inside `clip`, or undefined when nothing is left. */
export function intersect(box: Box, clip: Box): Box | undefined {
  const left = Math.max(box.left, clip.left);
  const top = Math.max(box.top, clip.top);
  const right = Math.min(box.left + box.width, clip.left + clip.width);
  const bottom = Math.min(box.top + box.height, clip.top + clip.height);
  if (right <= left || bottom <= top) return undefined;
  return { left, top, width: right - left, height: bottom - top };
}

export function containsPoint(box: Box, x: number, y: number): boolean {
  return x >= box.left && x < box.left + box.width && y >= box.top && y < box.top + box.height;
}

/** Line boxes of a range without the empty ones (line ends, collapsed parts). */
export function visibleBoxes(rects: Iterable<Box>): Box[] {
  return [...rects].filter((rect) => rect.width > 0.5 && rect.height > 0.5).map(toBox);
}

/** An element's padding box (what scrolls and what clips its content), in its viewport. */
export function paddingBox(element: Element): Box {
  const rect = element.getBoundingClientRect();
  return {
    left: rect.left + element.clientLeft,
    top: rect.top + element.clientTop,
    width: element.clientWidth,
    height: element.clientHeight,
  };
}

const NOTHING: Box = { left: 0, top: 0, width: 0, height: 0 };

export interface FrameOffset {
  dx: number;
  dy: number;
  /** The visible part of the innermost frame, in the top viewport (undefined for the top). */
  clip: Box | undefined;
}

/**
 * How to move rects of `doc`'s viewport into the top window's, and what its frames leave
 * visible. Frames nest; each adds its content-box position.
 */
export function frameOffset(doc: Document): FrameOffset {
  let dx = 0;
  let dy = 0;
  let clip: Box | undefined;
  let frame = doc.defaultView?.frameElement ?? null;
  while (frame) {
    const style = frame.ownerDocument.defaultView?.getComputedStyle(frame);
    const padLeft = parseFloat(style?.paddingLeft ?? '0') || 0;
    const padTop = parseFloat(style?.paddingTop ?? '0') || 0;
    const box = paddingBox(frame);
    dx += box.left + padLeft;
    dy += box.top + padTop;
    // Rects found so far are relative to this frame; move the clip along with them.
    const frameClip: Box = { ...box };
    clip = clip
      ? (intersect(shift(clip, box.left + padLeft, box.top + padTop), frameClip) ?? NOTHING)
      : frameClip;
    frame = frame.ownerDocument.defaultView?.frameElement ?? null;
  }
  return { dx, dy, clip };
}

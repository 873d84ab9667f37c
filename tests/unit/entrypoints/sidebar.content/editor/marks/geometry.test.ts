// @vitest-environment happy-dom
// Rect arithmetic behind the drawn marks and the pointer test, and the textarea mirror's
// style: same font and padding, the textarea's content width, wrapping like a textarea.
import { describe, expect, it } from 'vitest';
import {
  containsPoint,
  frameOffset,
  intersect,
  shift,
  visibleBoxes,
} from '../../../../../../entrypoints/sidebar.content/editor/marks/geometry';
import { mirrorStyle } from '../../../../../../entrypoints/sidebar.content/editor/marks/mirror';

describe('rects', () => {
  it('clips a mark to what its box shows, and drops what is scrolled out', () => {
    const clip = { left: 10, top: 10, width: 100, height: 50 };
    expect(intersect({ left: 0, top: 20, width: 40, height: 10 }, clip)).toEqual({
      left: 10,
      top: 20,
      width: 30,
      height: 10,
    });
    expect(intersect({ left: 0, top: 70, width: 40, height: 10 }, clip)).toBeUndefined();
  });

  it('moves rects and tests points against them', () => {
    const box = shift({ left: 5, top: 5, width: 10, height: 10 }, 100, 20);
    expect(box).toEqual({ left: 105, top: 25, width: 10, height: 10 });
    expect(containsPoint(box, 110, 30)).toBe(true);
    expect(containsPoint(box, 115, 30)).toBe(false);
  });

  it('drops empty line boxes', () => {
    expect(
      visibleBoxes([
        { left: 0, top: 0, width: 0, height: 18 },
        { left: 0, top: 0, width: 30, height: 18 },
      ]),
    ).toEqual([{ left: 0, top: 0, width: 30, height: 18 }]);
  });

  it('needs no offset for the top document', () => {
    expect(frameOffset(document)).toEqual({ dx: 0, dy: 0, clip: undefined });
  });
});

describe('mirrorStyle', () => {
  it('copies font and padding, keeps the content width and wraps like a textarea', () => {
    const area = document.createElement('textarea');
    area.style.cssText = 'font-family: serif; font-size: 17px; padding: 12px 9px; width: 300px';
    document.body.replaceChildren(area);
    Object.defineProperty(area, 'clientWidth', { value: 298 });
    const style = mirrorStyle(area, getComputedStyle(area));
    expect(style).toContain('font-size:17px');
    expect(style).toContain('font-family:serif');
    expect(style).toContain('padding-left:9px');
    expect(style).toContain('width:280px');
    expect(style).toMatch(/white-space:pre-wrap$|white-space:pre-wrap;/);
    area.wrap = 'off';
    expect(mirrorStyle(area, getComputedStyle(area))).toContain('white-space:pre;');
  });
});

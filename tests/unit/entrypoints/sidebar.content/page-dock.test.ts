// @vitest-environment happy-dom
// The docked panel's room on the page: a margin on the root element on the panel's side, and
// afterwards exactly the root element's own style again.
import { beforeEach, describe, expect, it } from 'vitest';
import { createPageDock } from '../../../../entrypoints/sidebar.content/page-dock';

beforeEach(() => document.documentElement.removeAttribute('style'));

describe('createPageDock', () => {
  it('leaves room on the side the panel sits and moves it with the panel', () => {
    const dock = createPageDock(document);
    const style = document.documentElement.style;
    dock.apply('right', 320);
    expect(style.getPropertyValue('margin-right')).toBe('320px');
    expect(style.getPropertyPriority('margin-right')).toBe('important');
    dock.apply('left', 400);
    expect(style.getPropertyValue('margin-left')).toBe('400px');
    expect(style.getPropertyValue('margin-right')).toBe('');
    dock.clear();
    expect(document.documentElement.getAttribute('style') ?? '').toBe('');
  });

  it("gives the page's own inline margins back", () => {
    document.documentElement.style.setProperty('margin-right', '12px');
    document.documentElement.style.setProperty('margin-left', '3px', 'important');
    const dock = createPageDock(document);
    dock.apply('right', 320);
    dock.apply('left', 300);
    expect(document.documentElement.style.getPropertyValue('margin-right')).toBe('12px');
    dock.clear();
    const style = document.documentElement.style;
    expect(style.getPropertyValue('margin-right')).toBe('12px');
    expect(style.getPropertyValue('margin-left')).toBe('3px');
    expect(style.getPropertyPriority('margin-left')).toBe('important');
    // Cleared twice, or without a dock: nothing more changes.
    dock.clear();
    expect(style.getPropertyValue('margin-right')).toBe('12px');
  });
});

// Makes room for the docked panel: a margin on the page's root element (<html>), on the side the
// panel sits, so the page lays itself out narrower instead of being covered. Nothing else of the
// page changes (the editor's DOM least of all), and `clear()` puts back exactly what the root
// element's own style said before. Elements the page fixes to the window's edge (position:
// fixed, 100vw) do not follow a margin; most helpdesks lay out their ticket in the flow.

export interface PageDock {
  /** The page leaves `width` px free on `side` (replacing what an earlier call left free). */
  apply(side: 'left' | 'right', width: number): void;
  /** The page as it was. */
  clear(): void;
  /** The width of the window's vertical scrollbar (the docked panel sits inside it). */
  scrollbarWidth(): number;
}

const PROPERTIES = ['margin-left', 'margin-right'] as const;

export function createPageDock(doc: Document): PageDock {
  /** The root element's own inline values, while Klartext's are set. */
  let saved: { value: string; priority: string }[] | undefined;
  let root: HTMLElement | undefined;
  let applied = '';

  const clear = () => {
    if (!saved || !root) return;
    const style = root.style;
    PROPERTIES.forEach((property, index) => {
      const { value, priority } = saved![index]!;
      if (value) style.setProperty(property, value, priority);
      else style.removeProperty(property);
    });
    saved = undefined;
    root = undefined;
    applied = '';
  };

  return {
    apply(side, width) {
      const key = `${side}:${width}`;
      const current = doc.documentElement;
      if (key === applied && root === current) return;
      // A page that replaced its root element gets the margin on the new one.
      if (root !== current) clear();
      root = current;
      const style = root.style;
      saved ??= PROPERTIES.map((property) => ({
        value: style.getPropertyValue(property),
        priority: style.getPropertyPriority(property),
      }));
      PROPERTIES.forEach((property, index) => {
        const own = saved![index]!;
        if (property === `margin-${side}`) style.setProperty(property, `${width}px`, 'important');
        else if (own.value) style.setProperty(property, own.value, own.priority);
        else style.removeProperty(property);
      });
      applied = key;
    },
    clear,
    scrollbarWidth() {
      const view = doc.defaultView;
      if (!view) return 0;
      return Math.max(0, view.innerWidth - doc.documentElement.clientWidth);
    },
  };
}

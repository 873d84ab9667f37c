// Marks in contenteditable boxes through the CSS Custom Highlight API: the browser paints
// the ranges, nothing is added to the editor's DOM, and the marks move with the text when the
// editor scrolls. Each document (the page, a same-origin iframe) has its own highlight
// registry and needs the ::highlight() styles in its own scope; they go in as one adopted
// stylesheet, which leaves the page's DOM alone.

export const HIGHLIGHT_NAMES = {
  warning: 'klartext-warning',
  hint: 'klartext-hint',
  active: 'klartext-active',
} as const;

const HIGHLIGHT_CSS = `
::highlight(${HIGHLIGHT_NAMES.warning}) {
  background-color: rgb(232 137 28 / 0.2);
  text-decoration: underline wavy rgb(214 110 0);
  text-decoration-thickness: 1.5px;
  text-underline-offset: 3px;
}
::highlight(${HIGHLIGHT_NAMES.hint}) {
  background-color: rgb(91 141 239 / 0.16);
  text-decoration: underline dotted rgb(64 120 230);
  text-decoration-thickness: 2px;
  text-underline-offset: 3px;
}
::highlight(${HIGHLIGHT_NAMES.active}) {
  background-color: rgb(91 141 239 / 0.32);
}
`;

interface HighlightWindow {
  CSS: { highlights: Map<string, unknown> };
  Highlight: new (...ranges: Range[]) => { priority: number };
  CSSStyleSheet: typeof CSSStyleSheet;
}

function highlightWindow(doc: Document): HighlightWindow | undefined {
  const view = doc.defaultView as unknown as Partial<HighlightWindow> | null;
  try {
    if (view?.CSS?.highlights && typeof view.Highlight === 'function') {
      return view as HighlightWindow;
    }
  } catch {
    // A window we may not touch.
  }
  return undefined;
}

/** Whether `doc` can show marks as highlights (else the overlay draws them). */
export function supportsHighlights(doc: Document): boolean {
  return highlightWindow(doc) !== undefined;
}

export interface HighlightGroups {
  warning: Range[];
  hint: Range[];
  active: Range[];
}

export interface HighlightPainter {
  paint(doc: Document, groups: HighlightGroups): void;
  /** Removes Klartext's highlights and styles from every document painted so far. */
  clear(): void;
}

/** Whether two lists of ranges cover the same DOM stretches, in the same order. */
function sameRanges(a: readonly Range[], b: readonly Range[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (range, i) =>
        range.startContainer === b[i]!.startContainer &&
        range.startOffset === b[i]!.startOffset &&
        range.endContainer === b[i]!.endContainer &&
        range.endOffset === b[i]!.endOffset,
    )
  );
}

function sameGroups(a: HighlightGroups, b: HighlightGroups): boolean {
  return (
    sameRanges(a.warning, b.warning) && sameRanges(a.hint, b.hint) && sameRanges(a.active, b.active)
  );
}

/** Klartext's highlight styles in one document. */
interface AttachedStyles {
  /** Still in effect (the page's own script may have taken them away). */
  attached(): boolean;
  detach(): void;
}

/** The document's adopted style sheets as a plain array (the live list is not one). */
function adoptedSheets(doc: Document): CSSStyleSheet[] {
  const list = doc.adoptedStyleSheets;
  const sheets: CSSStyleSheet[] = [];
  for (let i = 0; i < list.length; i += 1) sheets.push(list[i]!);
  return sheets;
}

/**
 * Puts the ::highlight() styles into the document: they only apply from the document's own
 * style sheets, not from the sidebar's shadow root. An adopted sheet leaves the page's DOM
 * alone; in a Firefox content script the adopted list cannot be reached through its Xray
 * wrapper ("Accessing from Xray wrapper is not supported"), so there a style element carries
 * the same rules (the page can see either).
 */
function attachStyles(doc: Document, win: HighlightWindow): AttachedStyles {
  try {
    // The sheet must come from the document's own window to be adopted there.
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    doc.adoptedStyleSheets = [...adoptedSheets(doc), sheet];
    return {
      attached: () => adoptedSheets(doc).includes(sheet),
      detach: () => {
        doc.adoptedStyleSheets = adoptedSheets(doc).filter((adopted) => adopted !== sheet);
      },
    };
  } catch {
    const style = doc.createElement('style');
    style.textContent = HIGHLIGHT_CSS;
    (doc.head ?? doc.documentElement).append(style);
    return { attached: () => style.isConnected, detach: () => style.remove() };
  }
}

export function createHighlightPainter(): HighlightPainter {
  const sheets = new Map<Document, AttachedStyles>();
  /**
   * What the document shows now, and the highlights set for it. Its ranges are live: they
   * moved with the agent's typing, so when a check finds the same words again, they already
   * cover them and nothing is set. A new highlight makes the browser paint the page again,
   * which in a huge reply box is slow.
   */
  let shown: { doc: Document; groups: HighlightGroups; set: Map<string, unknown> } | undefined;

  const adoptStyles = (doc: Document, win: HighlightWindow) => {
    if (sheets.get(doc)?.attached()) return;
    sheets.get(doc)?.detach();
    sheets.set(doc, attachStyles(doc, win));
  };

  const removeFrom = (doc: Document) => {
    const win = highlightWindow(doc);
    if (win) for (const name of Object.values(HIGHLIGHT_NAMES)) win.CSS.highlights.delete(name);
    if (doc.defaultView) sheets.get(doc)?.detach();
  };

  return {
    paint(doc, groups) {
      const win = highlightWindow(doc);
      if (shown?.doc === doc && win && sameGroups(shown.groups, groups)) {
        // Unless the page took Klartext's styles or highlights away (its own script may).
        const kept = [...shown.set].every(([name, set]) => win.CSS.highlights.get(name) === set);
        if (kept && sheets.get(doc)?.attached()) return;
      }
      shown = undefined;
      // Only one document shows marks: the one with the reply box.
      for (const other of sheets.keys()) if (other !== doc) removeFrom(other);
      for (const other of [...sheets.keys()]) if (other !== doc) sheets.delete(other);
      if (!win) return;
      const painted = new Map<string, unknown>();
      shown = { doc, groups, set: painted };
      adoptStyles(doc, win);
      const set = (name: string, ranges: Range[], priority: number) => {
        painted.set(name, undefined);
        if (ranges.length === 0) {
          win.CSS.highlights.delete(name);
          return;
        }
        const highlight = new win.Highlight(...ranges);
        highlight.priority = priority;
        win.CSS.highlights.set(name, highlight);
        painted.set(name, highlight);
      };
      set(HIGHLIGHT_NAMES.hint, groups.hint, 0);
      set(HIGHLIGHT_NAMES.warning, groups.warning, 1);
      set(HIGHLIGHT_NAMES.active, groups.active, 2);
    },
    clear() {
      shown = undefined;
      for (const doc of sheets.keys()) removeFrom(doc);
      sheets.clear();
    },
  };
}

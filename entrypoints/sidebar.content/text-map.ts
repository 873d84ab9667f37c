// Reads the text of a contenteditable reply box the way the agent sees it (blocks and <br>
// become line breaks) and maps offsets in that text back to DOM positions, so a finding's
// UTF-16 offsets select exactly its words. Every character of the text comes from one DOM
// place: text node characters 1:1 (no-break spaces read as spaces), line breaks from a <br>
// or a block boundary. On every check the reply box reads the draft and the marks place their
// ranges; both take the map from the box's `watchTextMap`, built once per change of the box.

export interface DomPoint {
  node: Node;
  offset: number;
}

export interface TextMap {
  text: string;
  /** Where a range starting at `offset` begins. */
  startPoint(offset: number): DomPoint;
  /** Where a range ending at `offset` (exclusive) ends. */
  endPoint(offset: number): DomPoint;
}

interface Segment {
  start: number;
  end: number;
  /** A text node (offsets inside it are 1:1) or a line break between two DOM points. */
  node: Text | undefined;
  before: DomPoint;
  after: DomPoint;
}

/** Elements that start and end a line; 'P' leaves an empty line (like innerText). */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TR',
  'UL',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE']);
const NBSP = /\u00a0/g;

function breaksAround(element: Element): number {
  if (element.nodeName === 'P') return 2;
  return BLOCKS.has(element.nodeName) ? 1 : 0;
}

function pointBefore(node: Node): DomPoint {
  const parent = node.parentNode!;
  return { node: parent, offset: Array.prototype.indexOf.call(parent.childNodes, node) };
}

function pointAfter(node: Node): DomPoint {
  const before = pointBefore(node);
  return { node: before.node, offset: before.offset + 1 };
}

export function mapEditableText(root: Node): TextMap {
  const parts: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  /** Trailing line breaks of the text so far, to merge them with pending block breaks. */
  let trailingBreaks = 0;
  /** Line breaks a block boundary asks for; written only when more text follows. */
  let pendingBreaks = 0;

  const push = (text: string, node: Text | undefined, before: DomPoint, after: DomPoint) => {
    parts.push(text);
    segments.push({ start: length, end: length + text.length, node, before, after });
    length += text.length;
    const stripped = text.replace(/\n+$/, '');
    trailingBreaks =
      stripped.length === text.length
        ? 0
        : stripped.length === 0
          ? trailingBreaks + text.length
          : text.length - stripped.length;
  };

  /** Writes pending block breaks in front of `node`, the next thing that adds text. */
  const flushBreaks = (node: Node) => {
    const missing = length > 0 ? pendingBreaks - trailingBreaks : 0;
    pendingBreaks = 0;
    if (missing <= 0) return;
    const at = pointBefore(node);
    push('\n'.repeat(missing), undefined, at, at);
  };

  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node as Text;
      if (!text.data) return;
      flushBreaks(text);
      push(
        text.data.replace(NBSP, ' '),
        text,
        { node: text, offset: 0 },
        { node: text, offset: text.data.length },
      );
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    if (SKIPPED.has(element.nodeName) || element.hasAttribute('hidden')) return;
    if (element.nodeName === 'BR') {
      flushBreaks(element);
      push('\n', undefined, pointBefore(element), pointAfter(element));
      return;
    }
    const breaks = breaksAround(element);
    pendingBreaks = Math.max(pendingBreaks, breaks);
    for (let child = element.firstChild; child; child = child.nextSibling) visit(child);
    pendingBreaks = Math.max(pendingBreaks, breaks);
  };

  for (let child = root.firstChild; child; child = child.nextSibling) visit(child);
  const text = parts.join('');
  const rootEnd: DomPoint = { node: root, offset: root.childNodes.length };

  /** The first segment whose end is past `offset` (or reaches it, when `inclusiveEnd`). */
  const find = (offset: number, inclusiveEnd: boolean): Segment | undefined => {
    let low = 0;
    let high = segments.length - 1;
    let found: Segment | undefined;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const segment = segments[mid]!;
      if (inclusiveEnd ? segment.end >= offset : segment.end > offset) {
        found = segment;
        high = mid - 1;
      } else {
        low = mid + 1;
      }
    }
    return found;
  };

  const inside = (segment: Segment, offset: number, edge: 'before' | 'after'): DomPoint => {
    if (segment.node) return { node: segment.node, offset: offset - segment.start };
    return offset <= segment.start
      ? segment.before
      : offset >= segment.end
        ? segment.after
        : segment[edge];
  };

  return {
    text,
    startPoint(offset) {
      const segment = find(offset, false);
      return segment ? inside(segment, offset, 'before') : rootEnd;
    },
    endPoint(offset) {
      // Prefer the segment that ends at `offset`, so a range does not spill into the next node.
      const segment = offset > 0 ? find(offset, true) : find(offset, false);
      return segment ? inside(segment, offset, 'after') : rootEnd;
    },
  };
}

/** What a map depends on: the nodes and their text below the root, and `hidden` (skipped). */
const MAP_INPUTS: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributeFilter: ['hidden'],
};

export interface WatchedTextMap {
  /** The map of the root as it is now; built again only after something below it changed. */
  current(): TextMap;
  /** Stops watching (the reply box was left or the sidebar stopped). */
  stop(): void;
}

/**
 * Keeps the map of `root` between changes: every check reads the draft, places the marks and
 * may select words, and all of them share one map per state of the box.
 */
export function watchTextMap(root: Node): WatchedTextMap {
  let map: TextMap | undefined;
  const changes = new MutationObserver(() => (map = undefined));
  changes.observe(root, MAP_INPUTS);
  return {
    current() {
      // Changes made since the last microtask are not delivered yet; they count too.
      if (changes.takeRecords().length > 0) map = undefined;
      return (map ??= mapEditableText(root));
    },
    stop: () => changes.disconnect(),
  };
}

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

/**
 * What one stretch of the text comes from: a text node (offsets inside it are 1:1) or a line
 * break between two DOM points. Where it starts in the text is kept apart (MapLayout), so that
 * a map patched after typing shares these with the map before it.
 */
interface Segment {
  node: Text | undefined;
  before: DomPoint;
  after: DomPoint;
}

/** Where each segment starts in the text and how long it is. */
interface MapLayout {
  text: string;
  segments: readonly Segment[];
  starts: Int32Array;
  lengths: Int32Array;
  /** The segment of each text node. */
  indexOf: ReadonlyMap<Text, number>;
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

/** `leftOut`: elements (a selector) whose text is not part of the draft, e.g. a quote. */
function layoutOf(root: Node, leftOut?: string): MapLayout {
  const parts: string[] = [];
  const segments: Segment[] = [];
  const starts: number[] = [];
  const lengths: number[] = [];
  const indexOf = new Map<Text, number>();
  let length = 0;
  /** Trailing line breaks of the text so far, to merge them with pending block breaks. */
  let trailingBreaks = 0;
  /** Line breaks a block boundary asks for; written only when more text follows. */
  let pendingBreaks = 0;

  const push = (text: string, node: Text | undefined, before: DomPoint, after: DomPoint) => {
    if (node) indexOf.set(node, segments.length);
    parts.push(text);
    segments.push({ node, before, after });
    starts.push(length);
    lengths.push(text.length);
    length += text.length;
    trailingBreaks = trailingBreaksAfter(trailingBreaks, text);
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
    if (leftOut && element.matches(leftOut)) return;
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
  return {
    text: parts.join(''),
    segments,
    starts: Int32Array.from(starts),
    lengths: Int32Array.from(lengths),
    indexOf,
  };
}

/** The trailing line breaks of the text so far, after `text` was added to it. */
function trailingBreaksAfter(before: number, text: string): number {
  const stripped = text.replace(/\n+$/, '');
  if (stripped.length === text.length) return 0;
  return stripped.length === 0 ? before + text.length : text.length - stripped.length;
}

/** How a text node's text ends, as far as the breaks after it are concerned. */
function ending(text: string): string {
  const stripped = text.replace(/\n+$/, '');
  return stripped.length === 0
    ? `only:${text.length}`
    : `trailing:${text.length - stripped.length}`;
}

/**
 * The layout after the text of `changed` nodes changed (typing: characterData only), without
 * walking the DOM again; undefined when the change is more than that (a node emptied or new,
 * a line break added at a node's end), and the map must be built again.
 */
function patchLayout(layout: MapLayout, changed: Iterable<Text>): MapLayout | undefined {
  const edits: { index: number; text: string }[] = [];
  for (const node of changed) {
    const index = layout.indexOf.get(node);
    if (index === undefined || !node.data || !node.isConnected) return undefined;
    const start = layout.starts[index]!;
    const old = layout.text.slice(start, start + layout.lengths[index]!);
    const text = node.data.replace(NBSP, ' ');
    if (ending(old) !== ending(text)) return undefined;
    if (text !== old) edits.push({ index, text });
  }
  if (edits.length === 0) return layout;
  edits.sort((a, b) => a.index - b.index);
  const starts = layout.starts.slice();
  const lengths = layout.lengths.slice();
  const parts: string[] = [];
  let from = 0;
  let shift = 0;
  let next = 0;
  for (const { index, text } of edits) {
    // Segments between the previous edit and this one move by the edits so far.
    if (shift !== 0) for (; next < index; next++) starts[next] = starts[next]! + shift;
    const start = layout.starts[index]!;
    parts.push(layout.text.slice(from, start), text);
    from = start + layout.lengths[index]!;
    starts[index] = start + shift;
    lengths[index] = text.length;
    shift += text.length - layout.lengths[index]!;
    next = index + 1;
  }
  if (shift !== 0) for (; next < starts.length; next++) starts[next] = starts[next]! + shift;
  parts.push(layout.text.slice(from));
  return { ...layout, text: parts.join(''), starts, lengths };
}

function mapOf(root: Node, layout: MapLayout): TextMap {
  const { segments, starts, lengths } = layout;
  const rootEnd: DomPoint = { node: root, offset: root.childNodes.length };
  const endOf = (index: number) => starts[index]! + lengths[index]!;

  /** The first segment whose end is past `offset` (or reaches it, when `inclusiveEnd`). */
  const find = (offset: number, inclusiveEnd: boolean): number => {
    let low = 0;
    let high = segments.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const end = endOf(mid);
      if (inclusiveEnd ? end >= offset : end > offset) {
        found = mid;
        high = mid - 1;
      } else {
        low = mid + 1;
      }
    }
    return found;
  };

  const inside = (index: number, offset: number, edge: 'before' | 'after'): DomPoint => {
    const segment = segments[index]!;
    const start = starts[index]!;
    if (segment.node) return { node: segment.node, offset: offset - start };
    return offset <= start
      ? segment.before
      : offset >= endOf(index)
        ? segment.after
        : segment[edge];
  };

  return {
    text: layout.text,
    startPoint(offset) {
      const index = find(offset, false);
      return index >= 0 ? inside(index, offset, 'before') : rootEnd;
    },
    endPoint(offset) {
      // Prefer the segment that ends at `offset`, so a range does not spill into the next node.
      const index = offset > 0 ? find(offset, true) : find(offset, false);
      return index >= 0 ? inside(index, offset, 'after') : rootEnd;
    },
  };
}

export function mapEditableText(root: Node, leftOut?: string): TextMap {
  return mapOf(root, layoutOf(root, leftOut));
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

/** More changed text nodes than this between two reads: building the map again is as quick. */
const PATCH_LIMIT = 64;

/**
 * Keeps the map of `root` between changes: every check reads the draft, places the marks and
 * may select words, and all of them share one map per state of the box. Typing changes only
 * the text of a node or two; then the map is patched (a huge draft is not walked again on
 * every keystroke). Anything else below the root builds it again.
 */
export function watchTextMap(root: Node, leftOut?: string): WatchedTextMap {
  let layout: MapLayout | undefined;
  let map: TextMap | undefined;
  /** Text nodes whose text changed since the map was made (while it can be patched). */
  const changed = new Set<Text>();
  const drop = () => {
    layout = undefined;
    map = undefined;
    changed.clear();
  };
  const note = (records: readonly MutationRecord[]) => {
    if (!layout) return;
    for (const record of records) {
      const patchable =
        record.type === 'characterData' &&
        record.target.nodeType === Node.TEXT_NODE &&
        changed.size < PATCH_LIMIT;
      if (!patchable) return drop();
      changed.add(record.target as Text);
    }
  };
  const changes = new MutationObserver(note);
  changes.observe(root, MAP_INPUTS);
  return {
    current() {
      // Changes made since the last microtask are not delivered yet; they count too.
      note(changes.takeRecords());
      if (layout && changed.size > 0) {
        const patched = patchLayout(layout, changed);
        changed.clear();
        if (patched !== layout) map = undefined;
        layout = patched;
      }
      layout ??= layoutOf(root, leftOut);
      return (map ??= mapOf(root, layout));
    },
    stop: () => changes.disconnect(),
  };
}

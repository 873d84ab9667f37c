// DOM helpers for adapters: queries that reach into open shadow roots and same-origin iframes,
// the editable element inside a composer, and a message's text as the agent reads it.
type Root = Document | Element | ShadowRoot;

function frameDocument(frame: Element): Document | null {
  try {
    return (frame as HTMLIFrameElement).contentDocument;
  } catch {
    return null;
  }
}

/** `doc` and the documents of its same-origin iframes, nested ones included. */
export function documentsIn(doc: Document): Document[] {
  const docs = [doc];
  for (let i = 0; i < docs.length; i++) {
    for (const frame of docs[i]!.querySelectorAll('iframe, frame')) {
      const inner = frameDocument(frame);
      if (inner && !docs.includes(inner)) docs.push(inner);
    }
  }
  return docs;
}

/** The open shadow roots below `root`, nested ones included, in document order. */
function shadowRootsIn(root: Root): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  for (const element of root.querySelectorAll('*')) {
    const shadow = element.shadowRoot;
    if (shadow) roots.push(shadow, ...shadowRootsIn(shadow));
  }
  return roots;
}

/** Like querySelectorAll, but also inside open shadow roots when `deep` (selectors do not cross a boundary). */
export function queryAll(root: Root, selector: string, deep: boolean): HTMLElement[] {
  const scopes: Root[] = deep ? [root, ...shadowRootsIn(root)] : [root];
  return scopes.flatMap((scope) => [...scope.querySelectorAll<HTMLElement>(selector)]);
}

/** The parent of `node`, stepping out of a shadow root to its host. */
export function composedParent(node: Node): Node | null {
  const parent = node.parentNode;
  // Nodes may come from iframes (other realms), so shadow roots are recognised by shape.
  if (parent && parent.nodeType === 11 && 'host' in parent) return (parent as ShadowRoot).host;
  return parent;
}

/** Whether `inner` is `outer` or below it, across shadow-root boundaries. */
export function composedContains(outer: Node, inner: Node): boolean {
  for (let node: Node | null = inner; node; node = composedParent(node)) {
    if (node === outer) return true;
  }
  return false;
}

/** The closest ancestor-or-self of `element` matching `selector`, across shadow-root boundaries. */
export function composedClosest(element: Element, selector: string): Element | null {
  for (let node: Node | null = element; node; node = composedParent(node)) {
    if (node.nodeType === 1 && (node as Element).matches(selector)) return node as Element;
  }
  return null;
}

/** A textarea, also from an iframe (another realm: no `instanceof`). */
export function isTextarea(element: Element): element is HTMLTextAreaElement {
  return element.localName === 'textarea';
}

function isEditableRoot(element: HTMLElement): boolean {
  const value = element.getAttribute('contenteditable');
  if (value === null || value === 'false') return false;
  const parent = element.parentElement;
  return !parent || !isEditableElement(parent);
}

function isEditableElement(element: HTMLElement): boolean {
  if (element.isContentEditable) return true;
  const value = element.getAttribute('contenteditable');
  return value !== null && value !== 'false';
}

/** The body of a document in design mode or with an editable body (CKEditor 4, TinyMCE). */
export function editableBody(doc: Document | null): HTMLElement | undefined {
  const body = doc?.body;
  if (!body) return undefined;
  return doc.designMode === 'on' || isEditableElement(body) ? body : undefined;
}

/**
 * The editor in or at `element`: the element itself when it is a textarea or the outermost
 * contenteditable, else the first such element inside it (open shadow roots and same-origin
 * iframes included).
 */
export function editorIn(element: HTMLElement): HTMLElement | undefined {
  if (isTextarea(element)) return element.readOnly || element.disabled ? undefined : element;
  if (element.localName === 'iframe') return editableBody(frameDocument(element));
  if (isEditableElement(element)) {
    let root = element;
    while (root.parentElement && isEditableElement(root.parentElement)) root = root.parentElement;
    return root;
  }
  const inside = queryAll(element, 'textarea, [contenteditable], iframe', true);
  if (element.shadowRoot)
    inside.unshift(...queryAll(element.shadowRoot, 'textarea, [contenteditable], iframe', true));
  for (const candidate of inside) {
    if (candidate.localName === 'iframe') {
      const body = editableBody(frameDocument(candidate));
      if (body) return body;
    } else if (isTextarea(candidate) || isEditableRoot(candidate)) {
      if (!isTextarea(candidate) || (!candidate.readOnly && !candidate.disabled)) return candidate;
    }
  }
  return undefined;
}

/** Whether the element takes up space on the page (hidden tabs and closed panels do not). */
export function isShown(element: HTMLElement): boolean {
  if (element.closest('[hidden], [aria-hidden="true"]')) return false;
  // Editors keep their source textarea around, hidden (CKEditor 4, TinyMCE).
  if (element.ownerDocument.defaultView?.getComputedStyle(element).display === 'none') return false;
  const frame = element.ownerDocument.defaultView?.frameElement;
  if (frame && element === element.ownerDocument.body) return isShown(frame as HTMLElement);
  return element.getClientRects().length > 0 || element === element.ownerDocument.body;
}

const BLOCKS =
  /^(address|article|aside|blockquote|dd|div|dl|dt|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|tr|ul)$/;
const SKIPPED = new Set(['script', 'style', 'template', 'noscript']);

/**
 * A message's text as the agent reads it: white space collapsed as the page shows it, blocks
 * and <br> as line breaks, blank lines between paragraphs kept to one.
 */
export function messageText(root: Element): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      text += (node.nodeValue ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const name = (node as Element).localName;
    if (SKIPPED.has(name)) return;
    if (name === 'br') {
      text += '\n';
      return;
    }
    const block = BLOCKS.test(name);
    if (block) text += '\n';
    node.childNodes.forEach(walk);
    if (block) text += '\n';
  };
  walk(root);
  return text
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

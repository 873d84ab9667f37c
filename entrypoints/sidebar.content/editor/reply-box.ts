// The reply box the agent types in: a <textarea> or a contenteditable element, in the page or
// in a same-origin iframe. Reading, selecting and replacing go through the editor's own
// paths (selection APIs, then the input events the editor listens to: apply-fix.ts), so undo
// works and the editor's framework sees the change as the agent's own input.
import { execInsertText, selectionSettled, typeOverSelection } from './apply-fix';
import { watchTextMap, type TextMap } from './text-map';
import { isTextarea } from '../hosts/dom';

export interface ReplyBox {
  readonly element: HTMLElement;
  read(): string;
  /** Selects draft.slice(start, end) in the box and shows it. */
  select(start: number, end: number): void;
  /**
   * Replaces draft.slice(start, end) with `text` through the editor's own input path (see
   * apply-fix.ts), as if the agent had typed it; settles once the editor has it.
   */
  replace(start: number, end: number, text: string): Promise<void>;
  /** The text map of a contenteditable box (undefined for a textarea). */
  textMap?(): TextMap;
  /** Stops what the box watches; the tracker calls it when it leaves the box. */
  dispose(): void;
}

// Elements may come from an iframe (another realm), so no `instanceof` checks here.
function isEditable(element: Element): element is HTMLElement {
  return (element as HTMLElement).isContentEditable === true;
}

/** The reply box around `target` (a textarea, or the outermost editable element), if any. */
export function replyBoxElement(target: EventTarget | null): HTMLElement | undefined {
  const element = target as Element | null;
  if (!element || typeof element.localName !== 'string') return undefined;
  if (isTextarea(element)) return element.readOnly || element.disabled ? undefined : element;
  if (!isEditable(element)) return undefined;
  let host: HTMLElement = element;
  while (host.parentElement && isEditable(host.parentElement)) host = host.parentElement;
  return host;
}

function announceInput(target: HTMLElement, text: string): void {
  target.dispatchEvent(
    new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }),
  );
}

function textareaBox(area: HTMLTextAreaElement): ReplyBox {
  return {
    element: area,
    read: () => area.value,
    dispose: () => undefined,
    select(start, end) {
      area.focus({ preventScroll: true });
      area.setSelectionRange(start, end);
      area.scrollIntoView({ block: 'nearest' });
    },
    async replace(start, end, text) {
      area.focus();
      area.setSelectionRange(start, end);
      const before = area.value;
      if (execInsertText(area.ownerDocument, text) && area.value !== before) return;
      // Without the editing command: edit directly and tell the page, as typing would.
      area.setRangeText(text, start, end, 'end');
      announceInput(area, text);
    },
  };
}

/**
 * Focuses the reply box, also when it lives in an iframe (TinyMCE, CKEditor 4): Firefox moves
 * the page's focus into the frame only if the frame itself is focused first, and keys the agent
 * presses next (Ctrl+Z after a fix) must reach the editor, not the sidebar's button.
 */
function focusBox(root: HTMLElement): void {
  const frame = root.ownerDocument.defaultView?.frameElement as HTMLElement | null | undefined;
  if (frame && typeof frame.focus === 'function') frame.focus({ preventScroll: true });
  root.focus({ preventScroll: true });
}

function editableBox(root: HTMLElement, leftOut: string | undefined): ReplyBox {
  const map = watchTextMap(root, leftOut);
  const selectRange = (start: number, end: number): Range => {
    const current = map.current();
    const doc = root.ownerDocument;
    const from = current.startPoint(start);
    const to = current.endPoint(end);
    const range = doc.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    focusBox(root);
    const selection = doc.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    const shown = from.node.nodeType === Node.ELEMENT_NODE ? from.node : from.node.parentNode;
    (shown as Element | null)?.scrollIntoView({ block: 'nearest' });
    return range;
  };
  return {
    element: root,
    read: () => map.current().text,
    textMap: map.current,
    dispose: map.stop,
    select: selectRange,
    async replace(start, end, text) {
      const range = selectRange(start, end);
      // The editor syncs its own selection on `selectionchange`; type over it only then.
      await selectionSettled(root.ownerDocument);
      if (!root.isConnected || typeOverSelection(root, text)) return;
      range.deleteContents();
      range.insertNode(root.ownerDocument.createTextNode(text));
      announceInput(root, text);
    },
  };
}

/**
 * The reply box around `element`; in a contenteditable one, the elements `leftOut` matches (the
 * tool's quote of the customer, HostAdapter.quoteInComposer) are not part of the draft.
 */
export function createReplyBox(element: HTMLElement, leftOut?: string): ReplyBox {
  return isTextarea(element) ? textareaBox(element) : editableBox(element, leftOut);
}

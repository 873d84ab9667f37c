// Applies a one-click fix through the editor's own input path, so that the editor's model, its
// undo stack and the host app's autosave all see it as the agent's own edit.
//
// The content script runs in an isolated world: it cannot call an editor's API, only use the
// DOM the editor listens to. The finding's range is selected first (editors sync their model
// selection on `selectionchange`), then the replacement is delivered the way the editor takes
// text input:
// - editors that handle `beforeinput` themselves (CKEditor 5, Lexical, Slate, Trix) get a
//   `beforeinput` of type insertReplacementText, the event the browser's own spelling
//   correction sends; they cancel it and change their model;
// - Draft.js takes typed text from `textInput` (React's onBeforeInput in Chromium);
// - everything else (textarea, plain contenteditable, ProseMirror/TipTap, Quill, TinyMCE,
//   CKEditor 4, Summernote, Froala, roosterjs) reads the DOM after the browser's editing
//   command `insertText`, which is undoable natively or observed by the editor.
// Editors are told apart by the marks their libraries put on their roots, never by a host
// app's selectors.

export type EditorKind =
  | 'textarea'
  | 'ckeditor5'
  | 'lexical'
  | 'slate'
  | 'trix'
  | 'draftjs'
  | 'quill'
  | 'prosemirror'
  | 'tinymce'
  | 'ckeditor4'
  | 'summernote'
  | 'froala'
  | 'contenteditable';

/** Root markers set by the editor libraries themselves, most specific first. */
const MARKERS: ReadonlyArray<readonly [EditorKind, string]> = [
  ['ckeditor5', '.ck-editor__editable'],
  ['lexical', '[data-lexical-editor]'],
  ['slate', '[data-slate-editor]'],
  ['trix', 'trix-editor'],
  ['draftjs', '.public-DraftEditor-content'],
  ['quill', '.ql-editor'],
  ['prosemirror', '.ProseMirror'],
  ['tinymce', '#tinymce, .mce-content-body'],
  ['ckeditor4', '.cke_editable'],
  ['summernote', '.note-editable'],
  ['froala', '.fr-element'],
];

export function detectEditor(root: Element): EditorKind {
  if (root.localName === 'textarea') return 'textarea';
  for (const [kind, selector] of MARKERS) if (root.matches(selector)) return kind;
  return 'contenteditable';
}

/** Editors whose model changes only through `beforeinput` (they cancel the browser's edit). */
const BEFOREINPUT_EDITORS = new Set<EditorKind>(['ckeditor5', 'lexical', 'slate', 'trix']);

/** How long to wait for the editor to see a new selection before typing over it. */
const SELECTION_WAIT_MS = 50;

/** Resolves once the document reported the selection change (or after a short wait). */
export function selectionSettled(doc: Document, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const view = doc.defaultView ?? window;
    const done = () => {
      doc.removeEventListener('selectionchange', onChange);
      view.clearTimeout(timer);
      resolve();
    };
    // Listeners run in the order they were added: the editor's own handler runs before ours,
    // and one more task lets editors that defer their selection sync catch up.
    const onChange = () => void view.setTimeout(done, 0);
    const timer = view.setTimeout(done, SELECTION_WAIT_MS);
    doc.addEventListener('selectionchange', onChange, { once: true });
    signal?.addEventListener('abort', done, { once: true });
  });
}

function replacementData(doc: Document, text: string): DataTransfer | null {
  try {
    const view = doc.defaultView ?? window;
    const data = new view.DataTransfer();
    data.setData('text/plain', text);
    return data;
  } catch {
    return null;
  }
}

function selectedStaticRanges(doc: Document): StaticRange[] {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0) return [];
  const view = doc.defaultView ?? window;
  const range = selection.getRangeAt(0);
  try {
    return [
      new view.StaticRange({
        startContainer: range.startContainer,
        startOffset: range.startOffset,
        endContainer: range.endContainer,
        endOffset: range.endOffset,
      }),
    ];
  } catch {
    return [];
  }
}

/** Offers the replacement as the browser's spelling correction would; true if the editor took it. */
function sendBeforeInput(target: Element, text: string): boolean {
  const doc = target.ownerDocument;
  const view = doc.defaultView ?? window;
  const event = new view.InputEvent('beforeinput', {
    bubbles: true,
    cancelable: true,
    composed: true,
    inputType: 'insertReplacementText',
    // The text twice: Chromium's spelling correction puts it in dataTransfer, but an event a
    // script makes in Firefox arrives without one, and editors fall back to `data`.
    data: text,
    dataTransfer: replacementData(doc, text),
    // The words to replace, as the browser's spelling correction names them: editors that
    // read the target ranges (CKEditor 5 in Firefox) replace exactly those.
    targetRanges: selectedStaticRanges(doc),
  });
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

/**
 * React's onBeforeInput in Chromium is built from `textInput`; true if the editor took it.
 * Browsers without TextEvent (Firefox) go the execCommand way, which Draft.js reads back.
 */
function sendTextInput(target: Element, text: string): boolean {
  const doc = target.ownerDocument;
  let event: Event & {
    initTextEvent(
      type: string,
      bubbles: boolean,
      cancelable: boolean,
      view: Window | null,
      data: string,
    ): void;
  };
  try {
    event = doc.createEvent('TextEvent') as typeof event;
  } catch {
    return false;
  }
  event.initTextEvent('textInput', true, true, doc.defaultView, text);
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

/**
 * Editors that keep their own undo stack of snapshots and take one when the agent clicks into
 * the text (TinyMCE and roosterjs on mousedown, Summernote on mouseup, CKEditor 4 on click);
 * plain editors without a marker are treated the same. The fix is wrapped in the click that
 * selects the words and the click that places the caret after it, so it becomes its own undo
 * step instead of being merged into the typing before it.
 */
const SNAPSHOT_EDITORS = new Set<EditorKind>([
  'tinymce',
  'ckeditor4',
  'summernote',
  'froala',
  'contenteditable',
]);

const INTERACTIVE = 'a, button, input, select, textarea, label, summary, [role="button"]';

/** A click into the selected words, as the agent's own would be. */
function sendClick(root: Element): void {
  const doc = root.ownerDocument;
  const view = doc.defaultView ?? window;
  const selection = doc.getSelection();
  const rect =
    selection && selection.rangeCount > 0
      ? selection.getRangeAt(0).getBoundingClientRect()
      : root.getBoundingClientRect();
  const at = { clientX: rect.left + 1, clientY: rect.top + rect.height / 2 };
  const target = (doc.elementFromPoint(at.clientX, at.clientY) as Element | null) ?? root;
  // Never a link or control: a click there could do more than place the caret.
  const inside = root.contains(target) && !target.closest(INTERACTIVE) ? target : root;
  for (const type of ['mousedown', 'mouseup', 'click']) {
    inside.dispatchEvent(
      new view.MouseEvent(type, {
        bubbles: true,
        cancelable: true,
        composed: true,
        view,
        button: 0,
        ...at,
      }),
    );
  }
}

function announceReplacement(target: Element, text: string): void {
  const doc = target.ownerDocument;
  const view = doc.defaultView ?? window;
  target.dispatchEvent(
    new view.InputEvent('input', {
      bubbles: true,
      composed: true,
      inputType: 'insertReplacementText',
      data: null,
      dataTransfer: replacementData(doc, text),
    }),
  );
}

/** Types `text` over the selection through the browser's editing command (undoable). */
export function execInsertText(doc: Document, text: string): boolean {
  try {
    return typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

/** The element that receives input for `root` (the focused element, which may be inside it). */
function inputTarget(root: Element): Element {
  const active = root.ownerDocument.activeElement;
  return active && (active === root || root.contains(active)) ? active : root;
}

/**
 * Replaces the current selection in `root` (already selected by the caller) with `text`
 * through the editor's input path. Returns false when no path took the text, so the caller
 * can fall back to editing the DOM.
 */
export function typeOverSelection(root: HTMLElement, text: string): boolean {
  const kind = detectEditor(root);
  const target = inputTarget(root);
  if (BEFOREINPUT_EDITORS.has(kind) && sendBeforeInput(target, text)) return true;
  if (kind === 'draftjs' && sendTextInput(target, text)) return true;
  if (!SNAPSHOT_EDITORS.has(kind)) return execInsertText(root.ownerDocument, text);
  sendClick(root);
  if (!execInsertText(root.ownerDocument, text)) return false;
  sendClick(root);
  // TinyMCE keeps a replacement as one undo level when the input says it is one (as the
  // browser's spelling correction does); execCommand reports plain typing.
  if (kind === 'tinymce') announceReplacement(target, text);
  return true;
}

// @vitest-environment happy-dom
// Which editor a reply box is (told by its library's root marker), and which input path a fix
// takes for it. The real editors are exercised end to end in tests/e2e/editors.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  detectEditor,
  selectionSettled,
  typeOverSelection,
} from '../../../../../entrypoints/sidebar.content/editor/apply-fix';

beforeEach(() => document.body.replaceChildren());

function add(html: string): HTMLElement {
  document.body.insertAdjacentHTML('beforeend', html);
  return document.body.lastElementChild as HTMLElement;
}

function selectAll(root: HTMLElement): void {
  const range = document.createRange();
  range.selectNodeContents(root);
  document.getSelection()?.removeAllRanges();
  document.getSelection()?.addRange(range);
}

describe('detectEditor', () => {
  it.each([
    ['<textarea></textarea>', 'textarea'],
    ['<div class="ck ck-content ck-editor__editable" contenteditable="true"></div>', 'ckeditor5'],
    ['<div data-lexical-editor="true" contenteditable="true"></div>', 'lexical'],
    ['<div data-slate-editor="true" contenteditable="true"></div>', 'slate'],
    ['<trix-editor contenteditable=""></trix-editor>', 'trix'],
    ['<div class="public-DraftEditor-content" contenteditable="true"></div>', 'draftjs'],
    ['<div class="ql-editor" contenteditable="true"></div>', 'quill'],
    ['<div class="tiptap ProseMirror" contenteditable="true"></div>', 'prosemirror'],
    ['<div id="tinymce" contenteditable="true"></div>', 'tinymce'],
    ['<div class="mce-content-body" contenteditable="true"></div>', 'tinymce'],
    ['<div class="cke_editable cke_editable_themed" contenteditable="true"></div>', 'ckeditor4'],
    ['<div class="note-editable" contenteditable="true"></div>', 'summernote'],
    ['<div class="fr-element fr-view" contenteditable="true"></div>', 'froala'],
    ['<div class="reply" contenteditable="true"></div>', 'contenteditable'],
  ])('%s is %s', (html, kind) => {
    const holder = document.createElement('div');
    holder.innerHTML = html;
    expect(detectEditor(holder.firstElementChild!)).toBe(kind);
  });
});

describe('typeOverSelection', () => {
  it('offers a beforeinput-driven editor the replacement as the browser’s spelling correction would', () => {
    const root = add('<div data-lexical-editor="true" contenteditable="true">the ETA</div>');
    const seen: { inputType: string; text: string | undefined }[] = [];
    root.addEventListener('beforeinput', (event) => {
      const input = event as InputEvent;
      seen.push({
        inputType: input.inputType,
        text: input.dataTransfer?.getData('text/plain') ?? input.data ?? undefined,
      });
      event.preventDefault();
    });
    selectAll(root);
    expect(typeOverSelection(root, 'the expected arrival time')).toBe(true);
    expect(seen).toEqual([
      { inputType: 'insertReplacementText', text: 'the expected arrival time' },
    ]);
  });

  it('sends no beforeinput to editors that read the DOM after the editing command', () => {
    const root = add('<div class="ProseMirror" contenteditable="true">the ETA</div>');
    let beforeInputs = 0;
    root.addEventListener('beforeinput', () => beforeInputs++);
    selectAll(root);
    typeOverSelection(root, 'the expected arrival time');
    expect(beforeInputs).toBe(0);
  });

  it('wraps the edit in clicks for editors with their own snapshot undo', () => {
    const root = add('<div class="note-editable" contenteditable="true">the ETA</div>');
    const events: string[] = [];
    for (const type of ['mousedown', 'mouseup', 'click']) {
      root.addEventListener(type, () => events.push(type));
    }
    selectAll(root);
    typeOverSelection(root, 'the expected arrival time');
    expect(events.slice(0, 3)).toEqual(['mousedown', 'mouseup', 'click']);
  });
});

describe('selectionSettled', () => {
  it('resolves after the document reports the selection change', async () => {
    const root = add('<div contenteditable="true">words</div>');
    const settled = selectionSettled(document);
    selectAll(root);
    document.dispatchEvent(new Event('selectionchange'));
    await expect(settled).resolves.toBeUndefined();
  });

  it('resolves on abort without waiting', async () => {
    const stop = new AbortController();
    const settled = selectionSettled(document, stop.signal);
    stop.abort();
    await expect(settled).resolves.toBeUndefined();
  });
});

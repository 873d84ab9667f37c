// The editor fixture pages (tests/fixtures/editors/<name>/), each a real editor library from
// npm bundled locally by bundle.ts. The shared suite and `npm run bench:e2e` run over these.

export interface EditorPage {
  /** Folder under tests/fixtures/editors/ and the name the page's test hook reports. */
  name: string;
  label: string;
  /** The editor's editable element lives in an iframe (the reply box is inside it). */
  iframe?: boolean;
}

export const EDITOR_PAGES: readonly EditorPage[] = [
  { name: 'textarea', label: 'textarea' },
  { name: 'contenteditable', label: 'plain contenteditable' },
  { name: 'tinymce-iframe', label: 'TinyMCE (iframe)', iframe: true },
  { name: 'tinymce-inline', label: 'TinyMCE (inline)' },
  { name: 'ckeditor4', label: 'CKEditor 4', iframe: true },
  { name: 'ckeditor5', label: 'CKEditor 5' },
  { name: 'quill', label: 'Quill 2' },
  { name: 'tiptap', label: 'TipTap 3' },
  { name: 'prosemirror', label: 'ProseMirror' },
  { name: 'lexical', label: 'Lexical' },
  { name: 'trix', label: 'Trix' },
  { name: 'draftjs', label: 'Draft.js' },
  { name: 'summernote', label: 'Summernote' },
  { name: 'froala', label: 'Froala' },
];

export function editorPageUrl(origin: string, page: EditorPage): string {
  return `${origin}/editors/${page.name}/`;
}

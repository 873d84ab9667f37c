// FreeScout 1.8 (Laravel helpdesk). Self-hosted only, so it is told by its pages on any domain:
// a conversation is `<root>/conversation/<id>` (a new one `<root>/mailbox/<id>/new-ticket`),
// and its body carries the class `body-conv` with the editor's `.form-reply` inside.
// Reply and note share one editor area: the conversation's `.conv-reply-block` holds
// `form.form-reply` with a Summernote editor (a contenteditable `.note-editable` in
// `.note-editor`, after the hidden `#body` textarea; Summernote's `note-` prefix has nothing to
// do with notes) in `.conv-reply-body`. "Note" (or "Switch to a note") turns that same block into
// a note: FreeScout adds `conv-note-block` to it and sets the form's hidden `is_note` to 1
// (which its own script reads to tell a note); "Reply" takes both away again. A phone
// conversation's record (new ticket, phone) is a note too.
// Threads are `.thread` with their type as a class: `thread-type-customer` the customer's,
// `thread-type-message` an agent's reply, `thread-type-note` a note, `thread-type-draft` and
// `thread-type-lineitem` drafts and status changes; the text is `.thread-content`. FreeScout
// lists the newest first; ids (`data-thread_id`) grow with time.
// Selectors from FreeScout's templates: resources/views/layouts/app.blade.php (body),
// resources/views/conversations/view.blade.php and create.blade.php (reply block and form),
// resources/views/conversations/partials/thread.blade.php (threads), public/js/main.js
// (showReplyForm, showNoteForm, isNote) and public/js/summernote/summernote.js (the editor's
// markup). Saved page: tests/fixtures/hosts/freescout.html.
import { defineAdapter } from './define';

export const freeScoutAdapter = defineAdapter({
  id: 'freescout',
  // No cloud domain: FreeScout runs on a company's own servers.
  pages: (url, doc) =>
    /\/(?:conversation\/\d+|mailbox\/\d+\/new-ticket)$/.test(url.pathname) &&
    (doc.body?.classList.contains('body-conv') ?? false) &&
    doc.querySelector('form.form-reply') !== null,
  reply:
    'form.form-reply .conv-reply-body .note-editable[contenteditable], form.form-reply .conv-reply-body textarea[name="body"]',
  inNoteMode(editor) {
    if (editor.closest('.conv-block')?.classList.contains('conv-note-block')) return true;
    const isNote = editor
      .closest('form')
      ?.querySelector<HTMLInputElement>('input[name="is_note"]')?.value;
    return Boolean(isNote && isNote !== '0');
  },
  customerMessages: '.thread.thread-type-customer[data-thread_id]',
  messageBody: '.thread-content',
  order: (thread) => Number(thread.getAttribute('data-thread_id')),
  watchRoot: '#app',
});

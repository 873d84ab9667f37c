// OTRS / ((OTRS)) Community Edition / Znuny (self-hosted: used where the page asks for it or
// the user added the domain). Answers (Action AgentTicketCompose) and notes (AgentTicketNote)
// are separate forms, each with a CKEditor 4 in an iframe (`.cke_wysiwyg_frame`, editable
// body) over the `RichText` textarea; the form's hidden Action field tells which one it is.
// Ticket zoom lists articles; the customer's carry the sender type "customer".
import { defineAdapter } from './define';

const NOTE_ACTIONS = new Set(['AgentTicketNote', 'AgentTicketOwner', 'AgentTicketPending']);

export const otrsAdapter = defineAdapter({
  id: 'otrs',
  // No cloud domain: OTRS and Znuny run on a company's own servers.
  reply: 'form .cke_wysiwyg_frame, form textarea#RichText',
  inNoteMode(editorOrFrame) {
    const form = editorOrFrame.closest('form');
    const action = form?.querySelector<HTMLInputElement>('input[name="Action"]');
    return NOTE_ACTIONS.has(action?.value ?? '');
  },
  customerMessages: '.ArticleView[data-sender-type="customer"], .WidgetSimple.Customer',
  messageBody: '.ArticleMailContent, .ArticleBody',
  watchRoot: '#AppWrapper, body',
});

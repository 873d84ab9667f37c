// Gmail. The compose and reply body is a contenteditable `div[role="textbox"]` with
// `g_editable="true"` (classes `Am Al editable`). Messages in a thread are `.adn` blocks
// whose sender is `.gD[email]` and whose text is `.a3s`. Gmail has no internal notes; the
// customer's message is the last one not sent by the signed-in account (named in the
// account button's label or the page title).
import { defineAdapter } from './define';

const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/;

function accountEmail(doc: Document): string | undefined {
  const label = doc.querySelector('[aria-label*="@"][href*="accounts.google.com"]');
  return (label?.getAttribute('aria-label') ?? doc.title).match(EMAIL)?.[0]?.toLowerCase();
}

export const gmailAdapter = defineAdapter({
  id: 'gmail',
  reply: 'div[role="textbox"][g_editable="true"], div.Am.Al.editable',
  customerMessages: '.adn',
  isCustomer(message, doc) {
    const sender = message.querySelector('.gD[email]')?.getAttribute('email')?.toLowerCase();
    return sender !== undefined && sender !== accountEmail(doc);
  },
  messageBody: '.a3s',
  watchRoot: '[role="main"], body',
});

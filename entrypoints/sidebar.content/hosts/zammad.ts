// Zammad (agent UI). The new-article area under a ticket (`.article-new`) holds a
// contenteditable `.richtext-content`; its visibility toggle makes the article internal and
// adds `is-internal` to the area. Articles in the thread are `.ticket-article-item` with the
// sender's role as a class (`customer`, `agent`) and `is-internal` for internal ones.
// Where markers are wrong, the adapter finds no composer and the tracker falls back to the
// generic rules (the box the agent types in, checked as a reply).
// Class names as in Zammad's agent UI (from its source, not re-checked against a live instance).
import { defineAdapter } from './define';

export const zammadAdapter = defineAdapter({
  id: 'zammad',
  reply: '.article-new .richtext-content[contenteditable], .article-new [contenteditable="true"]',
  note: '.article-new.is-internal [contenteditable="true"], .article-new.is-internal .richtext-content',
  customerMessages: '.ticket-article-item.customer:not(.is-internal)',
  messageBody: '.textBubble-content .richtext-content, .textBubble-content',
  watchRoot: '.main, #app',
});

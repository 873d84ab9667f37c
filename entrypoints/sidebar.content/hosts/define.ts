// Most tools differ only in where their composers and customer messages are. An adapter file
// states that as selectors; this turns the statement into a HostAdapter.
import { CLOUD_SITES, hostMatchesAny } from '../matches';
import { composedClosest, documentsIn, editorIn, isShown, messageText, queryAll } from './dom';
import type { Composer, HostAdapter } from './types';

export interface AdapterSpec {
  id: string;
  /** For self-hosted tools: whether a page on any domain is one of the tool's (paths, structure). */
  pages?(url: URL, doc: Document): boolean;
  /** Public reply composers: the editor itself or an element the editor sits in. */
  reply: string;
  /**
   * Internal note composers, matched the same way. A box inside both (tools that switch one
   * editor between reply and note mode) counts as a note.
   */
  note?: string;
  /** The customer's messages in the thread (not the agent's, not internal notes). */
  customerMessages: string;
  /**
   * For tools that switch one editor between reply and note, or whose forms say which one they
   * are: whether the element `reply` matched is a note now.
   */
  inNoteMode?(match: HTMLElement): boolean;
  /** Keeps only the customer's messages among those `customerMessages` matched. */
  isCustomer?(message: HTMLElement, doc: Document): boolean;
  /**
   * Where the tool shows who wrote a customer message: `around` is the message's entry in the
   * thread (an ancestor of the `customerMessages` match), `name` the author's name inside it.
   */
  customerName?: { around: string; name: string };
  /** Inside a customer message: the element with the message text (default: all of it). */
  messageBody?: string;
  /** Inside a message: earlier messages it quotes (the tool folds them away), left out of its text. */
  quotedParts?: string;
  /** The thread lists the newest message first (Outlook's default). */
  newestFirst?: boolean;
  /**
   * Where the thread's order is the agent's preference (RT): a message's place in time, higher
   * is newer. Wins over `newestFirst`.
   */
  order?(message: HTMLElement): number;
  /**
   * Mail-style tools whose reply page shows no thread: the customer's message as the reply
   * quotes it, the outermost element matching this inside a composer (nested ones, the
   * messages it quoted in turn, left out). Read when the thread has no customer message.
   */
  quoteInComposer?: string;
  /** The tool renders its UI in open shadow roots (ServiceNow, Salesforce). */
  shadowDom?: boolean;
  /** The part of the page the app re-renders composers into. */
  watchRoot?: string;
}

/** The shown editors at or in the elements matching `selector`, each with its match. */
function editorsMatching(doc: Document, selector: string, deep: boolean) {
  const editors = new Map<HTMLElement, HTMLElement>();
  for (const each of documentsIn(doc)) {
    for (const match of queryAll(each, selector, deep)) {
      const editor = editorIn(match);
      if (editor && isShown(editor) && !editors.has(editor)) editors.set(editor, match);
    }
  }
  return editors;
}

/** The text of `element` without the parts inside it matching `leftOut` (cut from a copy). */
function textWithout(element: HTMLElement, leftOut: string | undefined): string {
  if (!leftOut || !element.querySelector(leftOut)) return messageText(element);
  const copy = element.cloneNode(true) as HTMLElement;
  copy.querySelectorAll(leftOut).forEach((part) => part.remove());
  return messageText(copy);
}

export function defineAdapter(spec: AdapterSpec): HostAdapter {
  const deep = spec.shadowDom ?? false;
  const adapter: HostAdapter = {
    id: spec.id,
    // The tool's cloud domains live once, in matches.ts, where the manifest takes them too.
    matches: (hostname) => hostMatchesAny(hostname, CLOUD_SITES[spec.id] ?? []),
    recognizes: spec.pages,
    composers(doc) {
      const notes = spec.note ? [...editorsMatching(doc, spec.note, deep).keys()] : [];
      const replies: HTMLElement[] = [];
      for (const [box, match] of editorsMatching(doc, spec.reply, deep)) {
        if (notes.includes(box)) continue;
        if (spec.inNoteMode?.(match)) notes.push(box);
        else replies.push(box);
      }
      return [
        ...replies.map((element): Composer => ({ element, kind: 'reply' })),
        ...notes.map((element): Composer => ({ element, kind: 'note' })),
      ];
    },
    customerMessage(doc) {
      for (const message of newestFirst(doc)) {
        const body = spec.messageBody
          ? (queryAll(message, spec.messageBody, deep)[0] ?? message)
          : message;
        // A customer message quoted inside the composer is not the thread.
        if (body.isContentEditable || composedClosest(body, 'textarea')) continue;
        const text = textWithout(body, spec.quotedParts);
        if (text) return text;
      }
      return spec.quoteInComposer ? quotedInComposer(doc, spec.quoteInComposer) : undefined;
    },
    customerName: spec.customerName
      ? (doc) => {
          const { around, name } = spec.customerName!;
          for (const message of newestFirst(doc)) {
            const entry = composedClosest(message, around);
            const author = entry && queryAll(entry, name, deep)[0];
            const text = author?.textContent?.replace(/\s+/g, ' ').trim();
            if (text) return text;
          }
          return undefined;
        }
      : undefined,
    watchRoot: spec.watchRoot
      ? (doc) => queryAll(doc, spec.watchRoot!, deep)[0] ?? doc.body
      : undefined,
    quoteInComposer: spec.quoteInComposer,
  };

  /** The customer's messages in the thread, newest first. */
  function newestFirst(doc: Document): HTMLElement[] {
    const messages = documentsIn(doc)
      .flatMap((each) => queryAll(each, spec.customerMessages, deep))
      .filter((message) => !spec.isCustomer || spec.isCustomer(message, doc));
    const { order } = spec;
    if (order) return messages.sort((a, b) => order(b) - order(a));
    return spec.newestFirst ? messages : messages.reverse();
  }

  /** The message the first composer with a quote quotes (the agent may have cut it out). */
  const quotedInComposer = (doc: Document, quote: string): string | undefined => {
    for (const { element } of adapter.composers(doc)) {
      if (element.localName === 'textarea') continue;
      const outermost = element.querySelector<HTMLElement>(quote);
      const text = outermost && textWithout(outermost, quote);
      if (text) return text;
    }
    return undefined;
  };
  return adapter;
}

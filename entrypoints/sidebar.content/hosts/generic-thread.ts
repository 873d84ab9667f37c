// The generic fallback's reading of a page it has no adapter for: where the thread is, which of
// its messages are the agent's own (or internal notes). Whether a composer is in note mode is
// generic-note-mode.ts.
// Heuristics over the page's structure, not a tool's selectors:
// - a thread is a run of sibling blocks of the same kind (tag) with message-length text, before
//   the composer in document order (or, if there is none there, after it: tools that list the
//   newest message first under the composer);
// - its order is that of the messages' numeric ids or timestamps when they have them, else
//   oldest first above the composer and newest first below it;
// - a message is the agent's own when its classes or attributes say agent, staff, outgoing,
//   internal, note, private (or "from me"), when a short label in it says "me", "you",
//   "Internal note", or when its author is the agent named in the page's header ("Logged in as",
//   "Welcome,", a current-user element); when some messages are marked as the customer's
//   (incoming, customer, user, caller, requester), only those count.
import { composedClosest, composedContains, documentsIn, isShown, messageText } from './dom';

/** Tokens in classes or attribute values that mark the agent's own messages and notes. */
const OWN =
  /^(agent|agents|staff|admin|operator|outgoing|outbound|internal|note|notes|private|response|sent|self|mine|worknotes)$/;
/** Attribute names (with "true") saying the message is the agent's own (`data-from-me`). */
const OWN_FLAG = /(^|-)(from-?me|is-?me|mine|own|self|agent|internal|private|staff)$/;
/** Tokens marking the customer's messages. */
const CUSTOMER =
  /^(customer|customers|incoming|inbound|user|enduser|caller|requester|requestor|client|contact|received|visitor|kunde)$/;
/** A short label inside a message that says it is the agent's own or a note. */
const OWN_LABEL =
  /^(me|you|ich|internal|internal note|private note|private|note|notiz|interne notiz|intern|staff|agent)$/i;
/** Message-like names of the blocks (a tiebreak between candidate threads). */
const MESSAGE_WORDS =
  /^(message|messages|comment|comments|thread|article|conversation|entry|post|transaction|activity|feed|part|bubble|mail|email|reply|correspondence)$/;
/** A message has at least this much text. */
const MIN_TEXT = 20;
const ATTRIBUTES_READ = /^(class|type|role|title|aria-label|data-.*)$/;
/** Blocks of quoted earlier mail inside a message, left out of its text. */
const QUOTED = 'blockquote, .gmail_quote, [class*="quote" i]';

/** Words of an attribute value: split at anything not a letter and at camelCase humps. */
function words(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-zäöüß]+/)
    .filter(Boolean);
}

/** The words of the classes and attributes of `element` and everything in it. */
interface Tokens {
  tokens: Set<string>;
  ownFlag: boolean;
}

/** Tokens read during one search of the page (a block is read once, however often asked). */
let memo: WeakMap<Element, Tokens> | undefined;

function tokensOf(element: Element): Tokens {
  const known = memo?.get(element);
  if (known) return known;
  const found = readTokens(element);
  memo?.set(element, found);
  return found;
}

function readTokens(element: Element): Tokens {
  const tokens = new Set<string>();
  let ownFlag = false;
  for (const each of [element, ...element.querySelectorAll('*')]) {
    for (const { name, value } of each.attributes) {
      if (!ATTRIBUTES_READ.test(name)) continue;
      if (name.startsWith('data-') && OWN_FLAG.test(name.replace(/_/g, '-'))) {
        if (value === 'true' || value === '') ownFlag = true;
        continue;
      }
      // "end-user" and "work_notes" are one word each.
      const joined = value
        .toLowerCase()
        .replace(/end[-_ ]user/g, 'enduser')
        .replace(/work[-_ ]notes/g, 'worknotes');
      for (const word of words(joined)) tokens.add(word);
    }
  }
  return { tokens, ownFlag };
}

/** The agent's name(s) as the page's header shows them. */
export function agentNames(doc: Document): string[] {
  const names = new Set<string>();
  const add = (text: string | null | undefined) => {
    const name = text?.trim().replace(/[.!,]+$/, '');
    if (name && name.length >= 2 && name.length <= 60) names.add(name.toLowerCase());
  };
  for (const element of doc.querySelectorAll(
    '[class*="current-user" i], [class*="currentuser" i], [class*="logged-in-user" i], [id*="current-user" i], [data-current-user]',
  )) {
    add(element.textContent);
  }
  const header = doc.querySelectorAll(
    'header, nav, [role="banner"], [id*="header" i], [class*="header" i]',
  );
  for (const element of header) {
    const text = (element.textContent ?? '').replace(/\s+/g, ' ');
    const said =
      /(?:logged in as|signed in as|welcome,|angemeldet als|willkommen,)\s*([^|.,<>]{2,60})/i.exec(
        text,
      );
    if (said) add(said[1]);
  }
  return [...names];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Short texts in `element` (labels, author names): leaf elements with little text. */
function shortTexts(element: Element): string[] {
  const texts: string[] = [];
  for (const each of element.querySelectorAll('*')) {
    if (each.children.length > 0 && each.querySelector('div, p')) continue;
    const text = (each.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text && text.length <= 60) texts.push(text);
  }
  return texts;
}

interface Classified {
  own: boolean;
  customer: boolean;
}

function classify(message: HTMLElement, names: readonly string[]): Classified {
  const { tokens, ownFlag } = tokensOf(message);
  const labels = shortTexts(message);
  const byName = names.some((name) => {
    const pattern = new RegExp(`(^|[^\\p{L}])${escape(name)}($|[^\\p{L}])`, 'iu');
    return labels.some((label) => pattern.test(label));
  });
  const own =
    ownFlag ||
    byName ||
    [...tokens].some((token) => OWN.test(token)) ||
    labels.some((label) => OWN_LABEL.test(label));
  return { own, customer: [...tokens].some((token) => CUSTOMER.test(token)) };
}

/** The editors on the page, to tell the thread from the composer (each inside counts). */
function isEditorArea(element: Element): boolean {
  return (
    element.matches('textarea, [contenteditable]:not([contenteditable="false"]), iframe') ||
    element.querySelector('textarea, [contenteditable]:not([contenteditable="false"]), iframe') !==
      null
  );
}

function textLength(element: HTMLElement): number {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

interface Thread {
  messages: HTMLElement[];
  score: number;
}

/** Blocks of a message's own text (its paragraphs, lines), never messages themselves. */
const CONTENT_TAGS = /^(p|span|pre|blockquote|h[1-6]|b|i|em|strong|a|font|td|th|br|label|option)$/;

/** Whether the blocks carry names of their own (classes, data attributes): a thread's markup. */
function marked(elements: readonly HTMLElement[]): boolean {
  return elements.some((element) =>
    [...tokensOf(element).tokens].some(
      (token) => OWN.test(token) || CUSTOMER.test(token) || MESSAGE_WORDS.test(token),
    ),
  );
}

/**
 * Runs of same-tag sibling blocks with message-length text. A run whose blocks hold a marked
 * run of their own (a conversation inside a ticket's details) gives way to the inner one.
 */
function threadsIn(doc: Document, keep: (element: HTMLElement) => boolean): Thread[] {
  const threads: Thread[] = [];
  const walk = (parent: Element | ShadowRoot) => {
    const byTag = new Map<string, HTMLElement[]>();
    for (const child of parent.children) {
      const element = child as HTMLElement;
      if (/^(script|style|template|noscript|klartext-sidebar)$/.test(element.localName)) continue;
      if (CONTENT_TAGS.test(element.localName)) continue;
      if (element.hidden || element.getAttribute('aria-hidden') === 'true') continue;
      if (!keep(element) || isEditorArea(element) || textLength(element) < MIN_TEXT) continue;
      // Form rows (recipients, subject) are no messages.
      if (element.querySelector('select, input:not([type="hidden"])')) continue;
      // Blocks of one kind: the same tag and first class (a header and a body differ).
      const kind = `${element.localName}.${element.classList[0] ?? ''}`;
      const list = byTag.get(kind) ?? [];
      list.push(element);
      byTag.set(kind, list);
    }
    for (const list of byTag.values()) {
      if (list.length < 2) continue;
      const shown = list.filter((element) => isShown(element));
      if (shown.length < 2) continue;
      let score = 0;
      for (const element of shown) {
        const wordy = [...tokensOf(element).tokens].some((token) => MESSAGE_WORDS.test(token));
        score += Math.min(textLength(element), 600) * (wordy ? 2 : 1);
      }
      threads.push({ messages: shown, score });
    }
    for (const child of parent.children) {
      if (/^(script|style|template|klartext-sidebar)$/.test(child.localName)) continue;
      // Web components' open shadow roots (ServiceNow, Salesforce) hold threads too.
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  if (doc.body) walk(doc.body);
  return threads.filter(
    (outer) =>
      !threads.some(
        (inner) =>
          inner !== outer &&
          outer.messages.some((message) => message.contains(inner.messages[0]!)) &&
          marked(inner.messages),
      ) &&
      // Paragraphs inside one message of a thread are no thread.
      !threads.some(
        (other) =>
          other !== outer &&
          other.messages.some((message) => message.contains(outer.messages[0]!)) &&
          !marked(outer.messages),
      ),
  );
}

/** Where `node` sits in the page, shadow roots included (a shadow root before its host's children). */
function placeOf(node: Node): number[] {
  const path: number[] = [];
  for (let each: Node | null = node; each;) {
    const parent: Node | null = each.parentNode;
    if (each.nodeType === 11 && 'host' in each) {
      path.unshift(-1);
      each = (each as ShadowRoot).host;
      continue;
    }
    if (!parent) break;
    path.unshift(Array.prototype.indexOf.call(parent.childNodes, each) as number);
    each = parent;
  }
  return path;
}

/** Whether `a` comes before `b` in the page (composed tree order). */
function comesBefore(a: Node, b: Node): boolean {
  const pa = placeOf(a);
  const pb = placeOf(b);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    if (pa[i] !== pb[i]) return pa[i]! < pb[i]!;
  }
  return pa.length < pb.length;
}

/** A system event in the history (status changed): its body blocks are all empty. */
function isEvent(message: HTMLElement): boolean {
  const bodies = message.querySelectorAll<HTMLElement>('[class*="content" i], [class*="body" i]');
  return bodies.length > 0 && [...bodies].every((body) => textLength(body) === 0);
}

/** A message's place in time, when all messages carry a number (id) or a timestamp. */
function timeline(messages: readonly HTMLElement[]): number[] | undefined {
  const byId = messages.map((message) => {
    for (const { name, value } of message.attributes) {
      if ((name === 'id' || /^data-.*id$/i.test(name)) && /\d+$/.test(value)) {
        return Number(/(\d+)$/.exec(value)![1]);
      }
    }
    return Number.NaN;
  });
  if (byId.every((n) => !Number.isNaN(n)) && new Set(byId).size === byId.length) return byId;
  const byTime = messages.map((message) =>
    Date.parse(message.querySelector('time[datetime]')?.getAttribute('datetime') ?? ''),
  );
  if (byTime.every((n) => !Number.isNaN(n)) && new Set(byTime).size === byTime.length)
    return byTime;
  return undefined;
}

/** The text of a message without quoted earlier mails. */
function textOf(message: HTMLElement): string {
  if (!message.querySelector(QUOTED)) return messageText(message);
  const copy = message.cloneNode(true) as HTMLElement;
  copy.querySelectorAll(QUOTED).forEach((part) => part.remove());
  return messageText(copy);
}

/**
 * The text of the customer's most recent message in the thread around `composer` (the editor
 * the agent writes in; without one, the whole page counts as above it).
 */
export function customerMessageNear(
  doc: Document,
  composer: HTMLElement | undefined,
): string | undefined {
  // The composer's place, in its own document (an iframe's body: the iframe).
  const frame = composer?.ownerDocument.defaultView?.frameElement;
  const anchor =
    composer && composer.ownerDocument !== doc ? (frame as HTMLElement | null) : composer;
  const anchored = anchor && anchor.ownerDocument === doc ? anchor : undefined;
  const before = (element: HTMLElement) => !anchored || comesBefore(element, anchored);
  // The composer's own form (recipients, subject) is not the thread.
  const form = anchored?.closest('form');
  const notAround = (element: HTMLElement) =>
    !anchored || (!composedContains(element, anchored) && !form?.contains(element));
  const above = threadsIn(doc, (element) => notAround(element) && before(element));
  const threads =
    above.length > 0 || !anchored
      ? above
      : threadsIn(doc, (element) => notAround(element) && !before(element));
  if (threads.length === 0) return undefined;
  const thread = threads.reduce((best, each) => (each.score > best.score ? each : best));
  const times = timeline(thread.messages);
  const newestFirst = [...thread.messages.keys()];
  if (times) newestFirst.sort((a, b) => times[b]! - times[a]!);
  else if (above.length > 0 || !anchored) newestFirst.reverse();
  const names = agentNames(doc);
  const classified = thread.messages.map((message) => classify(message, names));
  const marked = classified.some((each) => each.customer && !each.own);
  for (const index of newestFirst) {
    const { own, customer } = classified[index]!;
    if (own || (marked && !customer)) continue;
    const message = thread.messages[index]!;
    if (isEvent(message)) continue;
    if (composedClosest(message, '[contenteditable="true"], textarea')) continue;
    const text = textOf(message);
    if (text) return text;
  }
  return undefined;
}

/** The customer's last message on the page or in its same-origin iframes. */
export function threadCustomerMessage(
  doc: Document,
  composer: HTMLElement | undefined,
): string | undefined {
  memo = new WeakMap();
  try {
    for (const each of documentsIn(doc)) {
      const found = customerMessageNear(each, composer);
      if (found) return found;
    }
    return undefined;
  } finally {
    memo = undefined;
  }
}

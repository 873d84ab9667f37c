// What the sidebar needs to know about a ticketing tool's page. Only adapters in this folder
// know a tool's DOM; everything else works with what they return (elements to follow, plain
// text for the checks).

/** A public reply goes to the customer; an internal note stays with the team. */
export type ComposerKind = 'reply' | 'note';

export interface Composer {
  /** The editable element: a textarea, the outermost contenteditable, or an iframe's body. */
  element: HTMLElement;
  kind: ComposerKind;
}

export interface HostAdapter {
  /** Short name, also the value that selects the adapter on local test pages. */
  readonly id: string;
  /** Whether this adapter is for the tool served at `hostname` (its cloud domains). */
  matches(hostname: string): boolean;
  /**
   * Whether `doc` at `url` is one of the tool's own pages, on whatever domain it is served
   * from (self-hosted tools, told by their paths and page structure).
   */
  recognizes?(url: URL, doc: Document): boolean;
  /** The reply boxes on the page, each tagged public reply or internal note. */
  composers(doc: Document): Composer[];
  /** The text of the customer's last message in the thread (context for the empathy checks). */
  customerMessage(doc: Document): string | undefined;
  /**
   * The customer's name where the tool shows it (the requester field, the author of their
   * messages), for greetings in suggestions; undefined where the page shows none.
   */
  customerName?(doc: Document): string | undefined;
  /** The element the app re-renders composers into (observed to re-attach); default: body. */
  watchRoot?(doc: Document): Node | null;
  /**
   * Inside a reply box: the elements that quote the customer (the tool put them there, RT's
   * Reply on a message), left out of the draft that is checked: the customer's words are not
   * the agent's.
   */
  readonly quoteInComposer?: string;
}

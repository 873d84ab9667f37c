// Both ends of the reply port (REPLY_PORT in utils/messages.ts). The sidebar reports the reply
// being written while the agent types; the background counts it when the sidebar says it is
// done or, if the page goes away first (tab closed, another page loaded), when the port closes.
// So a reply is counted without any work in a page that unloads, which Firefox cuts off.
import { assertNever, parseReplyPortMessage, type ReplyPortMessage } from '../messages';
import type { ReplyDone } from './reply-tally';

/** The parts of a runtime.Port both ends use (webextension-polyfill's Port fits). */
export interface ReplyPortLike {
  name: string;
  sender?: { id?: string; tab?: { id?: number } };
  postMessage(message: ReplyPortMessage): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

/** The background's end: counts each reply once, when it is done or its page went away. */
export function acceptReplyPort(
  port: ReplyPortLike,
  deps: { extensionId: string; count(reply: ReplyDone): void },
): void {
  // Only Klartext's own content scripts in a tab (no page can connect: the manifest has no
  // externally_connectable, and this keeps it so if one is ever added).
  if (port.sender?.id !== deps.extensionId || port.sender.tab?.id === undefined) {
    port.disconnect();
    return;
  }
  let inProgress: ReplyDone | null = null;
  port.onMessage.addListener((raw) => {
    const message = parseReplyPortMessage(raw);
    if (!message) return;
    switch (message.kind) {
      case 'reply-progress':
        inProgress = message.reply;
        return;
      case 'reply-done':
        inProgress = null;
        deps.count(message.reply);
        return;
      default:
        assertNever(message);
    }
  });
  port.onDisconnect.addListener(() => {
    const reply = inProgress;
    inProgress = null;
    if (reply) deps.count(reply);
  });
}

export interface ReplyReporter {
  /**
   * Opens the port ahead of the first report: a background that has to start first (an idle
   * service worker, on a busy machine in seconds) is up by the time a reply is under way, so a
   * tab closed soon after still has its reply counted.
   */
  open(): void;
  progress(reply: ReplyDone): void;
  done(reply: ReplyDone): void;
}

/** A port that closed this soon after opening was refused: do not knock again at once. */
const REFUSED_WITHIN_MS = 1_000;

/**
 * The sidebar's end. The port opens on the first report. When the background goes idle (a
 * service worker or event page is stopped after a while), the port closes; a reply in
 * progress is then reported again at once, so closing the tab later still counts it.
 */
export function openReplyReporter(deps: {
  connect(): ReplyPortLike;
  now(): number;
  signal: AbortSignal;
}): ReplyReporter {
  let port: ReplyPortLike | null = null;
  let inProgress: ReplyDone | null = null;

  const open = (): ReplyPortLike => {
    const opened = deps.now();
    const next = deps.connect();
    next.onDisconnect.addListener(() => {
      if (port === next) port = null;
      if (inProgress && deps.now() - opened >= REFUSED_WITHIN_MS) {
        post({ kind: 'reply-progress', reply: inProgress });
      }
    });
    return next;
  };

  const post = (message: ReplyPortMessage) => {
    if (deps.signal.aborted) return;
    try {
      port ??= open();
      port.postMessage(message);
    } catch {
      // The extension was reloaded or removed under the page: there is no one to tell.
      port = null;
    }
  };

  deps.signal.addEventListener('abort', () => {
    try {
      port?.disconnect();
    } catch {
      // already gone
    }
    port = null;
  });

  return {
    open() {
      if (deps.signal.aborted || port) return;
      try {
        port = open();
      } catch {
        port = null;
      }
    },
    progress(reply) {
      inProgress = reply;
      post({ kind: 'reply-progress', reply });
    },
    done(reply) {
      inProgress = null;
      post({ kind: 'reply-done', reply });
    },
  };
}

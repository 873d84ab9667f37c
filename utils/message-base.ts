// The base of the message protocol: the shapes every feature's protocol uses (an answer that
// is done or says why not, the messages to a tab's content script) and the exhaustiveness
// check. It imports nothing of Klartext's own but isRecord, so utils/messages.ts and the
// feature protocols (utils/switches/protocol.ts, utils/packs/protocol.ts) can all build on it.
import { isRecord } from './is-record';

export type Done = { ok: true } | { ok: false; error: string };

/** Messages from the background to the content script of a tab. */
export type TabMessage =
  | { kind: 'toggle-sidebar' }
  /** Klartext was switched off or on for this tab (utils/switches/). */
  | { kind: 'tab-enabled'; enabled: boolean }
  /**
   * Does Klartext's content script run in this tab now? It answers true; no answer means no.
   * The background's record of a tab outlives a reload that took the script away (site access
   * withdrawn), so the popup asks the tab itself.
   */
  | { kind: 'ping' };

/**
 * What a tab's content script answers to a TabMessage: only 'ping' has an answer, so the popup
 * can say why Klartext shows nothing on a page it runs on (no reply box there).
 */
export interface TabAnswers {
  'toggle-sidebar': void;
  'tab-enabled': void;
  ping: PingAnswer;
}

export interface PingAnswer {
  /** Whether the sidebar watches a reply box on the page now. */
  replyBox: boolean;
}

/** The answer to 'ping', or undefined when none came (the script does not run there). */
export function parsePingAnswer(value: unknown): PingAnswer | undefined {
  if (value === true) return { replyBox: true }; // a content script from before this answer
  return isRecord(value) && typeof value.replyBox === 'boolean'
    ? { replyBox: value.replyBox }
    : undefined;
}

export function parseTabMessage(value: unknown): TabMessage | undefined {
  if (!isRecord(value)) return undefined;
  if (value.kind === 'toggle-sidebar') return { kind: 'toggle-sidebar' };
  if (value.kind === 'ping') return { kind: 'ping' };
  if (value.kind === 'tab-enabled' && typeof value.enabled === 'boolean') {
    return { kind: 'tab-enabled', enabled: value.enabled };
  }
  return undefined;
}

/** Compile-time proof that a switch handled every kind. */
export function assertNever(value: never): never {
  throw new Error(`unhandled message: ${JSON.stringify(value)}`);
}

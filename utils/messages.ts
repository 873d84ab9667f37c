// The one message protocol between Klartext's parts. Content scripts and extension pages send
// `Request`s to the background, which answers each with the matching `Responses` entry; the
// background sends `TabMessage`s to a tab's content script; a sidebar reports the reply being
// written over a port of its own (`ReplyPortMessage`), whose closing tells the background the
// page went away. Receivers validate what arrives with the parse functions, since a message
// port accepts any value.
import { parsePackRequest, type PackRequest, type PackResponses } from './packs/protocol';
import { CATEGORIES, LANGS, type Category, type Lang } from '../rules/engine/types';
import type { Catalog } from './i18n';
import type { JournalErrorCode } from './journal/errors';
import type { Problem } from './journal/problems';
import type { QuickLogEntry } from './journal/types';
import type { ReplyDone } from './journal/reply-tally';
import { isAgentName, isUiLanguage, type UiLanguage } from './settings';
import { parsePlacement, type Placement } from './sidebar/placement';
import { parseSiteInput, readSites, type SelfHostedSite } from './self-hosted';
import { parseSwitchRequest, type SwitchRequest, type SwitchResponses } from './switches/protocol';
import { isRecord } from './is-record';
import type { Done } from './message-base';

// The protocol's base (it imports nothing, so feature protocols such as switches/protocol.ts build on it
// without a circle), re-exported for the callers of this module.
export {
  assertNever,
  parsePingAnswer,
  parseTabMessage,
  type Done,
  type PingAnswer,
  type TabAnswers,
  type TabMessage,
} from './message-base';

export type Request =
  | { kind: 'set-collapsed'; collapsed: boolean }
  /** How the sidebar sits on a site (utils/sidebar/placement.ts); the sender's own site only. */
  | { kind: 'set-placement'; host: string; placement: Placement }
  | { kind: 'set-site-enabled'; host: string; enabled: boolean }
  /**
   * The popup's "Check replies on this site": the popup asks the browser for the site's
   * permission in the agent's click; the background then registers the sidebar for the site
   * once the permission is there (entrypoints/background/site-access.ts), even if the popup
   * closed meanwhile. Accepted from extension pages only (router.ts).
   */
  | { kind: 'check-site'; site: SelfHostedSite }
  | { kind: 'set-ui-language'; uiLanguage: UiLanguage }
  | { kind: 'set-check-internal-notes'; check: boolean }
  | { kind: 'set-agent-name'; name: string }
  | SwitchRequest
  | { kind: 'open-options' }
  | { kind: 'open-journal' }
  /**
   * The quick log, in an extension window of its own: the agent types about themselves only
   * where the ticketing page cannot frame, cover, navigate or script anything.
   */
  | { kind: 'open-quick-log' }
  /** The sidebar's UI texts in one language (the content script does not bundle them). */
  | { kind: 'ui-catalog'; lang: Lang }
  /** Inject the rule engine into the asking frame's isolated world (utils/sidebar/engine-loader.ts). */
  | { kind: 'load-engine' }
  /**
   * Open the browser's side panel for the asking tab: sent within the agent's choice of the side
   * panel mode (utils/sidebar/placement-model.ts), whose user gesture Chromium requires.
   */
  | { kind: 'open-side-panel' }
  | JournalQuickLog
  | PackRequest;

/**
 * The quick log window saves an entry. Accepted from extension pages only (router.ts); the
 * background writes it to the journal database.
 */
export interface JournalQuickLog {
  kind: 'journal-quick-log';
  /** Stress null: not rated. */
  entry: QuickLogEntry;
}

/** Like Done, with the journal's error code so the quick log can say what went wrong. */
export type JournalDone =
  { ok: true } | { ok: false; error: string; code?: JournalErrorCode; details?: Problem };

/** The port a sidebar opens to report the reply being written (utils/journal/reply-port.ts). */
export const REPLY_PORT = 'klartext-reply';

/**
 * What a sidebar says over the reply port, for the opt-in counters and the optional break
 * suggestion: the reply as it would be counted now (`progress`, sent while the agent types) and
 * that it ended (`done`: sent, cleared, or the agent left the ticket). If the port closes with
 * a reply in progress (the tab was closed or navigated away), the background counts that one.
 * Only hint counts per category, a hash of the ticket's address and whether the customer's
 * message was tense; no text of the draft or the customer's message.
 */
export type ReplyPortMessage =
  { kind: 'reply-progress'; reply: ReplyDone } | { kind: 'reply-done'; reply: ReplyDone };

export type RequestKind = Request['kind'];

/** What the background answers to each kind of request. */
export interface Responses extends PackResponses {
  'set-collapsed': Done;
  'set-placement': Done;
  'set-site-enabled': Done;
  'check-site': Done;
  'set-ui-language': Done;
  'set-check-internal-notes': Done;
  'set-agent-name': Done;
  'set-enabled-everywhere': SwitchResponses['set-enabled-everywhere'];
  'set-tab-enabled': SwitchResponses['set-tab-enabled'];
  'get-tab-state': SwitchResponses['get-tab-state'];
  'open-options': Done;
  'open-journal': Done;
  'open-quick-log': Done;
  'ui-catalog': { ok: true; catalog: Catalog } | { ok: false; error: string };
  'load-engine': Done;
  'open-side-panel': Done;
  'journal-quick-log': JournalDone;
}

/** The manifest command (wxt.config.ts) that toggles the sidebar. */
export const TOGGLE_COMMAND = 'toggle-sidebar';

/** The request in `value`, or undefined when it is not a well-formed request. */
export function parseRequest(value: unknown): Request | undefined {
  if (!isRecord(value) || typeof value.kind !== 'string') return undefined;
  const kind = value.kind as RequestKind;
  switch (kind) {
    case 'set-collapsed':
      return typeof value.collapsed === 'boolean'
        ? { kind, collapsed: value.collapsed }
        : undefined;
    case 'set-placement': {
      const placement = parsePlacement(value.placement);
      return typeof value.host === 'string' && value.host && placement
        ? { kind, host: value.host, placement }
        : undefined;
    }
    case 'set-site-enabled':
      return typeof value.host === 'string' && value.host && typeof value.enabled === 'boolean'
        ? { kind, host: value.host, enabled: value.enabled }
        : undefined;
    case 'check-site': {
      // Only a well-formed host: it becomes a match pattern and a permission origin.
      const [site] = readSites([value.site]);
      const parsed = site && parseSiteInput(`${site.scheme}://${site.host}`, [], []);
      return parsed?.ok && parsed.site.host === site?.host
        ? { kind, site: parsed.site }
        : undefined;
    }
    case 'set-ui-language':
      return isUiLanguage(value.uiLanguage) ? { kind, uiLanguage: value.uiLanguage } : undefined;
    case 'set-check-internal-notes':
      return typeof value.check === 'boolean' ? { kind, check: value.check } : undefined;
    case 'set-agent-name':
      return isAgentName(value.name) ? { kind, name: value.name } : undefined;
    case 'set-enabled-everywhere':
    case 'set-tab-enabled':
    case 'get-tab-state':
      return parseSwitchRequest(value);
    case 'open-options':
    case 'open-journal':
    case 'open-quick-log':
    case 'load-engine':
    case 'open-side-panel':
      return { kind };
    case 'ui-catalog':
      return (LANGS as readonly unknown[]).includes(value.lang)
        ? { kind, lang: value.lang as Lang }
        : undefined;
    default:
      return parsePackRequest(value);
    case 'journal-quick-log':
      return parseQuickLog(value.entry);
  }
}

function parseHints(value: unknown): Partial<Record<Category, number>> | undefined {
  if (!isRecord(value) || Array.isArray(value)) return undefined;
  const hints: Partial<Record<Category, number>> = {};
  for (const category of CATEGORIES) {
    const count = value[category];
    if (count === undefined) continue;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || count > 10_000) {
      return undefined;
    }
    hints[category] = count;
  }
  return Object.keys(value).every((key) => (CATEGORIES as readonly string[]).includes(key))
    ? hints
    : undefined;
}

function parseReplyDone(value: unknown): ReplyDone | undefined {
  if (!isRecord(value)) return undefined;
  const hints = parseHints(value.hints);
  if (!hints || typeof value.tense !== 'boolean') return undefined;
  if (typeof value.ticket !== 'string' || value.ticket.length > 100) return undefined;
  return { hints, ticket: value.ticket, tense: value.tense };
}

/** A message on the reply port, or undefined when it is not a well-formed one. */
export function parseReplyPortMessage(value: unknown): ReplyPortMessage | undefined {
  if (!isRecord(value)) return undefined;
  const reply = parseReplyDone(value.reply);
  if (!reply) return undefined;
  if (value.kind === 'reply-progress') return { kind: 'reply-progress', reply };
  if (value.kind === 'reply-done') return { kind: 'reply-done', reply };
  return undefined;
}

function parseQuickLog(entry: unknown): JournalQuickLog | undefined {
  if (!isRecord(entry)) return undefined;
  const { mood, stress, note } = entry;
  const whole = (n: unknown, min: number, max: number): n is number =>
    typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max;
  if (!whole(mood, 1, 5) || !(stress === null || whole(stress, 0, 100))) return undefined;
  if (typeof note !== 'string' || note.length > 100_000) return undefined;
  return { kind: 'journal-quick-log', entry: { mood, stress, note } };
}

export interface BackgroundClient {
  request<R extends Request>(request: R): Promise<Responses[R['kind']]>;
}

/**
 * A typed client for the background. `send` is `browser.runtime.sendMessage`; when the
 * extension was reloaded under a running page, sending fails, and the client answers
 * { ok: false } instead of throwing into the UI.
 */
export function createBackgroundClient(
  send: (message: Request) => Promise<unknown>,
): BackgroundClient {
  return {
    async request<R extends Request>(request: R): Promise<Responses[R['kind']]> {
      try {
        return (await send(request)) as Responses[R['kind']];
      } catch (error) {
        const failed: Done = {
          ok: false,
          error: error instanceof Error ? error.message : String(error),
        };
        return failed as Responses[R['kind']];
      }
    },
  };
}

// The one message protocol between Klartext's parts. Content scripts and extension pages send
// `Request`s to the background, which answers each with the matching `Responses` entry; the
// background sends `TabMessage`s to a tab's content script. Receivers validate what arrives
// with the parse functions, since a message port accepts any value.
import { parsePackRequest, type PackRequest, type PackResponses } from './packs/protocol';
import { isUiLanguage, type UiLanguage } from './settings';

export type Request =
  | { kind: 'set-collapsed'; collapsed: boolean }
  | { kind: 'set-site-enabled'; host: string; enabled: boolean }
  | { kind: 'set-ui-language'; uiLanguage: UiLanguage }
  | { kind: 'open-options' }
  | PackRequest;

export type RequestKind = Request['kind'];

export type Done = { ok: true } | { ok: false; error: string };

/** What the background answers to each kind of request. */
export interface Responses extends PackResponses {
  'set-collapsed': Done;
  'set-site-enabled': Done;
  'set-ui-language': Done;
  'open-options': Done;
}

/** Messages from the background to the content script of a tab. */
export type TabMessage = { kind: 'toggle-sidebar' };

/** The manifest command (wxt.config.ts) that toggles the sidebar. */
export const TOGGLE_COMMAND = 'toggle-sidebar';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The request in `value`, or undefined when it is not a well-formed request. */
export function parseRequest(value: unknown): Request | undefined {
  if (!isRecord(value) || typeof value.kind !== 'string') return undefined;
  const kind = value.kind as RequestKind;
  switch (kind) {
    case 'set-collapsed':
      return typeof value.collapsed === 'boolean'
        ? { kind, collapsed: value.collapsed }
        : undefined;
    case 'set-site-enabled':
      return typeof value.host === 'string' && value.host && typeof value.enabled === 'boolean'
        ? { kind, host: value.host, enabled: value.enabled }
        : undefined;
    case 'set-ui-language':
      return isUiLanguage(value.uiLanguage) ? { kind, uiLanguage: value.uiLanguage } : undefined;
    case 'open-options':
      return { kind };
    default:
      return parsePackRequest(value);
  }
}

export function parseTabMessage(value: unknown): TabMessage | undefined {
  return isRecord(value) && value.kind === 'toggle-sidebar'
    ? { kind: 'toggle-sidebar' }
    : undefined;
}

/** Compile-time proof that a switch handled every kind. */
export function assertNever(value: never): never {
  throw new Error(`unhandled message: ${JSON.stringify(value)}`);
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
    async request(request) {
      try {
        return (await send(request)) as Responses[typeof request.kind];
      } catch (error) {
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}

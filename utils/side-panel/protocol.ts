// The browser's side panel (entrypoints/sidepanel) and the content script of the tab it shows
// talk over one extension port, never through the page: the side panel connects to the tab
// (tabs.connect), the content script sends what its sidebar would show (`ToSidePanel`) and the
// side panel sends back what the agent did there (`FromSidePanel`), which the content script
// carries out exactly as if it had come from the panel in the page. Both ends parse what
// arrives: a port takes any value, and a content script lives in a process the page controls.
import { CATEGORIES, LANGS, type Category, type Lang } from '@/rules/engine/types';
import type { SidebarStatus } from '@/components/Sidebar';
import type { CategoryView, FindingView } from '../sidebar/finding-view';
import { isRecord } from '../is-record';
import { isPlacementMode, type DockSide, type PlacementMode } from '../sidebar/placement';
import type { SidebarView } from '../sidebar/view';

/** The port's name (runtime.onConnect in the content script). */
export const SIDE_PANEL_PORT = 'klartext-side-panel';

/** What the side panel shows of a tab: the sidebar's view, its language, site and placement. */
export interface PanelView extends SidebarView {
  lang: Lang;
  host: string;
  mode: PlacementMode;
}

export type ToSidePanel = { kind: 'view'; view: PanelView };

/** A finding's local adjustments (components/packs/FindingActions.tsx). */
export const FINDING_ACTIONS = ['ignore-once', 'disable-rule', 'allow-words'] as const;
export type FindingActionKind = (typeof FINDING_ACTIONS)[number];

/** "Off" in the side panel's menu: in this tab, on this site, everywhere. */
export const OFF_SCOPES = ['tab', 'site', 'everywhere'] as const;
export type OffScope = (typeof OFF_SCOPES)[number];

/**
 * What the agent did in the side panel. Findings are named by their key only: the content
 * script looks the finding up in its own current view and applies only a suggestion that view
 * offers, so the text that goes into the editor is always one it computed itself.
 */
export type FromSidePanel =
  | { kind: 'select-finding'; key: string }
  | { kind: 'apply-suggestion'; key: string; suggestion: string }
  | { kind: 'fix-all-safe' }
  | { kind: 'finding-action'; action: FindingActionKind; key: string }
  | { kind: 'set-mode'; mode: PlacementMode }
  | { kind: 'set-side'; side: DockSide }
  | { kind: 'off'; scope: OffScope };

/**
 * A content script tells the extension's pages that it listens for the side panel's port now
 * (runtime.sendMessage, which reaches extension pages only): a side panel showing its tab
 * connects then, without polling a page that is still loading.
 */
export type SidePanelAnnouncement = { kind: 'side-panel-listening' };

const TEXT_MAX = 10_000;
const LIST_MAX = 1_000;

const isText = (value: unknown, max = TEXT_MAX): value is string =>
  typeof value === 'string' && value.length <= max;
const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);

const STATUSES: readonly SidebarStatus[] = [
  'no-reply-box',
  'empty',
  'checking',
  'unavailable',
  'checked',
];

function parseCategoryView(value: unknown): CategoryView | undefined {
  if (!isRecord(value) || !isOneOf<Category>(CATEGORIES, value.category)) return undefined;
  return isCount(value.count) ? { category: value.category, count: value.count } : undefined;
}

function parseFindingView(value: unknown): FindingView | undefined {
  if (!isRecord(value)) return undefined;
  const { key, ruleId, category, severity, message, reason, quote, suggestions } = value;
  const { start, end, fixStart, fixEnd, fixText } = value;
  if (!isText(key, 300) || !isText(ruleId, 200) || !isOneOf<Category>(CATEGORIES, category)) {
    return undefined;
  }
  if (severity !== 'warning' && severity !== 'hint') return undefined;
  if (!isText(message) || !isText(reason) || !(quote === undefined || isText(quote))) {
    return undefined;
  }
  if (!Array.isArray(suggestions) || suggestions.length > 20) return undefined;
  if (!suggestions.every((s) => isText(s))) return undefined;
  if (![start, end, fixStart, fixEnd].every(isCount) || !isText(fixText, 1_000_000)) {
    return undefined;
  }
  return {
    key,
    ruleId,
    category,
    severity,
    message,
    reason,
    quote,
    suggestions: suggestions as string[],
    start: start as number,
    end: end as number,
    fixStart: fixStart as number,
    fixEnd: fixEnd as number,
    fixText,
  };
}

/** Every item of `value` parsed, or undefined if it is no list or any item is malformed. */
function parseList<T>(value: unknown, parse: (item: unknown) => T | undefined): T[] | undefined {
  if (!Array.isArray(value) || value.length > LIST_MAX) return undefined;
  const items: T[] = [];
  for (const item of value) {
    const parsed = parse(item);
    if (parsed === undefined) return undefined;
    items.push(parsed);
  }
  return items;
}

function parsePanelView(value: unknown): PanelView | undefined {
  if (!isRecord(value)) return undefined;
  const { status, failure, lang, host, mode, findingsTotal, safeFixes, partial } = value;
  if (!isOneOf(STATUSES, status) || !isOneOf<Lang>(LANGS, lang) || !isText(host, 300)) {
    return undefined;
  }
  if (!isPlacementMode(mode) || !isCount(findingsTotal) || !isCount(safeFixes)) return undefined;
  if (!(failure === undefined || isText(failure))) return undefined;
  if (!(partial === undefined || (isRecord(partial) && isCount(partial.limit)))) return undefined;
  const categories = parseList(value.categories, parseCategoryView);
  const findings = parseList(value.findings, parseFindingView);
  if (!categories || !findings) return undefined;
  return {
    status,
    failure,
    lang,
    host,
    mode,
    categories,
    findings,
    findingsTotal,
    safeFixes,
    partial: partial && { limit: partial.limit as number },
  };
}

/** A message from the content script, or undefined when it is not a well-formed one. */
export function parseToSidePanel(value: unknown): ToSidePanel | undefined {
  if (!isRecord(value) || value.kind !== 'view') return undefined;
  const view = parsePanelView(value.view);
  return view && { kind: 'view', view };
}

/** A message from the side panel, or undefined when it is not a well-formed one. */
export function parseFromSidePanel(value: unknown): FromSidePanel | undefined {
  if (!isRecord(value) || typeof value.kind !== 'string') return undefined;
  const kind = value.kind as FromSidePanel['kind'];
  switch (kind) {
    case 'select-finding':
      return isText(value.key, 300) ? { kind, key: value.key } : undefined;
    case 'apply-suggestion':
      return isText(value.key, 300) && isText(value.suggestion)
        ? { kind, key: value.key, suggestion: value.suggestion }
        : undefined;
    case 'fix-all-safe':
      return { kind };
    case 'finding-action':
      return isOneOf(FINDING_ACTIONS, value.action) && isText(value.key, 300)
        ? { kind, action: value.action, key: value.key }
        : undefined;
    case 'set-mode':
      return isPlacementMode(value.mode) ? { kind, mode: value.mode } : undefined;
    case 'set-side':
      return value.side === 'left' || value.side === 'right'
        ? { kind, side: value.side }
        : undefined;
    case 'off':
      return isOneOf(OFF_SCOPES, value.scope) ? { kind, scope: value.scope } : undefined;
    default:
      return undefined;
  }
}

export function isSidePanelAnnouncement(value: unknown): value is SidePanelAnnouncement {
  return isRecord(value) && value.kind === 'side-panel-listening';
}

// What the sidebar shows for a state of the sidebar model: the status, the checklist, the cards
// and the counts. One derivation for every view of the same model: the panel in the page
// (entrypoints/sidebar.content/App.tsx) and the browser's side panel, which receives it over
// its port (entrypoints/sidebar.content/side-panel-feed.ts).
import type { Localized } from '@/rules/engine/types';
import type { SidebarStatus } from '@/components/Sidebar';
import { safeFix } from './fix-all';
import {
  toCategoryViews,
  toFindingList,
  type CategoryView,
  type FindingView,
} from './finding-view';
import { FULL_CHECK_LIMIT, type SidebarState } from './model';

export interface SidebarView {
  status: SidebarStatus;
  /** With status 'unavailable': why. */
  failure: string | undefined;
  categories: CategoryView[];
  /** The cards shown (at most FINDINGS_SHOWN). */
  findings: FindingView[];
  /** How many findings there are in all. */
  findingsTotal: number;
  /** How many findings "Fix all safe ones" would fix. */
  safeFixes: number;
  /** A draft too long to check whole: how much around the agent's typing was checked. */
  partial: { limit: number } | undefined;
}

export function statusOf(state: SidebarState): SidebarStatus {
  if (!state.attached) return 'no-reply-box';
  if (state.result) return 'checked';
  if (!state.draft.trim()) return 'empty';
  // A draft without a result: the engine is on its way (utils/sidebar/engine-loader.ts) or failed.
  return state.failure ? 'unavailable' : 'checking';
}

export function sidebarViewOf(
  state: SidebarState,
  ruleReason?: (ruleId: string) => Localized | undefined,
): SidebarView {
  const findings = state.result?.findings ?? [];
  // Views only for the cards shown; the checklist counts them all.
  const list = toFindingList(state.draft, findings, state.uiLang, ruleReason, {
    checked: state.checked,
  });
  return {
    status: statusOf(state),
    failure: state.failure,
    categories: toCategoryViews(findings),
    findings: list.shown,
    findingsTotal: list.total,
    safeFixes: findings.filter((f) => safeFix(f) !== undefined).length,
    partial: state.checked ? { limit: FULL_CHECK_LIMIT } : undefined,
  };
}

// What the sidebar's per-finding actions do: ignore once stays in this page; switching a rule
// off and allowing words are local adjustments the background stores (and the live checker
// then follows). Kept out of the session so the session only wires it up.
import type { FindingActions } from '@/components/packs/FindingActions';
import type { BackgroundClient } from '../messages';
import type { SidebarModel } from './model';
import type { LiveChecker } from './live-checker';

export function createFindingActions(
  model: Pick<SidebarModel, 'store'>,
  live: LiveChecker,
  client: BackgroundClient,
): FindingActions {
  // Ignoring is for this reply only: a new reply box (or none) starts clean.
  let attached = model.store.get().attached;
  model.store.subscribe(() => {
    const now = model.store.get().attached;
    if (attached && !now) live.clearIgnored();
    attached = now;
  });
  const words = (start: number, end: number) => model.store.get().draft.slice(start, end);
  return {
    onIgnoreOnce(finding) {
      live.ignoreOnce(finding.ruleId, words(finding.start, finding.end));
    },
    onDisableRule(finding) {
      void client.request({ kind: 'set-rule-adjustment', ruleId: finding.ruleId, enabled: false });
    },
    onAllow(finding) {
      const entry = words(finding.start, finding.end).trim();
      if (entry) void client.request({ kind: 'set-allowlist-entry', entry, allowed: true });
    },
  };
}

// Connects the sidebar model to the dumb <Sidebar>: derives what to show from the state and
// turns the panel's events into model actions and reply-box edits.
import { useMemo, useState } from 'preact/hooks';
import type { FindingActions } from '@/components/packs/FindingActions';
import { Sidebar, type SidebarStatus } from '@/components/Sidebar';
import { toCategoryViews, toFindingViews, type FindingView } from '@/utils/finding-view';
import { createTranslator } from '@/utils/i18n';
import type { Localized } from '@/rules';
import type { SidebarModel, SidebarState } from '@/utils/sidebar-model';
import { useStore } from '@/utils/use-store';

export interface AppProps {
  model: SidebarModel;
  host: string;
  onDisableSite(): void;
  onDisableTab?(): void;
  onDisableEverywhere?(): void;
  onSelectFinding(finding: FindingView): void;
  onApplySuggestion(finding: FindingView, suggestion: string): void;
  /** The journal's quick log (extension page URL) and how to open the full journal. */
  journal?: { quickLogUrl: string; onOpenJournal(): void };
  findingActions?: FindingActions;
  /** Why a rule from a pack matters (its rationale); built-in reasons are known already. */
  ruleReason?(ruleId: string): Localized | undefined;
}

function statusOf(state: SidebarState): SidebarStatus {
  if (!state.attached) return 'no-reply-box';
  return state.result ? 'checked' : 'empty';
}

export function App({ model, host, journal, ruleReason, ...actions }: AppProps) {
  const state = useStore(model.store);
  const [journalOpen, setJournalOpen] = useState(false);
  const t = useMemo(() => createTranslator(state.uiLang), [state.uiLang]);
  const findings = state.result?.findings ?? [];
  const findingViews = useMemo(
    () => toFindingViews(state.draft, findings, state.uiLang, ruleReason),
    [state.draft, findings, state.uiLang, ruleReason],
  );
  const categories = useMemo(() => toCategoryViews(findings), [findings]);
  return (
    <Sidebar
      t={t}
      lang={state.uiLang}
      host={host}
      collapsed={state.collapsed}
      status={statusOf(state)}
      categories={categories}
      findings={findingViews}
      onToggleCollapsed={model.toggleCollapsed}
      journal={
        journal && {
          ...journal,
          open: journalOpen,
          onToggle: () => setJournalOpen((open) => !open),
        }
      }
      {...actions}
    />
  );
}

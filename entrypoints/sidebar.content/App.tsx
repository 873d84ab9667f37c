// Connects the sidebar model to the dumb <Sidebar>: derives what to show from the state and
// turns the panel's events into model actions and reply-box edits.
import { useEffect, useMemo } from 'preact/hooks';
import type { FindingActions } from '@/components/packs/FindingActions';
import { Sidebar, type SidebarStatus } from '@/components/Sidebar';
import { toCategoryViews, toFindingList, type FindingView } from '@/utils/finding-view';
import type { Localized } from '@/rules';
import { createStore } from '@/utils/store';
import { safeFix } from '@/utils/fix-all';
import { FULL_CHECK_LIMIT, type SidebarModel, type SidebarState } from '@/utils/sidebar-model';
import { useStore } from '@/utils/use-store';
import type { Store } from '@/utils/store';
import type { ContextPickerState } from './context-picker';
import type { UiText } from './ui-text';

/** The generic fallback's "point at the customer's message" (context-picker.ts). */
export interface ContextPickerProps {
  store: Store<ContextPickerState>;
  onPick(event: Event): void;
  onCancel(): void;
}

const NO_PICKER = createStore<ContextPickerState>({
  missing: false,
  picking: false,
  outline: undefined,
});

export interface AppProps {
  model: SidebarModel;
  /** The panel's words in the UI language (asked from the background). */
  uiText: UiText;
  host: string;
  onDisableSite(): void;
  onDisableTab?(): void;
  onDisableEverywhere?(): void;
  onSelectFinding(finding: FindingView): void;
  onApplySuggestion(finding: FindingView, suggestion: string): void;
  /** Applies every fix that needs nothing completed, as one undo step. */
  onFixAllSafe?(): void;
  /** Opens the journal's quick log window and the full journal. */
  journal?: { onQuickLog(): void; onOpenJournal(): void };
  findingActions?: FindingActions;
  /** Why a rule matters (its rationale), built-in or from a pack. */
  ruleReason?(ruleId: string): Localized | undefined;
  /** On pages without an adapter: pointing at the customer's message. */
  contextPicker?: ContextPickerProps | undefined;
}

function statusOf(state: SidebarState): SidebarStatus {
  if (!state.attached) return 'no-reply-box';
  if (state.result) return 'checked';
  if (!state.draft.trim()) return 'empty';
  // A draft without a result: the engine is on its way (utils/engine-loader.ts) or failed.
  return state.failure ? 'unavailable' : 'checking';
}

export function App({
  model,
  uiText,
  host,
  journal,
  ruleReason,
  contextPicker,
  ...actions
}: AppProps) {
  const state = useStore(model.store);
  const pickerState = useStore(contextPicker?.store ?? NO_PICKER);
  const { loaded } = useStore(uiText.store);
  // Asked for again after a failure too: the store changes on every check.
  useEffect(() => void uiText.ensure(state.uiLang).catch(() => undefined), [state, uiText]);
  // Until the language's texts are here (a moment after a language change), the previous
  // language's stay on screen rather than bare message keys.
  const t = loaded[state.uiLang] ?? Object.values(loaded)[0];
  const findings = state.result?.findings ?? [];
  // Views only for the cards shown (at most FINDINGS_SHOWN); the checklist counts them all.
  const findingList = useMemo(
    () =>
      toFindingList(state.draft, findings, state.uiLang, ruleReason, { checked: state.checked }),
    [state.draft, findings, state.uiLang, ruleReason, state.checked],
  );
  const categories = useMemo(() => toCategoryViews(findings), [findings]);
  const safeFixes = useMemo(
    () => findings.filter((f) => safeFix(f) !== undefined).length,
    [findings],
  );
  const partial = state.checked && { limit: FULL_CHECK_LIMIT };
  // Nothing to say yet: the first texts are asked for when the session starts.
  if (!t) return null;
  const { outline } = pickerState;
  const context =
    contextPicker && (pickerState.missing || pickerState.picking)
      ? {
          picking: pickerState.picking,
          onPick: contextPicker.onPick,
          onCancel: contextPicker.onCancel,
        }
      : undefined;
  return (
    <>
      {pickerState.picking && outline && (
        <div
          class="kt-pick-outline"
          aria-hidden="true"
          style={{
            top: `${outline.top}px`,
            left: `${outline.left}px`,
            width: `${outline.width}px`,
            height: `${outline.height}px`,
          }}
        />
      )}
      <Sidebar
        t={t}
        lang={state.uiLang}
        host={host}
        collapsed={state.collapsed}
        status={statusOf(state)}
        failure={state.failure}
        categories={categories}
        findings={findingList.shown}
        findingsTotal={findingList.total}
        safeFixes={safeFixes}
        partial={partial}
        onToggleCollapsed={model.toggleCollapsed}
        journal={journal}
        context={context}
        {...actions}
      />
    </>
  );
}

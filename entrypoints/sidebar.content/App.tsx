// Connects the sidebar model to the dumb <Sidebar>: derives what to show from the state and
// turns the panel's events into model actions and reply-box edits.
import { useEffect, useMemo } from 'preact/hooks';
import type { FindingActions } from '@/components/packs/FindingActions';
import { BadgePopover, type ViewBox } from '@/components/BadgePopover';
import { PlacementMenu } from '@/components/PlacementMenu';
import { ResizeHandle } from '@/components/ResizeHandle';
import { Sidebar, type SidebarProps } from '@/components/Sidebar';
import type { FindingView } from '@/utils/sidebar/finding-view';
import type { Localized } from '@/rules';
import { createStore } from '@/utils/store';
import type { SidebarModel, SidebarState } from '@/utils/sidebar/model';
import { sidebarViewOf } from '@/utils/sidebar/view';
import { useStore } from '@/utils/use-store';
import type { Store } from '@/utils/store';
import {
  clampDockWidth,
  DOCK_MIN_WIDTH,
  inPageMode,
  type InPageMode,
} from '@/utils/sidebar/placement';
import type { PlacementModel, PlacementState } from '@/utils/sidebar/placement-model';
import type { ContextPickerState } from './context-picker';
import type { PlacementLayout } from './placement';
import { isUserEvent } from './trusted-events';
import type { UiText } from './ui-text';

/** The generic fallback's "point at the customer's message" (context-picker.ts). */
export interface ContextPickerProps {
  store: Store<ContextPickerState>;
  onPick(event: Event): void;
  onCancel(): void;
}

/** Where the sidebar sits (placement.ts); without it, the panel at the window's corner. */
export interface PlacementProps {
  model: PlacementModel;
  layout: Store<PlacementLayout>;
  /** Whether the browser's side panel shows this tab now (side-panel-feed.ts). */
  sidePanel: Store<{ showing: boolean }>;
}

const UNPLACED = createStore<PlacementState>({
  mode: 'badge',
  side: 'right',
  width: DOCK_MIN_WIDTH,
  popoverOpen: false,
});
const NO_LAYOUT = createStore<PlacementLayout>({
  anchor: undefined,
  scrollbar: 0,
  windowWidth: 0,
});

/** Klartext's own element: a press inside it does not close the popover. */
const HOST_NAME = 'klartext-sidebar';

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
  placement?: PlacementProps | undefined;
}

const NO_SIDE_PANEL = createStore({ showing: false });

export function App({
  model,
  uiText,
  host,
  journal,
  ruleReason,
  contextPicker,
  placement,
  ...actions
}: AppProps) {
  const state = useStore(model.store);
  const place = useStore(placement?.model.store ?? UNPLACED);
  const layout = useStore(placement?.layout ?? NO_LAYOUT);
  const { showing: sidePanelShowing } = useStore(placement?.sidePanel ?? NO_SIDE_PANEL);
  const shownMode = inPageMode(place.mode, sidePanelShowing);
  const popoverOpen = shownMode === 'badge' && place.popoverOpen;
  // A press anywhere on the page (the agent's own) closes the popover, as popovers do.
  useEffect(() => {
    if (!popoverOpen || !placement) return;
    const onPress = (event: PointerEvent) => {
      if (!isUserEvent(event)) return;
      const own = event.composedPath().some((node) => (node as Element).localName === HOST_NAME);
      if (!own) placement.model.setPopoverOpen(false);
    };
    document.addEventListener('pointerdown', onPress, { capture: true });
    return () => document.removeEventListener('pointerdown', onPress, { capture: true });
  }, [popoverOpen, placement]);
  const pickerState = useStore(contextPicker?.store ?? NO_PICKER);
  const { loaded } = useStore(uiText.store);
  // Asked for again after a failure too: the store changes on every check.
  useEffect(() => void uiText.ensure(state.uiLang).catch(() => undefined), [state, uiText]);
  // Until the language's texts are here (a moment after a language change), the previous
  // language's stay on screen rather than bare message keys.
  const t = loaded[state.uiLang] ?? Object.values(loaded)[0];
  const findings = state.result?.findings ?? [];
  // The same derivation feeds the browser's side panel (side-panel-feed.ts).
  const view = useMemo(() => sidebarViewOf(state, ruleReason), [state, ruleReason]);
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
  const sidebarProps: SidebarProps = {
    t,
    lang: state.uiLang,
    host,
    collapsed: state.collapsed,
    status: view.status,
    failure: view.failure,
    categories: view.categories,
    findings: view.findings,
    findingsTotal: view.findingsTotal,
    safeFixes: view.safeFixes,
    partial: view.partial,
    onToggleCollapsed: model.toggleCollapsed,
    journal,
    context,
    ...actions,
    headerControls: placement && (
      <PlacementMenu
        t={t}
        mode={place.mode}
        side={place.side}
        onMode={placement.model.setMode}
        onSide={placement.model.setSide}
      />
    ),
  };
  const placed = placedSidebar({
    sidebarProps,
    mode: placement ? shownMode : undefined,
    place,
    layout,
    state,
    placement,
    findings,
  });
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
      {placed}
    </>
  );
}

interface PlacedSidebarArgs {
  sidebarProps: SidebarProps;
  /** What the page shows (inPageMode); undefined without a placement (the panel at the corner). */
  mode: InPageMode | undefined;
  place: PlacementState;
  layout: PlacementLayout;
  state: SidebarState;
  placement: PlacementProps | undefined;
  findings: readonly { severity: string }[];
}

/** The window's size now (the badge and the docked panel's bounds are laid out against it). */
function viewport(): { width: number; height: number } {
  return { width: window.innerWidth, height: window.innerHeight };
}

/** The badge's accessible name: the counts and checklist, or what the panel waits for. */
function badgeLabel(sidebarProps: SidebarProps, warnings: number, hints: number): string {
  const { t, status, categories } = sidebarProps;
  if (status === 'checked') {
    const met = categories.filter((category) => category.count === 0).length;
    return t(
      'badgeCounts',
      String(warnings),
      String(hints),
      String(met),
      String(categories.length),
    );
  }
  const said =
    status === 'checking'
      ? t('summaryChecking')
      : status === 'unavailable'
        ? t('summaryUnavailable')
        : t('summaryWaiting');
  return t('badgeStatus', said);
}

/** The panel as the placement has it: a badge and popover, or docked beside the page. */
function placedSidebar(args: PlacedSidebarArgs) {
  const { sidebarProps, mode, place, layout, state, placement, findings } = args;
  // The browser's side panel shows the findings; the page keeps only the marks.
  if (placement && mode === 'none') {
    return <div class="kt-place" data-klartext-placement="sidepanel" hidden />;
  }
  // A collapsed dock gives the page its whole width back and leaves only the badge at the reply
  // box, which opens the dock again: a collapsed header at the window's corner would cover what
  // helpdesks put there, the send button first. Only while no reply box is known (nothing typed
  // yet on some pages) does the collapsed header stand in, so Klartext stays findable.
  const collapsedDock =
    placement !== undefined && mode === 'docked' && state.collapsed && layout.anchor !== undefined;
  if (placement && (mode === 'badge' || collapsedDock)) {
    const view = viewport();
    // No reply box on screen: the popover (opened by the shortcut) sits at the window's corner.
    const anchor: ViewBox = layout.anchor ?? {
      left: view.width - 8,
      top: view.height - 8,
      width: 0,
      height: 0,
    };
    if (!layout.anchor && !place.popoverOpen) return null;
    const checked = sidebarProps.status === 'checked';
    const warnings = findings.filter((finding) => finding.severity === 'warning').length;
    const hints = findings.length - warnings;
    return (
      <div
        class="kt-place"
        data-klartext-placement={collapsedDock ? 'docked' : 'badge'}
        // Collapsed, the badge is the panel (the test-tool contract in README.md).
        {...(collapsedDock ? { 'data-klartext-panel': '', 'data-collapsed': 'true' } : {})}
      >
        <BadgePopover
          t={sidebarProps.t}
          label={badgeLabel(sidebarProps, warnings, hints)}
          counts={checked ? { warnings, hints } : undefined}
          categories={checked ? sidebarProps.categories : []}
          anchor={anchor}
          viewport={view}
          open={!collapsedDock && place.popoverOpen}
          onOpenChange={
            collapsedDock
              ? (open) => open && sidebarProps.onToggleCollapsed()
              : placement.model.setPopoverOpen
          }
        >
          {(close) => (
            <Sidebar
              {...sidebarProps}
              collapsed={false}
              onClose={close}
              // Side panel mode with the side panel closed: say where the findings would be.
              notice={place.mode === 'sidepanel' ? sidebarProps.t('sidePanelClosed') : undefined}
            />
          )}
        </BadgePopover>
      </div>
    );
  }
  if (placement && mode === 'docked') {
    const { side } = place;
    // As the page's margin has it (placement.ts): within the window's bounds now.
    const width = clampDockWidth(place.width, layout.windowWidth);
    const edge = side === 'right' ? { right: `${layout.scrollbar}px` } : { left: '0px' };
    return (
      <div
        class="kt-place kt-dock"
        data-klartext-placement="docked"
        data-side={side}
        style={{ width: `${width}px`, ...edge }}
      >
        <Sidebar {...sidebarProps} />
        <ResizeHandle
          t={sidebarProps.t}
          side={side}
          width={width}
          min={DOCK_MIN_WIDTH}
          max={clampDockWidth(Number.MAX_SAFE_INTEGER, layout.windowWidth)}
          onResize={placement.model.resize}
        />
      </div>
    );
  }
  return (
    <div class="kt-place" data-klartext-placement={mode ?? 'unplaced'}>
      <Sidebar {...sidebarProps} />
    </div>
  );
}

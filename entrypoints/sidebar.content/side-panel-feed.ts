// Feeds the browser's side panel (entrypoints/sidepanel) from this tab's sidebar model: a side
// panel that shows this tab connects over an extension port (utils/side-panel/protocol.ts), gets
// the sidebar's view at once and after every change, and sends back what the agent did there,
// which is carried out by the same handlers as the in-page panel's (a fix goes through the
// editor's input path, one undo step). The page sees none of it: a port is not part of the DOM
// and no page can open one to a content script.
import { browser, type Browser } from 'wxt/browser';
import type { FindingActions } from '@/components/packs/FindingActions';
import type { Localized } from '@/rules';
import type { FindingView } from '@/utils/sidebar/finding-view';
import { assertNever } from '@/utils/messages';
import type { PlacementModel } from '@/utils/sidebar/placement-model';
import type { SidebarModel } from '@/utils/sidebar/model';
import { sidebarViewOf } from '@/utils/sidebar/view';
import {
  parseFromSidePanel,
  SIDE_PANEL_PORT,
  type FromSidePanel,
  type OffScope,
  type PanelView,
  type SidePanelAnnouncement,
  type ToSidePanel,
} from '@/utils/side-panel/protocol';
import { createStore, type Store } from '@/utils/store';

export interface SidePanelFeedDeps {
  model: SidebarModel;
  placement: PlacementModel;
  host: string;
  ruleReason?(ruleId: string): Localized | undefined;
  /** The in-page panel's own handlers (session.ts). */
  onSelectFinding(finding: FindingView): void;
  onApplySuggestion(finding: FindingView, suggestion: string): void;
  onFixAllSafe(): void;
  findingActions: FindingActions;
  onOff(scope: OffScope): void;
  signal: AbortSignal;
}

export interface SidePanelFeed {
  /** Whether a side panel shows this tab now (or is being opened for it). */
  readonly showing: Store<{ showing: boolean }>;
  /**
   * The agent asked the browser to open the side panel: the page leaves the findings to it
   * until `opened` says the browser would not, or no side panel came within a few seconds.
   */
  expect(opened: Promise<boolean>): void;
}

/** How long a side panel the browser opened has to load and connect. */
const OPEN_GRACE_MS = 3_000;

export function startSidePanelFeed(deps: SidePanelFeedDeps): SidePanelFeed {
  const { model, placement, signal } = deps;
  const ports = new Set<Browser.runtime.Port>();
  const showing = createStore({ showing: false });
  let expected = 0;
  const updateShowing = () => showing.set({ showing: ports.size > 0 || expected > 0 });

  let viewed: { state: unknown; mode: unknown; view: PanelView } | undefined;
  const currentView = (): PanelView => {
    const state = model.store.get();
    const { mode } = placement.store.get();
    if (viewed?.state !== state || viewed.mode !== mode) {
      const view = {
        ...sidebarViewOf(state, deps.ruleReason),
        lang: state.uiLang,
        host: deps.host,
        mode,
      };
      viewed = { state, mode, view };
    }
    return viewed.view;
  };

  let queued = false;
  const send = () => {
    queued = false;
    if (signal.aborted || ports.size === 0) return;
    const message: ToSidePanel = { kind: 'view', view: currentView() };
    for (const port of ports) port.postMessage(message);
  };
  // One message per change burst; not a frame callback: the tab may be in the background.
  const queue = () => {
    if (queued || ports.size === 0) return;
    queued = true;
    queueMicrotask(send);
  };

  const finding = (key: string) => currentView().findings.find((f) => f.key === key);
  const carryOut = (message: FromSidePanel) => {
    switch (message.kind) {
      case 'select-finding': {
        const found = finding(message.key);
        if (found) deps.onSelectFinding(found);
        return;
      }
      case 'apply-suggestion': {
        // Only a suggestion this tab's own view offers goes into the editor.
        const found = finding(message.key);
        if (found?.suggestions.includes(message.suggestion)) {
          deps.onApplySuggestion(found, message.suggestion);
        }
        return;
      }
      case 'fix-all-safe':
        deps.onFixAllSafe();
        return;
      case 'finding-action': {
        const found = finding(message.key);
        if (!found) return;
        if (message.action === 'ignore-once') deps.findingActions.onIgnoreOnce(found);
        else if (message.action === 'disable-rule') deps.findingActions.onDisableRule(found);
        else deps.findingActions.onAllow(found);
        return;
      }
      case 'set-mode':
        placement.setMode(message.mode);
        return;
      case 'set-side':
        placement.setSide(message.side);
        return;
      case 'off':
        deps.onOff(message.scope);
        return;
      default:
        assertNever(message);
    }
  };

  const onConnect = (port: Browser.runtime.Port) => {
    if (port.name !== SIDE_PANEL_PORT) return;
    // Only Klartext's own pages can open a port to its content script; checked all the same.
    if (port.sender?.id !== browser.runtime.id) {
      port.disconnect();
      return;
    }
    ports.add(port);
    expected = 0;
    updateShowing();
    port.onMessage.addListener((value: unknown) => {
      const message = parseFromSidePanel(value);
      if (message && !signal.aborted) carryOut(message);
    });
    port.onDisconnect.addListener(() => {
      ports.delete(port);
      updateShowing();
    });
    port.postMessage({ kind: 'view', view: currentView() } satisfies ToSidePanel);
  };

  browser.runtime.onConnect.addListener(onConnect);
  const unsubscribeModel = model.store.subscribe(queue);
  const unsubscribePlacement = placement.store.subscribe(queue);
  signal.addEventListener(
    'abort',
    () => {
      browser.runtime.onConnect.removeListener(onConnect);
      unsubscribeModel();
      unsubscribePlacement();
      for (const port of ports) port.disconnect();
      ports.clear();
    },
    { once: true },
  );
  // A side panel already showing this tab connects now (it waits for this, see follow-tab.ts).
  const listening: SidePanelAnnouncement = { kind: 'side-panel-listening' };
  browser.runtime.sendMessage(listening).catch(() => undefined);

  return {
    showing,
    expect(opened) {
      const ticket = ++expected;
      updateShowing();
      const giveUp = () => {
        if (expected !== ticket) return;
        expected = 0;
        updateShowing();
      };
      void opened.then((ok) => (ok ? void setTimeout(giveUp, OPEN_GRACE_MS) : giveUp()), giveUp);
    },
  };
}

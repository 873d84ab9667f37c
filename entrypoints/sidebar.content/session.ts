// One running sidebar on a page where Klartext is on: follows the reply box, checks the
// draft, shows the panel and handles the shortcut. `stop()` (or the content script's
// invalidation) ends all of it.
import { browser } from 'wxt/browser';
import type { FindingView } from '@/utils/sidebar/finding-view';
import { createEngineLoader } from '@/utils/sidebar/engine-loader';
import { fixAllSafe } from '@/utils/sidebar/fix-all';
import { firstPlaceholder } from '@/rules/engine/placeholder';
import { openReplyReporter } from '@/utils/journal/reply-port';
import { createReplyTally } from '@/utils/journal/reply-tally';
import { createBackgroundClient, parseTabMessage, REPLY_PORT } from '@/utils/messages';
import { createFindingActions } from '@/utils/sidebar/finding-actions';
import { createLiveChecker } from '@/utils/sidebar/live-checker';
import { extensionStorage, type Settings } from '@/utils/settings';
import { createSidebarModel, type SidebarModel } from '@/utils/sidebar/model';
import { defaultPlacement, inPageMode, loadPlacement } from '@/utils/sidebar/placement';
import { createPlacementModel } from '@/utils/sidebar/placement-model';
import type { ContentScriptContext } from './context';
import { createContextPicker } from './context-picker';
import { watchDocuments } from './editor/frames';
import { adapterForPage, type HostAdapter } from './hosts';
import { composedClosest } from './hosts/dom';
import { createPanel, HOST_ELEMENT } from './panel';
import { startPlacement } from './placement';
import { createReplyTracker, type ReplyTracker } from './editor/reply-tracker';
import { startMarks } from './editor/marks';
import { startSidePanelFeed } from './side-panel-feed';
import { createUiText } from './ui-text';
import { requestSwitch } from './switch-client';
import { createToggleGate, isToggleShortcut, type ToggleSource } from './shortcut';
import { isAgentTyping, isUserEvent } from './trusted-events';

export interface Session {
  readonly model: SidebarModel;
  /** Follows changed settings (the model's and the tracker's). */
  applySettings(settings: Settings): void;
  stop(): void;
}

/**
 * The span a finding refers to in the reply box now, and what its fix replaces. If the agent
 * typed since the last check, the box is checked again and the same finding looked up in the
 * fresh result.
 */
function currentSpan(model: SidebarModel, tracker: ReplyTracker, finding: FindingView) {
  const box = tracker.current();
  if (!box) return undefined;
  if (box.read() !== model.store.get().draft) tracker.flush();
  const findings = model.store.get().result?.findings ?? [];
  const same =
    findings.find(
      (f) => f.ruleId === finding.ruleId && f.start === finding.start && f.end === finding.end,
    ) ?? findings.find((f) => f.ruleId === finding.ruleId);
  return same && { box, start: same.start, end: same.end, fix: same.fix ?? same };
}

export function startSession(
  ctx: ContentScriptContext,
  settings: Settings,
  onDisabled: () => void,
): Session {
  const host = location.hostname;
  const stopper = new AbortController();
  const signal = AbortSignal.any([ctx.signal, stopper.signal]);
  let checkNotes = settings.checkInternalNotes;
  const client = createBackgroundClient((message) => browser.runtime.sendMessage(message));
  // The engine comes when the first reply box does (utils/sidebar/engine-loader.ts).
  const engine = createEngineLoader(() => client.request({ kind: 'load-engine' }));
  // Built-ins + installed packs + local adjustments, rebuilt live when they change.
  const packs = createLiveChecker({
    storage: extensionStorage(browser),
    engine,
    signal,
    onChange: () => model.recheck(),
  });
  const uiText = createUiText(async (lang) => {
    const answer = await client.request({ kind: 'ui-catalog', lang });
    if (!answer.ok) throw new Error(answer.error);
    return answer.catalog;
  });
  const model = createSidebarModel({
    settings,
    browserLanguage: browser.i18n.getUILanguage(),
    host,
    client,
    check: packs.check,
    checkFailure: packs.failure,
  });
  // Asked for now, so the words are here by the time a reply box is found.
  void uiText.ensure(model.store.get().uiLang).catch(() => undefined);
  // Finished replies go to the background, which counts them only if the agent opted in; the
  // reply in progress goes there too, so it is counted even if the tab is simply closed.
  const reporter = openReplyReporter({
    connect: () => browser.runtime.connect({ name: REPLY_PORT }),
    now: () => performance.now(),
    signal,
  });
  const tally = createReplyTally({
    // Built-in rules only (the emotion rule); a reply is only tallied once it was checked, so
    // the engine is here by then.
    check: (input) => engine.loaded()?.check(input) ?? { lang: input.lang ?? 'en', findings: [] },
    address: () => location.origin + location.pathname + location.search + location.hash,
    send: (reply) => reporter.done(reply),
    progress: (reply) => reporter.progress(reply),
  });

  const stop = () => {
    if (stopper.signal.aborted) return;
    tally.end();
    stopper.abort();
    panel.remove();
  };

  // Without an adapter, the agent can point at the customer's message (context-picker.ts).
  const pageAdapter = adapterForPage(new URL(location.href), document);
  const generic = pageAdapter.id === 'generic';
  const picker = createContextPicker({
    isOwn: (node) => node instanceof Element && composedClosest(node, HOST_ELEMENT) !== null,
    onPicked: () => tracker.flush(),
    signal,
  });
  const adapter: HostAdapter = generic
    ? {
        ...pageAdapter,
        customerMessage: (doc) => pageAdapter.customerMessage(doc) ?? picker.text(),
      }
    : pageAdapter;

  /**
   * A suggestion through the editor's input path (one undo step); a placeholder in it ("by
   * [day], [time]") is selected afterwards, for the agent to type over.
   */
  const applyFix = (finding: FindingView, suggestion: string) => {
    const span = currentSpan(model, tracker, finding);
    if (!span) return;
    const { box, fix } = span;
    void box.replace(fix.start, fix.end, suggestion).then(() => {
      const placeholder = firstPlaceholder(suggestion);
      if (placeholder && !signal.aborted && tracker.current() === box) {
        box.select(fix.start + placeholder.start, fix.start + placeholder.end);
      }
    });
  };
  const findingActions = createFindingActions(model, packs, client);

  // Badge, docked or the side panel: the site's own choice, else the default for the window's width.
  const placementModel = createPlacementModel({
    initial: defaultPlacement(window.innerWidth),
    host,
    client,
    windowWidth: () => window.innerWidth,
    // Sent within the agent's click: Chromium opens its side panel in answer to it.
    openSidePanel() {
      const opened = client.request({ kind: 'open-side-panel' }).then((answer) => answer.ok);
      sidePanel.expect(opened);
      // Not opened (Firefox opens its sidebar from its own controls only): the badge's popover
      // says where to open it.
      void opened.then((ok) => {
        if (!ok && placementModel.store.get().mode === 'sidepanel') {
          placementModel.setPopoverOpen(true);
        }
      });
    },
  });
  const placementReady = loadPlacement(extensionStorage(browser), host).then(
    (stored) => {
      if (stored) placementModel.restore(stored);
    },
    () => undefined,
  );
  const onSelectFinding = (finding: FindingView) => {
    const span = currentSpan(model, tracker, finding);
    span?.box.select(span.start, span.end);
  };
  const onFixAllSafe = () => {
    const box = tracker.current();
    if (!box) return;
    if (box.read() !== model.store.get().draft) tracker.flush();
    const { draft, result } = model.store.get();
    const edit = result && fixAllSafe(draft, result.findings, model.findingsFor);
    if (edit) void box.replace(edit.start, edit.end, edit.text);
  };
  // The background records the switch and tells this tab (index.tsx stops the session).
  const onDisableTab = () => void requestSwitch({ kind: 'set-tab-enabled', enabled: false });
  const onDisableEverywhere = () =>
    void requestSwitch({ kind: 'set-enabled-everywhere', enabled: false });
  const onDisableSite = () => {
    void model.disableSite();
    stop();
    onDisabled();
  };
  // The browser's side panel, when it shows this tab, is fed from the same model and acts
  // through the same handlers (side-panel-feed.ts).
  const sidePanel = startSidePanelFeed({
    model,
    placement: placementModel,
    host,
    ruleReason: packs.reason,
    onSelectFinding,
    onApplySuggestion: applyFix,
    onFixAllSafe,
    findingActions,
    onOff: (scope) =>
      scope === 'tab' ? onDisableTab() : scope === 'site' ? onDisableSite() : onDisableEverywhere(),
    signal,
  });
  const placement = startPlacement({
    placement: placementModel,
    sidePanel: sidePanel.showing,
    sidebar: model.store,
    current: () => tracker.current(),
    requestFrame: (callback) => void ctx.requestAnimationFrame(() => callback()),
    signal,
  });
  /** The panel goes on the page in its remembered place, never first somewhere else. */
  const showPanel = () =>
    void placementReady.then(() => {
      panel.show();
      placement.show();
    });

  const panel = createPanel(
    ctx,
    {
      model,
      contextPicker: generic
        ? { store: picker.store, onPick: picker.arm, onCancel: picker.cancel }
        : undefined,
      uiText,
      host,
      onDisableTab,
      onDisableEverywhere,
      onDisableSite,
      onSelectFinding,
      onApplySuggestion: applyFix,
      onFixAllSafe,
      ruleReason: packs.reason,
      findingActions,
      placement: {
        model: placementModel,
        layout: placement.layout,
        sidePanel: sidePanel.showing,
      },
      journal: {
        onQuickLog: () => void client.request({ kind: 'open-quick-log' }),
        onOpenJournal: () => void client.request({ kind: 'open-journal' }),
      },
    },
    signal,
  );

  // The first reply box brings the engine (utils/sidebar/engine-loader.ts). It unpacks its phrase
  // matcher as drafts reach it and the browser compiles its code on first use, so the very first
  // check on a page costs far more than later ones (tens of ms, against under 1 ms once warm). A reply box usually starts empty and that first check would land on the agent's
  // first keystroke: it runs instead while the page is idle, on the customer's message (the
  // same language the reply will be in), once per session.
  let warmed = false;
  const warmUp = (customer: string | undefined) => {
    if (warmed) return;
    warmed = true;
    packs.ready().then(
      () =>
        ctx.requestIdleCallback(
          () => {
            if (signal.aborted) return;
            // A long thread would only make the idle moment longer; its start has the language.
            const sample =
              customer?.trim().slice(0, 2_000) ||
              (model.store.get().uiLang === 'de' ? 'Hallo' : 'Hello');
            packs.check({ draft: sample, customer: sample });
          },
          { timeout: 2_000 },
        ),
      (error: unknown) => console.error('klartext: engine not loaded', error),
    );
  };

  // A check can finish after the draft changed last (the first one waits for the engine): the
  // tally hears of every result, so a reply typed before the engine came is counted too.
  let tallied: { draft: string; customer: string | undefined } | undefined;
  let lastResult = model.store.get().result;
  const stopTallyWatch = model.store.subscribe(() => {
    const { result } = model.store.get();
    if (result === lastResult) return;
    lastResult = result;
    if (tallied && result) tally.observe(tallied.draft, tallied.customer, result);
  });
  signal.addEventListener('abort', stopTallyWatch, { once: true });

  const tracker = createReplyTracker({
    adapter,
    checkNotes: () => checkNotes,
    signal,
    requestFrame: (callback) => void ctx.requestAnimationFrame(() => callback()),
    delay: (callback, ms) => void ctx.setTimeout(callback, ms),
    now: () => performance.now(),
    onReplyBox() {
      showPanel();
      // A reply may start now: the background should be listening before it ends.
      reporter.open();
    },
    onDraft(draft, customer, customerName) {
      // A draft already there (restored, prefilled) gets its first check right now anyway.
      if (draft.trim()) warmed = true;
      else warmUp(customer);
      if (generic) picker.setMissing(customer === undefined);
      model.update(draft, customer, customerName);
      tallied = { draft, customer };
      tally.observe(draft, customer, model.store.get().result);
    },
    onDetach() {
      tally.end();
      model.detach();
    },
  });

  // Inline marks over the findings' words in the reply box (editor/marks/).
  startMarks({
    store: model.store,
    uiText,
    current: tracker.current,
    apply: applyFix,
    findingActions,
    requestFrame: (callback) => void ctx.requestAnimationFrame(() => callback()),
    signal,
  });

  // Leaving the ticket ends the reply being written (counted once, if counting is on).
  window.addEventListener('pagehide', () => tally.end(), { signal });
  ctx.onInvalidated(() => tally.end());

  // The counters count only replies the agent wrote: a page's script can fill and empty the
  // box (even through the browser's editing commands, whose input events count as trusted),
  // but it cannot press a key or paste for the agent.
  const onAgentInput = (event: KeyboardEvent | InputEvent) => {
    if (!isAgentTyping(event)) return;
    const box = tracker.current();
    if (box && event.composedPath().includes(box.element)) {
      tally.typed(event.type === 'beforeinput' ? 'paste' : 'key');
    }
  };

  const allowToggle = createToggleGate();
  const toggle = (source: ToggleSource) => {
    if (!allowToggle(source)) return;
    showPanel();
    // As a badge, the shortcut opens and closes the findings' popover instead; while the side
    // panel shows the findings, the page has nothing to show or hide.
    const { mode, popoverOpen } = placementModel.store.get();
    const shown = inPageMode(mode, sidePanel.showing.get().showing);
    if (shown === 'badge') placementModel.setPopoverOpen(!popoverOpen);
    else if (shown !== 'none') model.toggleCollapsed();
  };
  const onKeydown = (event: KeyboardEvent) => {
    // A key press the page's script made up (dispatchEvent) is not the agent's.
    if (!isUserEvent(event) || !isToggleShortcut(event) || event.repeat) return;
    event.preventDefault();
    toggle('keydown');
  };
  const onTabMessage = (message: unknown) => {
    if (parseTabMessage(message)?.kind === 'toggle-sidebar') toggle('command');
  };
  browser.runtime.onMessage.addListener(onTabMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onTabMessage), {
    once: true,
  });

  const documents = watchDocuments(
    document,
    (doc) => {
      tracker.track(doc);
      doc.defaultView?.addEventListener('keydown', onKeydown, { capture: true, signal });
      for (const type of ['keydown', 'beforeinput'] as const) {
        doc.addEventListener(type, onAgentInput, { capture: true, passive: true, signal });
      }
    },
    signal,
  );
  tracker.pickInitial(documents.documents());

  const applySettings = (next: Settings) => {
    checkNotes = next.checkInternalNotes;
    model.applySettings(next);
  };

  return { model, applySettings, stop };
}

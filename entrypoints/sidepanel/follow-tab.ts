// Which tab the side panel shows, and the port to that tab's content script: the active tab of
// the side panel's window, followed as the agent switches tabs, or the one tab named by
// `?tab=<id>` (the page opened as a tab, as the e2e tests do). A tab whose content script does
// not run or has gone (another page, no ticketing tool) has no view; its script announces itself
// when it starts (SidePanelAnnouncement) and the panel connects then.
import { browser, type Browser } from 'wxt/browser';
import {
  isSidePanelAnnouncement,
  parseToSidePanel,
  SIDE_PANEL_PORT,
  type FromSidePanel,
  type PanelView,
} from '@/utils/side-panel/protocol';
import { createStore, type Store } from '@/utils/store';

export interface FollowedTab {
  /** The followed tab's view; undefined while no content script there feeds one. */
  readonly view: Store<{ view: PanelView | undefined }>;
  send(message: FromSidePanel): void;
}

/** The tab named by `?tab=<id>`, if any. */
export function pinnedTab(search: string): number | undefined {
  const named = new URLSearchParams(search).get('tab');
  return named !== null && /^\d+$/.test(named) ? Number(named) : undefined;
}

export function followTab(pinned: number | undefined): FollowedTab {
  const view = createStore<{ view: PanelView | undefined }>({ view: undefined });
  let current: number | undefined;
  let port: Browser.runtime.Port | undefined;

  const connect = (tabId: number) => {
    port?.disconnect();
    port = undefined;
    current = tabId;
    view.set({ view: undefined });
    let opened: Browser.runtime.Port;
    try {
      // The top frame only: that is where the sidebar's content script runs.
      opened = browser.tabs.connect(tabId, { name: SIDE_PANEL_PORT, frameId: 0 });
    } catch {
      return;
    }
    port = opened;
    opened.onMessage.addListener((value: unknown) => {
      const message = parseToSidePanel(value);
      if (message && port === opened) view.set({ view: message.view });
    });
    opened.onDisconnect.addListener(() => {
      // Read, so the browser does not report "no receiving end" as an unchecked error.
      void browser.runtime.lastError;
      if (port !== opened) return;
      port = undefined;
      view.set({ view: undefined });
    });
  };

  // A content script that starts in the followed tab (a reload, a new ticket) says so.
  browser.runtime.onMessage.addListener(
    (message: unknown, sender: Browser.runtime.MessageSender) => {
      if (!isSidePanelAnnouncement(message) || sender.id !== browser.runtime.id) return undefined;
      if (current !== undefined && sender.tab?.id === current && sender.frameId === 0) {
        connect(current);
      }
      return undefined;
    },
  );

  if (pinned !== undefined) connect(pinned);
  else {
    void browser.windows.getCurrent().then(async (window) => {
      browser.tabs.onActivated.addListener(({ tabId, windowId }) => {
        if (windowId === window.id) connect(tabId);
      });
      const [tab] = await browser.tabs.query({ active: true, windowId: window.id });
      if (tab?.id !== undefined && current === undefined) connect(tab.id);
    });
  }

  return {
    view,
    send(message) {
      port?.postMessage(message);
    },
  };
}

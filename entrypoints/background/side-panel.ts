// Opens the browser's own side panel, where Klartext shows a tab's findings when the agent chose
// that place for a site (entrypoints/sidepanel). Both browsers open it only in answer to the
// agent's own action: Chromium takes the click in the content script that sent the request
// (the call must come before anything is awaited); Firefox takes only clicks in its own or
// Klartext's pages and its own sidebar controls, so here the request fails there and the page
// says where to open it (the badge's note, entrypoints/sidebar.content/App.tsx).
import { browser } from 'wxt/browser';
import type { RequestOrigin } from '@/utils/switches/protocol';

interface SidebarAction {
  open(): Promise<void>;
}

export function openSidePanel(from: RequestOrigin): Promise<void> {
  const firefox = (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
  if (firefox) return firefox.open();
  if (!browser.sidePanel || from.tabId === undefined) {
    return Promise.reject(new Error('no side panel in this browser'));
  }
  // The manifest's panel is the same in every tab; opened for one tab, it stays as the agent
  // switches tabs and shows the active one (entrypoints/sidepanel/follow-tab.ts).
  return browser.sidePanel.open({ tabId: from.tabId });
}

// The background's part of turning Klartext off: the switch service over extension storage
// (everywhere) and session storage (per tab, gone when the browser closes), telling a tab's
// content script when its switch changes, and forgetting closed tabs.
import { browser } from 'wxt/browser';
import { createSwitchService, type SwitchService } from '@/utils/switches/service';

export function startSwitchesBackground(): SwitchService {
  const service = createSwitchService({
    local: browser.storage.local,
    session: browser.storage.session,
    notifyTab: async (tabId, message) => {
      // A tab without Klartext's content script has no receiver.
      await browser.tabs.sendMessage(tabId, message).catch(() => undefined);
    },
  });
  browser.tabs.onRemoved.addListener((tabId) => void service.forgetTab(tabId));
  return service;
}

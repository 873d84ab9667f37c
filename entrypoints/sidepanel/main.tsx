// The browser's own side panel (Chromium's side panel, Firefox's sidebar): Klartext's findings
// for the active tab's reply box, beside the page instead of in it. It is an extension page, so
// the ticketing page can neither read nor script it; it talks only to the tab's content script,
// over an extension port (follow-tab.ts), and to the background. `?tab=<id>` pins one tab.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import sidebarCss from '@/components/sidebar.css?inline';
import { resolveUiLang } from '@/utils/i18n';
import { loadTranslator } from '@/utils/locale-files';
import { createBackgroundClient } from '@/utils/messages';
import { extensionStorage, loadSettings } from '@/utils/settings';
import sidePanelCss from './side-panel.css?inline';
import { followTab, pinnedTab } from './follow-tab';
import { SidePanelApp } from './SidePanelApp';

interface SidebarAction {
  close(): Promise<void>;
}

const pinned = pinnedTab(location.search);
const client = createBackgroundClient((message) => browser.runtime.sendMessage(message));

/** Firefox closes its sidebar through its API (in the agent's click); Chromium on window.close. */
function close(): void {
  const firefox = (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
  if (firefox && pinned === undefined) void firefox.close();
  else window.close();
}

async function main(): Promise<void> {
  const settings = await loadSettings(extensionStorage(browser));
  const lang = resolveUiLang(settings.uiLanguage, browser.i18n.getUILanguage());
  // The sidebar's styles, unchanged, in a shadow root of their own, as in the page.
  const shadow = document.getElementById('app')!.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `${sidebarCss}\n${sidePanelCss}`;
  const container = document.createElement('div');
  shadow.append(style, container);
  // Escape closes the side panel, as the close button says (a menu takes its own Escape first).
  window.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !event.defaultPrevented) close();
  });
  render(
    <SidePanelApp
      tab={followTab(pinned)}
      lang={lang}
      translator={loadTranslator}
      close={close}
      // The side panel goes; a page opened as a tab for one tab stays, as a tab would.
      onPageMode={() => pinned === undefined && close()}
      onQuickLog={() => void client.request({ kind: 'open-quick-log' })}
      onOpenJournal={() => void client.request({ kind: 'open-journal' })}
    />,
    container,
  );
}

void main();

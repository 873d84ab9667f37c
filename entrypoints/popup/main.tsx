// The toolbar button's popup: Klartext on or off in the current tab's site, in the tab (for
// this browser session) and everywhere, and why it shows nothing in the tab if it does not,
// with what changes that (tab-facts.ts finds out, utils/popup-reason.ts decides). Everything
// it changes goes through the background, on the agent's own clicks in this extension page.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup, type PopupState } from '@/components/Popup';
import type { SwitchName } from '@/components/PopupReason';
import '@/components/popup.css';
import { resolveUiLang } from '@/utils/i18n';
import { loadTranslator } from '@/utils/locale-files';
import { createBackgroundClient, type Done } from '@/utils/messages';
import { sitePattern, type SelfHostedSite } from '@/utils/self-hosted';
import { readTab, targetTab, type TabView } from './tab-facts';

const root = document.getElementById('app')!;
const client = createBackgroundClient((message) => browser.runtime.sendMessage(message));

async function main(): Promise<void> {
  const tabId = await targetTab();
  let view: TabView = await readTab(tabId);
  let state: PopupState = { ...view, failed: false };
  // The popup lives for a moment: the language it opened in stays.
  const lang = resolveUiLang(view.uiLanguage, browser.i18n.getUILanguage());
  const t = await loadTranslator(lang);
  document.documentElement.lang = lang;

  const refresh = async (extra: Partial<PopupState> = {}) => {
    view = await readTab(tabId);
    state = { ...state, ...view, ...extra };
    show();
  };

  /**
   * Reads the tab again while `pending` holds, for a moment: the sidebar starts in the tab a
   * little after access is given or a switch turned on, and only then has its reply box.
   */
  const settle = async (pending: () => boolean) => {
    for (let wait = 0; pending() && wait < 20; wait += 1) {
      await new Promise((done) => setTimeout(done, 150));
      await refresh();
    }
  };

  /** A switch changed here; turned off, the popup offers to undo it. */
  const change = (name: SwitchName, enabled: boolean, done: Promise<Done>) => {
    void done.then(async (answer) => {
      await refresh({ failed: !answer.ok, undo: !enabled && answer.ok ? name : undefined });
      if (enabled) await settle(() => state.reason.kind === 'no-reply-box');
    });
  };

  const setSwitch = (name: SwitchName, enabled: boolean) => {
    if (name === 'everywhere') {
      change(name, enabled, client.request({ kind: 'set-enabled-everywhere', enabled }));
    } else if (name === 'site') {
      if (state.host === undefined) return;
      change(
        name,
        enabled,
        client.request({ kind: 'set-site-enabled', host: state.host, enabled }),
      );
    } else if (tabId !== undefined) {
      change(name, enabled, client.request({ kind: 'set-tab-enabled', tabId, enabled }));
    }
  };

  /**
   * Asks the browser for sites' access; asked in the click itself (browsers want a user
   * gesture). Once granted, the background starts the sidebar in the open tabs of those sites
   * at once (entrypoints/background/site-access.ts), so the agent loses no draft to a reload,
   * and registers `sites` for the pages opened later, even if this popup closed meanwhile.
   */
  const askAccess = (origins: string[], sites: SelfHostedSite[]) => {
    const granted = browser.permissions.request({ origins });
    for (const site of sites) void client.request({ kind: 'check-site', site });
    state = { ...state, asking: true, accessDenied: false };
    show();
    void granted.then(
      async (allowed) => {
        await refresh({ asking: false, accessDenied: !allowed });
        // The sidebar starts in the tab a moment later; then its switches show here.
        if (allowed) await settle(() => state.host === undefined);
      },
      () => {
        state = { ...state, asking: false, accessDenied: true };
        show();
      },
    );
  };

  const show = () => {
    render(
      <Popup
        t={t}
        state={state}
        onSite={(enabled) => setSwitch('site', enabled)}
        onTab={(enabled) => setSwitch('tab', enabled)}
        onEverywhere={(enabled) => setSwitch('everywhere', enabled)}
        onUndo={(name) => {
          setSwitch(name, true);
          // The undo button goes away with the note: the focus goes to the switch it undid.
          root.querySelector<HTMLElement>(`[data-klartext-switch="${name}"]`)?.focus();
        }}
        onOpenSettings={() => {
          void browser.runtime.openOptionsPage();
          window.close();
        }}
        onAllowAccess={() => askAccess(view.withheld, view.withheldSites)}
        onCheckSite={() => {
          if (view.reason.kind !== 'new-site') return;
          askAccess([sitePattern(view.reason.site)], [view.reason.site]);
        }}
      />,
      root,
    );
  };

  show();
}

void main();

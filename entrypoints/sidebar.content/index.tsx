// The sidebar content script: runs in the top frame of ticketing pages (and reaches into
// same-origin iframes, see editor/frames.ts). Starts a sidebar session unless Klartext is off for
// this site, and follows the settings while the page is open.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import {
  extensionStorage,
  isHostDisabled,
  loadSettings,
  watchSettings,
  type Settings,
} from '@/utils/settings';
import { createBackgroundClient, parseTabMessage, type PingAnswer } from '@/utils/messages';
import { watchSwitches } from '@/utils/switches/watch';
import type { ContentScriptContext } from './context';
import { SIDEBAR_MATCHES } from './matches';
import { startSession, type Session } from './session';

/** The isolated world's mark of the sidebar script running in this page. */
const RUNNING = '__klartextSidebar';

export default defineContentScript({
  matches: SIDEBAR_MATCHES,
  runAt: 'document_idle',
  // The styles go into the shadow root as text (panel.tsx), never into the page.
  cssInjectionMode: 'manual',
  async main(wxtContext) {
    // WXT's wrapper builds our own context class (context.ts, aliased in wxt.config.ts): one
    // that tells the page nothing and cannot be stopped by it.
    const ctx = wxtContext as unknown as ContentScriptContext;
    // One sidebar per page: the background also runs this script in tabs of a site whose access
    // was just given back (entrypoints/background/site-access.ts), where it may run already.
    // A copy left over from before an update is invalid and does not count.
    const world = globalThis as { [RUNNING]?: ContentScriptContext };
    if (world[RUNNING] && !world[RUNNING].isInvalid) return;
    world[RUNNING] = ctx;
    let session: Session | undefined;
    // The popup asks whether Klartext runs in this tab (TabMessage 'ping') and whether it
    // watches a reply box, to say why nothing shows on a page without one.
    const answerPing = (message: unknown) =>
      parseTabMessage(message)?.kind === 'ping'
        ? Promise.resolve<PingAnswer>({ replyBox: session?.model.store.get().attached === true })
        : undefined;
    browser.runtime.onMessage.addListener(answerPing);
    ctx.signal.addEventListener('abort', () =>
      browser.runtime.onMessage.removeListener(answerPing),
    );
    const storage = extensionStorage(browser);
    const host = location.hostname;

    let latest: Settings | undefined;
    const follow = (settings: Settings) => {
      latest = settings;
      if (ctx.isInvalid) return;
      if (isHostDisabled(settings, host) || switches.off()) {
        session?.stop();
        session = undefined;
        return;
      }
      if (session) session.applySettings(settings);
      else
        session = startSession(ctx, settings, () => {
          session = undefined;
        });
    };

    // Off everywhere (a setting) or in this tab (kept by the background for this session).
    const client = createBackgroundClient((message) => browser.runtime.sendMessage(message));
    const switches = await watchSwitches({
      storage,
      askTab: () => client.request({ kind: 'get-tab-state' }),
      listen(listener) {
        browser.runtime.onMessage.addListener(listener);
        return () => browser.runtime.onMessage.removeListener(listener);
      },
      parseTabMessage,
      onChange: () => {
        if (latest) follow(latest);
      },
      signal: ctx.signal,
    });
    const settings = await loadSettings(storage);
    watchSettings(storage, settings, follow, ctx.signal);
    follow(settings);
  },
});

// The sidebar content script: runs in the top frame of ticketing pages (and reaches into
// same-origin iframes, see frames.ts). Starts a sidebar session unless Klartext is off for
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
import { SIDEBAR_MATCHES } from './matches';
import { startSession, type Session } from './session';

export default defineContentScript({
  matches: SIDEBAR_MATCHES,
  runAt: 'document_idle',
  // The styles go into the shadow root as text (session.tsx), never into the page.
  cssInjectionMode: 'manual',
  async main(ctx) {
    const storage = extensionStorage(browser);
    const host = location.hostname;
    let session: Session | undefined;

    const follow = (settings: Settings) => {
      if (ctx.isInvalid) return;
      if (isHostDisabled(settings, host)) {
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

    const settings = await loadSettings(storage);
    watchSettings(storage, settings, follow, ctx.signal);
    follow(settings);
  },
});

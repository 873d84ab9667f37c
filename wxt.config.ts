import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { SIDEBAR_MATCHES } from './entrypoints/sidebar.content/matches';

// Manifest V3 for Chromium and Firefox. Nothing here grants network access beyond
// the pages the content script reads; the extension never talks to a server.
export default defineConfig({
  // Explicit imports everywhere: names say where they come from.
  imports: false,
  // Parallel work (several builds at once) may build elsewhere; tests read KLARTEXT_EXTENSION_DIR.
  outDir: process.env.KLARTEXT_OUT_DIR ?? '.output',
  manifestVersion: 3,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // alarms + notifications: the journal's optional check-in reminder and break suggestion.
    permissions: ['storage', 'alarms', 'notifications', 'scripting'],
    // The sites the sidebar runs on, again as host permissions: the background injects the rule
    // engine into a sidebar once its page has a reply box (utils/engine-loader.ts), and
    // scripting.executeScript needs them (content script matches alone do not let it). They ask
    // for nothing beyond what the content script already has.
    host_permissions: SIDEBAR_MATCHES,
    // Self-hosted helpdesks: asked for one host at a time when the user adds it in the options
    // page, and given back when removed (utils/self-hosted.ts).
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // The journal's quick log is framed by the sidebar on the sites it runs on; only that page
    // (not its scripts, which load from the extension's own origin) has to be reachable.
    web_accessible_resources: [{ resources: ['journal-quicklog.html'], matches: SIDEBAR_MATCHES }],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandToggleSidebar__',
      },
    },
    // Chrome validates policy (storage.managed) against this schema; Firefox reads the policy's
    // 3rdparty.Extensions entry without one (utils/packs/managed.ts, README).
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'klartext@klartext.local', strict_min_version: '128.0' },
          },
        }
      : {}),
  }),
});

import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { LOCAL_MATCHES, SIDEBAR_MATCHES } from './entrypoints/sidebar.content/matches';

// The test build (npm run build:test: the e2e tests, the demo, the benches) also runs on local
// pages; a production build never does (entrypoints/sidebar.content/matches.ts).
const LOCAL_PAGES = process.env.KLARTEXT_LOCAL_PAGES === '1';
const SITES = LOCAL_PAGES ? [...LOCAL_MATCHES, ...SIDEBAR_MATCHES] : SIDEBAR_MATCHES;

// Extension pages load only their own files, talk to nothing but the extension itself and
// cannot be pointed elsewhere by a <base> or a form: a second line behind "no remote calls".
// Styles may be inline (Preact's style attributes, the journal's compiled stylesheet).
const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
].join('; ');

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
    resolve: {
      // WXT's content script context announces itself to the page and can be stopped by it;
      // the sidebar's replacement does neither (entrypoints/sidebar.content/context.ts).
      alias: [
        {
          find: /^wxt\/utils\/content-script-context$/,
          replacement: fileURLToPath(
            new URL('./entrypoints/sidebar.content/context.ts', import.meta.url),
          ),
        },
      ],
    },
  }),
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      if (!LOCAL_PAGES) return;
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...LOCAL_MATCHES, ...(script.matches ?? [])];
      }
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // alarms + notifications: the journal's optional check-in reminder and break suggestion.
    // unlimitedStorage, Firefox only: with it Firefox treats the extension's IndexedDB (the
    // journal) as persistent storage by itself; without it, the journal page's
    // navigator.storage.persist() puts a permission prompt in front of the agent each time.
    // activeTab: a click on the toolbar button lends the popup the tab's address, so it can
    // name the site when the browser withholds Klartext's access to it (components/Popup.tsx).
    permissions: [
      'activeTab',
      'storage',
      'alarms',
      'notifications',
      'scripting',
      ...(browser === 'firefox' ? ['unlimitedStorage'] : []),
    ],
    // The sites the sidebar runs on, again as host permissions: the background injects the rule
    // engine into a sidebar once its page has a reply box (utils/sidebar/engine-loader.ts), and
    // scripting.executeScript needs them (content script matches alone do not let it). They ask
    // for nothing beyond what the content script already has.
    host_permissions: SITES,
    // Self-hosted helpdesks: asked for one host at a time when the user adds it in the options
    // page, and given back when removed (utils/self-hosted.ts).
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // No web_accessible_resources: no page can load, frame or probe any of Klartext's files.
    // The quick log opens in an extension window of its own (entrypoints/background/journal.ts).
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
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
            gecko: {
              id: 'klartext@klartext.local',
              // 140 (an ESR): the first to read data_collection_permissions.
              strict_min_version: '140.0',
              // Firefox's declaration of what an add-on collects and sends: nothing.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});

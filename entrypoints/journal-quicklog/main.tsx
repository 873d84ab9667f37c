// The quick log (journal-quicklog.html, unlisted): mood, stress, save, meant to be framed by
// the sidebar beside the reply box.
//
// Contract for the frame's host (the sidebar content script):
// - URL: browser.runtime.getURL('/journal-quicklog.html'), optionally with `?theme=light` or
//   `?theme=dark` to match the sidebar; without it the page follows prefers-color-scheme. The
//   language is Klartext's UI language setting, read here from extension storage. Put nothing
//   about the ticket or the agent in the URL: the host page can read a frame's src.
// - Embed: <iframe src=URL title="…" style="border:0;width:100%;height:220px">. The content
//   fits 280-400 px wide and about 210 px high; it needs no permissions or `allow` features.
// - It posts nothing to its parent (no postMessage, no events): the host page learns nothing,
//   not even that an entry was saved. Entries go straight into the journal database in the
//   extension origin; open journal pages hear about it on a same-origin BroadcastChannel.
// - The manifest must list it in web_accessible_resources for the sites the sidebar runs on,
//   or Chromium and Firefox refuse to load it inside a web page.
// - Chromium does not partition the storage of chrome-extension:// frames, so the entry lands
//   in the same IndexedDB as the journal page's.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { QuickLog } from '@/components/journal/QuickLog';
import '@/components/journal/journal.css';
import { createTranslator, resolveUiLang, type Translate } from '@/utils/i18n';
import { Journal, requestPersistentStorage } from '@/utils/journal';
import { JOURNAL_CHANNEL } from '@/utils/journal/channel';
import { createQuickLogModel } from '@/utils/journal/quicklog-model';
import { DEFAULT_SETTINGS, extensionStorage, loadSettings } from '@/utils/settings';
import { useStore } from '@/utils/use-store';

const root = document.getElementById('app')!;
const theme = new URLSearchParams(location.search).get('theme');
if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;

const channel = new BroadcastChannel(JOURNAL_CHANNEL);
let opening: Promise<Journal> | null = null;

function journal(): Promise<Journal> {
  opening ??= Journal.open({
    onChange: () => channel.postMessage('changed'),
    onClosedForUpgrade: () => {
      opening = null;
    },
  }).catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

const model = createQuickLogModel({ journal, afterSave: () => void requestPersistentStorage() });

function Page({ t }: { t: Translate }) {
  const state = useStore(model.store);
  return (
    <QuickLog
      t={t}
      state={state}
      journalUrl={browser.runtime.getURL('/journal.html')}
      onMood={model.setMood}
      onStress={model.setStress}
      onSave={() => void model.save()}
    />
  );
}

void loadSettings(extensionStorage(browser))
  .catch(() => DEFAULT_SETTINGS)
  .then((settings) => {
    const lang = resolveUiLang(settings.uiLanguage, browser.i18n.getUILanguage());
    const t = createTranslator(lang);
    document.documentElement.lang = lang;
    document.title = t('journalQuickTitle');
    render(<Page t={t} />, root);
  });

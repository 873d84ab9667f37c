// The quick log (journal-quicklog.html, unlisted): mood, stress, save, meant to be framed by
// the sidebar beside the reply box.
//
// Contract for the frame's host (the sidebar content script):
// - URL: browser.runtime.getURL('/journal-quicklog.html'), optionally with `?theme=light` or
//   `?theme=dark` to match the sidebar; without it the page follows prefers-color-scheme. The
//   language is Klartext's UI language setting, read here from extension storage. Put nothing
//   about the ticket or the agent in the URL: the host page can read a frame's src.
// - Embed: <iframe src=URL title="…" style="border:0;width:100%;height:280px">. The content
//   fits 280-400 px wide and about 270 px high; it needs no permissions or `allow` features.
// - It posts nothing to its parent (no postMessage, no events): the host page learns nothing,
//   not even that an entry was saved. Entries go to the background (message
//   `journal-quick-log`), which writes the journal database in the extension origin; open
//   journal pages hear about it on a same-origin BroadcastChannel.
// - The manifest must list it in web_accessible_resources for the sites the sidebar runs on,
//   or Chromium and Firefox refuse to load it inside a web page.
// - The frame does not open IndexedDB itself: a browser may partition an embedded frame's
//   storage by the top-level site, and the entry must land where journal.html reads it.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { QuickLog } from '@/components/journal/QuickLog';
import '@/components/journal/journal.css';
import { resolveUiLang, type Translate } from '@/utils/i18n';
import { loadTranslator } from '@/utils/locale-files';
import { JournalError, requestPersistentStorage } from '@/utils/journal';
import { createQuickLogModel, type QuickLogSink } from '@/utils/journal/quicklog-model';
import { createBackgroundClient } from '@/utils/messages';
import { DEFAULT_SETTINGS, extensionStorage, loadSettings } from '@/utils/settings';
import { useStore } from '@/utils/use-store';

const root = document.getElementById('app')!;
const theme = new URLSearchParams(location.search).get('theme');
if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;

const client = createBackgroundClient((message) => browser.runtime.sendMessage(message));

/** Saves through the background, which owns the journal database. */
const background: QuickLogSink = {
  async add({ mood, stress, note = '' }) {
    const done = await client.request({ kind: 'journal-quick-log', entry: { mood, stress, note } });
    if (!done.ok) {
      const code = 'code' in done && done.code ? done.code : 'storage';
      throw new JournalError(code, 'details' in done && done.details ? done.details : done.error);
    }
  },
};

const model = createQuickLogModel({
  sink: background,
  afterSave: () => void requestPersistentStorage(),
});

function Page({ t, lang }: { t: Translate; lang: string }) {
  const state = useStore(model.store);
  return (
    <QuickLog
      t={t}
      lang={lang}
      state={state}
      journalUrl={browser.runtime.getURL('/journal.html')}
      onMood={model.setMood}
      onStress={model.setStress}
      onNote={model.setNote}
      onSave={() => void model.save()}
      onOpenJournal={() => void client.request({ kind: 'open-journal' })}
    />
  );
}

void loadSettings(extensionStorage(browser))
  .catch(() => DEFAULT_SETTINGS)
  .then(async (settings) => {
    const lang = resolveUiLang(settings.uiLanguage, browser.i18n.getUILanguage());
    const t = await loadTranslator(lang);
    document.documentElement.lang = lang;
    document.title = t('journalQuickTitle');
    render(<Page t={t} lang={lang} />, root);
  });

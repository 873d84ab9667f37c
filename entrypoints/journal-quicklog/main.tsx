// The quick log (journal-quicklog.html, unlisted): mood, stress, an optional note, save. It
// opens in a small extension window of its own (the sidebar's "Quick log" button asks the
// background: entrypoints/background/journal.ts), never inside the ticketing page: that page
// could frame, cover, navigate or script anything within itself. The manifest has no
// web_accessible_resources, so no web page can load this page either.
// - Entries go to the background (message `journal-quick-log`, accepted from extension pages
//   only), which writes the journal database; open journal pages hear about it on a
//   same-origin BroadcastChannel.
// - Once an entry is saved the window says so and closes itself a moment later.
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
/** Long enough to read "Saved", short enough not to stand in the way. */
const CLOSE_AFTER_SAVE_MS = 1_200;

const client = createBackgroundClient((message) => browser.runtime.sendMessage(message));

/** Saves through the background, which owns the journal database. */
const background: QuickLogSink = {
  async add({ mood, stress, note = '' }) {
    const done = await client.request({
      kind: 'journal-quick-log',
      entry: { mood, stress: stress ?? null, note },
    });
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
model.store.subscribe(() => {
  if (model.store.get().status === 'saved')
    window.setTimeout(() => window.close(), CLOSE_AFTER_SAVE_MS);
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

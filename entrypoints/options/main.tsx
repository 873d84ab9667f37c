// The options page: UI language, the sites where Klartext is off, rule packs and self-hosted
// helpdesks. It reads and watches the settings in extension storage and changes them through
// the background.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Options } from '@/components/Options';
import '@/components/options.css';
import { resolveUiLang } from '@/utils/i18n';
import { loadTranslator } from '@/utils/locale-files';
import { createBackgroundClient } from '@/utils/messages';
import { extensionStorage, loadSettings, watchSettings, type Settings } from '@/utils/settings';
import { PacksPage, startPacksPage } from './packs';
import { SelfHostedPage, startSelfHostedPage } from './self-hosted';

const root = document.getElementById('app')!;
const storage = extensionStorage(browser);
const client = createBackgroundClient((message) => browser.runtime.sendMessage(message));
const packs = startPacksPage(client, new AbortController().signal);
const selfHosted = startSelfHostedPage(new AbortController().signal);

/** Counts renders: a language's texts may arrive after newer settings were shown. */
let shown = 0;

async function show(settings: Settings): Promise<void> {
  const turn = ++shown;
  const lang = resolveUiLang(settings.uiLanguage, browser.i18n.getUILanguage());
  const t = await loadTranslator(lang);
  if (turn !== shown) return;
  document.documentElement.lang = lang;
  document.title = t('optionsTitle');
  render(
    <Options
      t={t}
      settings={settings}
      onUiLanguage={(uiLanguage) => void client.request({ kind: 'set-ui-language', uiLanguage })}
      onCheckInternalNotes={(check) =>
        void client.request({ kind: 'set-check-internal-notes', check })
      }
      onAgentName={(name) => void client.request({ kind: 'set-agent-name', name })}
      onEnableSite={(host) =>
        void client.request({ kind: 'set-site-enabled', host, enabled: true })
      }
    >
      <PacksPage model={packs} t={t} lang={lang} />
      <SelfHostedPage model={selfHosted} t={t} />
    </Options>,
    root,
  );
}

void loadSettings(storage).then((settings) => {
  void show(settings);
  watchSettings(storage, settings, (next) => void show(next), new AbortController().signal);
});

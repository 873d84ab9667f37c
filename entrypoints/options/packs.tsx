// The rule-pack part of the options page: the model (utils/packs/options-model.ts) fed with the
// installed packs from extension storage, its state rendered by <PacksSection>.
import { browser } from 'wxt/browser';
import { PacksSection } from '@/components/packs/PacksSection';
import '@/components/packs/packs.css';
import type { Lang } from '@/rules';
import type { Translate } from '@/utils/i18n';
import type { BackgroundClient } from '@/utils/messages';
import { createPacksPageModel, type PacksPageModel } from '@/utils/packs/options-model';
import { loadPackState, watchPackState } from '@/utils/packs/state';
import { extensionStorage } from '@/utils/settings';
import { useStore } from '@/utils/use-store';

/** Saves a text as a file through the browser's download (a blob URL: nothing leaves the device). */
function download(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function startPacksPage(client: BackgroundClient, signal: AbortSignal): PacksPageModel {
  const storage = extensionStorage(browser);
  const model = createPacksPageModel({ client, download });
  void loadPackState(storage).then(model.setInstalled);
  watchPackState(storage, model.setInstalled, signal);
  return model;
}

export function PacksPage({ model, t, lang }: { model: PacksPageModel; t: Translate; lang: Lang }) {
  const state = useStore(model.store);
  return <PacksSection t={t} lang={lang} state={state} actions={model} />;
}

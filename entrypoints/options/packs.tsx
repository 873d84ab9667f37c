// The rule-pack part of the options page: the model (utils/packs/options-model.ts) fed with the
// installed packs from extension storage, its state rendered by <PacksSection>.
import { browser } from 'wxt/browser';
import { PacksSection } from '@/components/packs/PacksSection';
import '@/components/packs/packs.css';
import type { Lang } from '@/rules';
import { downloadText } from '@/utils/download';
import type { Translate } from '@/utils/i18n';
import type { BackgroundClient } from '@/utils/messages';
import { createPacksPageModel, type PacksPageModel } from '@/utils/packs/options-model';
import { loadPackState, watchPackState } from '@/utils/packs/state';
import { extensionStorage } from '@/utils/settings';
import { useStore } from '@/utils/use-store';

export function startPacksPage(client: BackgroundClient, signal: AbortSignal): PacksPageModel {
  const storage = extensionStorage(browser);
  const download = (filename: string, text: string) =>
    downloadText(filename, 'application/json', text);
  const model = createPacksPageModel({ client, download });
  void loadPackState(storage).then(model.setInstalled);
  watchPackState(storage, model.setInstalled, signal);
  return model;
}

export function PacksPage({ model, t, lang }: { model: PacksPageModel; t: Translate; lang: Lang }) {
  const state = useStore(model.store);
  return <PacksSection t={t} lang={lang} state={state} actions={model} />;
}

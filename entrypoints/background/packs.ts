// Rule packs in the background: the writer for installed packs and local adjustments, and the
// policy sync (storage.managed) that installs managed packs and enforces managed settings.
import { browser } from 'wxt/browser';
import { applyPolicy, policySettingsWriter, readPolicy } from '@/utils/packs/managed';
import { loadPackState } from '@/utils/packs/state';
import { createPackWriter, type PackWriter } from '@/utils/packs/writer';
import { createSettingsWriter, extensionStorage, type SettingsWriter } from '@/utils/settings';

export interface PacksBackground {
  packs: PackWriter;
  /** The settings writer, refusing changes the policy forbids. */
  settings: SettingsWriter;
}

export function startPacksBackground(): PacksBackground {
  const storage = extensionStorage(browser);
  const inner = createSettingsWriter(storage);
  const packs = createPackWriter(storage);
  const settings = policySettingsWriter(inner, async () => {
    return (await loadPackState(storage)).managedSettings;
  });
  // The policy is read whenever the worker starts and whenever the administrator changes it;
  // applying it runs in the pack writer's queue, so it never races an import.
  const sync = () =>
    packs
      .enqueue(async () => {
        await applyPolicy(await readPolicy(browser.storage.managed), storage, inner);
      })
      .catch((error: unknown) => console.warn('Klartext: could not apply the policy', error));
  void sync();
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void sync();
  });
  return { packs, settings };
}

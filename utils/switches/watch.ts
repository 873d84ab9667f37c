// Turning Klartext off, the content script's side: reads the switches once and follows them.
import type { TabMessage } from '../message-base';
import type { SettingsStorage } from '../settings';
import { OFF_EVERYWHERE_KEY, type TabState } from './protocol';

export interface SwitchWatchDeps {
  /** Extension storage (storage.local), where "off everywhere" lives. */
  storage: Pick<SettingsStorage, 'get' | 'watch'>;
  /** Asks the background about this tab (it knows the tab from the message's sender). */
  askTab(): Promise<TabState>;
  /** Subscribes to messages from the background; returns a function that unsubscribes. */
  listen(listener: (message: unknown) => void): () => void;
  parseTabMessage(message: unknown): TabMessage | undefined;
  /** Called when a switch changed. */
  onChange(): void;
  signal: AbortSignal;
}

export interface SwitchWatch {
  /** Whether Klartext is off here: everywhere or in this tab. */
  off(): boolean;
}

/** The content script's side: reads the switches once and follows them until `signal` aborts. */
export async function watchSwitches(deps: SwitchWatchDeps): Promise<SwitchWatch> {
  const [stored, tab] = await Promise.all([deps.storage.get([OFF_EVERYWHERE_KEY]), deps.askTab()]);
  let offEverywhere = stored[OFF_EVERYWHERE_KEY] === true;
  // Without an answer (the extension was reloaded), the tab counts as on.
  let offInTab = tab.ok ? tab.tabEnabled === false : false;
  if (deps.signal.aborted) return { off: () => offEverywhere || offInTab };
  const stopStorage = deps.storage.watch((changes) => {
    if (!(OFF_EVERYWHERE_KEY in changes)) return;
    const next = changes[OFF_EVERYWHERE_KEY] === true;
    if (next === offEverywhere) return;
    offEverywhere = next;
    deps.onChange();
  });
  const stopMessages = deps.listen((message) => {
    const parsed = deps.parseTabMessage(message);
    if (parsed?.kind !== 'tab-enabled' || parsed.enabled === !offInTab) return;
    offInTab = !parsed.enabled;
    deps.onChange();
  });
  deps.signal.addEventListener(
    'abort',
    () => {
      stopStorage();
      stopMessages();
    },
    { once: true },
  );
  return { off: () => offEverywhere || offInTab };
}

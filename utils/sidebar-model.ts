// The sidebar's state and what the user can do with it. The content script feeds it drafts
// and settings; the components only render its state. Dependencies come in, so the model
// runs in unit tests with a fake client and the real engine.
import type { CheckInput, CheckResult, Lang } from '@/rules';
import { resolveUiLang } from './i18n';
import type { BackgroundClient, Done } from './messages';
import type { Settings } from './settings';
import { createStore, type Store } from './store';

export interface SidebarState {
  collapsed: boolean;
  uiLang: Lang;
  /** Whether a reply box is being watched. */
  attached: boolean;
  /** The draft the findings belong to (their offsets point into it). */
  draft: string;
  result: CheckResult | undefined;
  /** Why a draft has no result: the check could not start (the engine did not load). */
  failure?: string | undefined;
}

export interface SidebarModelDeps {
  settings: Settings;
  /** browser.i18n.getUILanguage(), for uiLanguage 'auto'. */
  browserLanguage: string;
  /** The page's host name, the unit of "off on this site". */
  host: string;
  client: BackgroundClient;
  /** undefined: no answer yet (the engine is still loading); a later recheck() brings it. */
  check(input: CheckInput): CheckResult | undefined;
  /** Why check() has no answer, if it failed rather than is still on its way. */
  checkFailure?(): string | undefined;
}

export interface SidebarModel {
  readonly store: Store<SidebarState>;
  /** Checks the draft unless it, the customer's message and the UI language are unchanged. */
  update(draft: string, customer: string | undefined): void;
  /** The watched reply box went away. */
  detach(): void;
  toggleCollapsed(): void;
  disableSite(): Promise<Done>;
  applySettings(settings: Settings): void;
  /** Checks the current draft again (the rules changed: a pack, an adjustment, an ignore). */
  recheck(): void;
}

export function createSidebarModel(deps: SidebarModelDeps): SidebarModel {
  const store = createStore<SidebarState>({
    collapsed: deps.settings.collapsed,
    uiLang: resolveUiLang(deps.settings.uiLanguage, deps.browserLanguage),
    attached: false,
    draft: '',
    result: undefined,
  });
  let customer: string | undefined;

  const run = (draft: string, uiLang: Lang) => {
    // An empty draft has nothing to check yet; the panel shows how to start instead.
    const empty = draft.trim() === '';
    const result = empty ? undefined : deps.check({ draft, customer, uiLang });
    const failure = result || empty ? undefined : deps.checkFailure?.();
    store.set({ attached: true, draft, result, uiLang, failure });
  };

  return {
    store,
    update(draft, nextCustomer) {
      const state = store.get();
      if (state.attached && draft === state.draft && nextCustomer === customer) return;
      customer = nextCustomer;
      run(draft, state.uiLang);
    },
    detach() {
      store.set({ attached: false, draft: '', result: undefined });
    },
    toggleCollapsed() {
      const collapsed = !store.get().collapsed;
      store.set({ collapsed });
      void deps.client.request({ kind: 'set-collapsed', collapsed });
    },
    disableSite() {
      return deps.client.request({ kind: 'set-site-enabled', host: deps.host, enabled: false });
    },
    applySettings(settings) {
      // The collapsed state is this page's own once loaded: another tab toggling it must
      // not fold the panel under the agent's hands.
      const uiLang = resolveUiLang(settings.uiLanguage, deps.browserLanguage);
      const state = store.get();
      if (uiLang === state.uiLang) return;
      if (state.attached) run(state.draft, uiLang);
      else store.set({ uiLang });
    },
    recheck() {
      const state = store.get();
      if (state.attached) run(state.draft, state.uiLang);
    },
  };
}

// The side panel's view: the same <Sidebar> as in the page, drawn from the view the followed
// tab's content script sends (follow-tab.ts); what the agent does here goes back to that tab,
// which carries it out as if it came from its own panel. Without a tab to show, it says so.
import { useEffect, useState } from 'preact/hooks';
import { PlacementMenu } from '@/components/PlacementMenu';
import { Sidebar } from '@/components/Sidebar';
import { Logo } from '@/components/icons';
import type { Lang } from '@/rules';
import type { FindingView } from '@/utils/sidebar/finding-view';
import type { Translate } from '@/utils/i18n';
import type { FromSidePanel } from '@/utils/side-panel/protocol';
import { useStore } from '@/utils/use-store';
import type { FollowedTab } from './follow-tab';

export interface SidePanelAppProps {
  tab: FollowedTab;
  /** The UI language while no tab says which (the settings' choice). */
  lang: Lang;
  translator(lang: Lang): Promise<Translate>;
  /** Closes the side panel (its close button, Escape). */
  close(): void;
  /** The agent chose a place in the page: the page shows the findings again. */
  onPageMode(): void;
  onQuickLog(): void;
  onOpenJournal(): void;
}

export function SidePanelApp(props: SidePanelAppProps) {
  const { view } = useStore(props.tab.view);
  const lang = view?.lang ?? props.lang;
  const [texts, setTexts] = useState<Partial<Record<Lang, Translate>>>({});
  useEffect(() => {
    if (texts[lang]) return;
    void props.translator(lang).then((t) => setTexts((loaded) => ({ ...loaded, [lang]: t })));
  }, [lang, texts, props]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  // Until the language's texts are here, the previous language's stay on screen.
  const t = texts[lang] ?? Object.values(texts)[0];
  if (!t) return null;
  const send = (message: FromSidePanel) => props.tab.send(message);
  const byKey = (kind: 'ignore-once' | 'disable-rule' | 'allow-words') => (f: FindingView) =>
    send({ kind: 'finding-action', action: kind, key: f.key });

  if (!view) {
    return (
      <aside class="kt-panel" data-klartext-panel="" aria-label={t('sidebarLabel')} lang={lang}>
        <header class="kt-head">
          <Logo />
          <span class="kt-title">Klartext</span>
        </header>
        <div class="kt-body">
          <p class="kt-empty" data-klartext-no-tab="">
            {t('sidePanelNoTab')}
          </p>
        </div>
      </aside>
    );
  }
  return (
    <Sidebar
      t={t}
      lang={view.lang}
      host={view.host}
      collapsed={false}
      status={view.status}
      failure={view.failure}
      categories={view.categories}
      findings={view.findings}
      findingsTotal={view.findingsTotal}
      safeFixes={view.safeFixes}
      partial={view.partial}
      onToggleCollapsed={props.close}
      onClose={props.close}
      onDisableSite={() => send({ kind: 'off', scope: 'site' })}
      onDisableTab={() => send({ kind: 'off', scope: 'tab' })}
      onDisableEverywhere={() => send({ kind: 'off', scope: 'everywhere' })}
      onSelectFinding={(f) => send({ kind: 'select-finding', key: f.key })}
      onApplySuggestion={(f, suggestion) =>
        send({ kind: 'apply-suggestion', key: f.key, suggestion })
      }
      onFixAllSafe={() => send({ kind: 'fix-all-safe' })}
      findingActions={{
        onIgnoreOnce: byKey('ignore-once'),
        onDisableRule: byKey('disable-rule'),
        onAllow: byKey('allow-words'),
      }}
      journal={{ onQuickLog: props.onQuickLog, onOpenJournal: props.onOpenJournal }}
      headerControls={
        <PlacementMenu
          t={t}
          mode={view.mode}
          side="right"
          onMode={(mode) => {
            send({ kind: 'set-mode', mode });
            // A place in the page: the page shows the findings again, this panel goes.
            if (mode !== 'sidepanel') props.onPageMode();
          }}
          onSide={(side) => send({ kind: 'set-side', side })}
        />
      }
    />
  );
}

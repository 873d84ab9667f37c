// The Klartext panel: header with the summary and the collapse control, the checklist, the
// findings and a footer with the privacy note and "off on this site". Props in, events out.
import type { CategoryView, FindingView } from '@/utils/finding-view';
import type { Translate } from '@/utils/i18n';
import type { Lang } from '@/rules';
import { Checklist } from './Checklist';
import { FindingCard } from './FindingCard';
import { OffMenu } from './OffMenu';
import { SidebarJournal, type SidebarJournalProps } from './journal/SidebarJournal';
import type { FindingActions } from './packs/FindingActions';
import { ChevronDown, ChevronUp, Lock, Logo, Power } from './icons';

/**
 * What the panel can show: no reply box yet, an empty reply, a reply being checked, a reply the
 * check could not start on, or a checked reply.
 */
export type SidebarStatus = 'no-reply-box' | 'empty' | 'checking' | 'unavailable' | 'checked';

export interface SidebarProps {
  t: Translate;
  lang: Lang;
  host: string;
  collapsed: boolean;
  status: SidebarStatus;
  /** With status 'unavailable': why (the browser's words). */
  failure?: string | undefined;
  categories: readonly CategoryView[];
  findings: readonly FindingView[];
  onToggleCollapsed(): void;
  onDisableSite(): void;
  /** Off in this tab / everywhere (the header's menu; absent, no menu). */
  onDisableTab?(): void;
  onDisableEverywhere?(): void;
  onSelectFinding(finding: FindingView): void;
  onApplySuggestion(finding: FindingView, suggestion: string): void;
  /** The private journal's buttons (quick log window, journal page); absent, no journal corner. */
  journal?: Omit<SidebarJournalProps, 't'>;
  /** Local adjustments from a finding (ignore once, rule off, allow words). */
  findingActions?: FindingActions;
}

function summaryText(t: Translate, status: SidebarStatus, count: number): string {
  if (status === 'checking') return t('summaryChecking');
  if (status === 'unavailable') return t('summaryUnavailable');
  if (status !== 'checked') return t('summaryWaiting');
  if (count === 0) return t('summaryNone');
  return count === 1 ? t('summaryOne') : t('summaryMany', String(count));
}

export function Sidebar(props: SidebarProps) {
  const { t, collapsed, status, findings } = props;
  const tone = status !== 'checked' ? 'idle' : findings.length === 0 ? 'ok' : 'hints';
  return (
    <aside
      class="kt-panel"
      data-klartext-panel=""
      data-collapsed={String(collapsed)}
      aria-label={t('sidebarLabel')}
      lang={props.lang}
    >
      <header class="kt-head">
        <Logo />
        <span class="kt-title">Klartext</span>
        <span class="kt-summary" data-tone={tone} role="status">
          {summaryText(t, status, findings.length)}
        </span>
        {props.onDisableTab && props.onDisableEverywhere && (
          <OffMenu
            t={t}
            host={props.host}
            onDisableTab={props.onDisableTab}
            onDisableSite={props.onDisableSite}
            onDisableEverywhere={props.onDisableEverywhere}
          />
        )}
        <button
          type="button"
          class="kt-icon-button"
          data-klartext-action="collapse"
          aria-expanded={!collapsed}
          aria-label={collapsed ? t('expand') : t('collapse')}
          title={collapsed ? t('expand') : t('collapse')}
          onClick={props.onToggleCollapsed}
        >
          {collapsed ? <ChevronUp /> : <ChevronDown />}
        </button>
      </header>
      {!collapsed && (
        <>
          <div class="kt-body">
            {status === 'no-reply-box' && <p class="kt-empty">{t('noReplyBox')}</p>}
            {status === 'empty' && <p class="kt-empty">{t('emptyDraft')}</p>}
            {status === 'unavailable' && (
              <p class="kt-empty" role="alert" data-klartext-failure="">
                {t('checkUnavailable')} {props.failure}
              </p>
            )}
            {status === 'checked' && (
              <>
                <Checklist t={t} categories={props.categories} />
                <section class="kt-section" aria-labelledby="kt-findings-title">
                  <h2 class="kt-section-title" id="kt-findings-title">
                    {t('findingsTitle')}
                  </h2>
                  {findings.length === 0 ? (
                    <p class="kt-empty kt-empty-ok">{t('noFindings')}</p>
                  ) : (
                    <ul class="kt-findings">
                      {findings.map((finding) => (
                        <FindingCard
                          key={finding.key}
                          t={t}
                          finding={finding}
                          onSelect={props.onSelectFinding}
                          onApply={props.onApplySuggestion}
                          actions={props.findingActions}
                        />
                      ))}
                    </ul>
                  )}
                </section>
              </>
            )}
          </div>
          {props.journal && <SidebarJournal t={t} {...props.journal} />}
          <footer class="kt-foot">
            <span class="kt-privacy" title={t('privacyNoteLong')}>
              <Lock />
              {t('privacyNote')}
            </span>
            <button
              type="button"
              class="kt-text-button"
              data-klartext-action="disable-site"
              title={t('disableSiteTitle', props.host)}
              onClick={props.onDisableSite}
            >
              <Power />
              {t('disableSite')}
            </button>
          </footer>
        </>
      )}
    </aside>
  );
}

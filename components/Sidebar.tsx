// The Klartext panel: header with the summary and the collapse control, the checklist, the
// findings and a footer with the privacy note and "off on this site". Props in, events out.
import type { ComponentChildren } from 'preact';
import {
  firstOfEachCategory,
  type CategoryView,
  type FindingView,
} from '@/utils/sidebar/finding-view';
import { NO_SITE_ACCESS } from '@/utils/sidebar/engine-loader';
import type { Translate } from '@/utils/i18n';
import type { Lang } from '@/rules';
import { Checklist, type ContextNote } from './Checklist';
import { FindingCard } from './FindingCard';
import { OffMenu } from './OffMenu';
import { SidebarJournal, type SidebarJournalProps } from './journal/SidebarJournal';
import type { FindingActions } from './packs/FindingActions';
import { ChevronDown, ChevronUp, Close, Lock, Logo, Power } from './icons';

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
  /** The cards; more than FINDINGS_SHOWN are cut to that many (firstOfEachCategory). */
  findings: readonly FindingView[];
  /** How many findings there are, when `findings` holds only some of them (default: all). */
  findingsTotal?: number;
  /**
   * A draft too long to check whole: at most how many characters around the agent's typing were
   * checked (a fixed figure, so the note does not change with every key).
   */
  partial?: { limit: number } | undefined;
  onToggleCollapsed(): void;
  onDisableSite(): void;
  /** Off in this tab / everywhere (the header's menu; absent, no menu). */
  onDisableTab?(): void;
  onDisableEverywhere?(): void;
  onSelectFinding(finding: FindingView): void;
  onApplySuggestion(finding: FindingView, suggestion: string): void;
  /**
   * "Fix all safe ones": how many findings have a fix that needs nothing completed, and what
   * applies them (as one undo step). No button without both, or with none to apply.
   */
  safeFixes?: number;
  onFixAllSafe?(): void;
  /** The private journal's buttons (quick log window, journal page); absent, no journal corner. */
  journal?: Omit<SidebarJournalProps, 't'>;
  /** Local adjustments from a finding (ignore once, rule off, allow words). */
  findingActions?: FindingActions;
  /** The empathy check has no customer message: say so, and let the agent point at it. */
  context?: ContextNote | undefined;
  /** More header controls, before the off menu (where the panel sits: PlacementMenu). */
  headerControls?: ComponentChildren;
  /** In a popover: the header closes it instead of collapsing the panel. */
  onClose?(): void;
  /** A note above the findings about where the panel is (the side panel mode's fallback). */
  notice?: string | undefined;
}

const countFormats = new Map<Lang, Intl.NumberFormat>();

/**
 * 3,582 or 3.582: counts in the UI language's way. Below 1,000 there is nothing to group, and
 * no formatter is made (the first one loads the browser's number data, a slow moment).
 */
function formatCount(lang: Lang, count: number): string {
  if (Math.abs(count) < 1_000) return String(count);
  let format = countFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-US');
    countFormats.set(lang, format);
  }
  return format.format(count);
}

function summaryText(t: Translate, lang: Lang, status: SidebarStatus, count: number): string {
  if (status === 'checking') return t('summaryChecking');
  if (status === 'unavailable') return t('summaryUnavailable');
  if (status !== 'checked') return t('summaryWaiting');
  if (count === 0) return t('summaryNone');
  return count === 1 ? t('summaryOne') : t('summaryMany', formatCount(lang, count));
}

export function Sidebar(props: SidebarProps) {
  const { t, lang, collapsed, status } = props;
  // However many come in, the list has at most FINDINGS_SHOWN cards; the rest are counted.
  const findings = firstOfEachCategory(props.findings);
  const total = Math.max(props.findingsTotal ?? 0, props.findings.length);
  const more = total - findings.length;
  const tone = status !== 'checked' ? 'idle' : total === 0 ? 'ok' : 'hints';
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
          {summaryText(t, lang, status, total)}
        </span>
        {props.headerControls}
        {props.onDisableTab && props.onDisableEverywhere && (
          <OffMenu
            t={t}
            host={props.host}
            onDisableTab={props.onDisableTab}
            onDisableSite={props.onDisableSite}
            onDisableEverywhere={props.onDisableEverywhere}
          />
        )}
        {props.onClose ? (
          <button
            type="button"
            class="kt-icon-button"
            data-klartext-action="close-popover"
            aria-label={t('popoverClose')}
            title={t('popoverClose')}
            onClick={props.onClose}
          >
            <Close />
          </button>
        ) : (
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
        )}
      </header>
      {!collapsed && (
        <>
          <div class="kt-body">
            {props.notice && (
              <p class="kt-note" role="note" data-klartext-notice="">
                {props.notice}
              </p>
            )}
            {status === 'no-reply-box' && <p class="kt-empty">{t('noReplyBox')}</p>}
            {status === 'empty' && <p class="kt-empty">{t('emptyDraft')}</p>}
            {status === 'unavailable' && (
              <p class="kt-empty" role="alert" data-klartext-failure={props.failure ?? ''}>
                {props.failure === NO_SITE_ACCESS
                  ? t('noSiteAccess')
                  : `${t('checkUnavailable')} ${props.failure ?? ''}`}
              </p>
            )}
            {status === 'checked' && (
              <>
                {props.partial && (
                  <p class="kt-note" role="note" data-klartext-partial-check="">
                    {t('partialCheck', formatCount(lang, props.partial.limit))}
                  </p>
                )}
                <Checklist t={t} categories={props.categories} context={props.context} />
                <section class="kt-section" aria-labelledby="kt-findings-title">
                  <h2 class="kt-section-title" id="kt-findings-title">
                    {t('findingsTitle')}
                  </h2>
                  {props.onFixAllSafe && (props.safeFixes ?? 0) > 0 && (
                    <button
                      type="button"
                      class="kt-fix-all"
                      data-klartext-action="fix-all-safe"
                      title={t('fixAllSafeTitle')}
                      onClick={props.onFixAllSafe}
                    >
                      {t('fixAllSafe')} ({formatCount(lang, props.safeFixes!)})
                    </button>
                  )}
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
                  {more > 0 && (
                    <p class="kt-note" data-klartext-more-findings="">
                      {t(
                        'findingsMore',
                        formatCount(lang, more),
                        formatCount(lang, findings.length),
                        formatCount(lang, total),
                      )}
                    </p>
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

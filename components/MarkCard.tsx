// The small card shown over an inline mark (pointer over the marked words, or the caret inside
// them): what the hint says, its suggestions (the first one also applies with Alt+Enter) and
// the sidebar card's ignore once, switch rule off and allow words. Props in, events out.
import type { FindingView } from '@/utils/sidebar/finding-view';
import type { Translate } from '@/utils/i18n';
import { CATEGORY_LABELS } from './labels';
import { FindingActionsBar, type FindingActions } from './packs/FindingActions';
import { SuggestionButtons } from './SuggestionButtons';

export interface MarkCardProps {
  t: Translate;
  lang: string;
  finding: FindingView;
  /** The card was opened by the caret, so Alt+Enter applies the first suggestion. */
  byCaret: boolean;
  onApply(finding: FindingView, suggestion: string): void;
  /** Ignore once, switch the rule off, allow the words: as on the sidebar's card. */
  actions?: FindingActions;
  onClose(): void;
  onPointerEnter(): void;
  onPointerLeave(): void;
}

export function MarkCard(props: MarkCardProps) {
  const { t, finding } = props;
  return (
    <div
      class="kt-mark-card"
      role="dialog"
      aria-label={t('markCardLabel')}
      lang={props.lang}
      data-klartext-mark-card=""
      data-rule-id={finding.ruleId}
      data-severity={finding.severity}
      // Keeps the focus (and the caret) in the reply box when a button here is clicked.
      onMouseDown={(event) => event.preventDefault()}
      onMouseEnter={props.onPointerEnter}
      onMouseLeave={props.onPointerLeave}
      onKeyDown={(event) => {
        if (event.key === 'Escape') props.onClose();
      }}
    >
      <div class="kt-mark-meta">
        <span class="kt-mark-category">{t(CATEGORY_LABELS[finding.category])}</span>
        <span class="kt-mark-severity">
          {finding.severity === 'warning' ? t('severityWarning') : t('severityHint')}
        </span>
        <button
          type="button"
          class="kt-mark-close"
          aria-label={t('markClose')}
          title={t('markClose')}
          onClick={props.onClose}
        >
          ×
        </button>
      </div>
      <p class="kt-mark-message">{finding.message}</p>
      {finding.suggestions.length > 0 && (
        <div class="kt-mark-suggestions">
          <SuggestionButtons
            t={t}
            finding={finding}
            buttonClass="kt-mark-apply"
            action="apply-mark-suggestion"
            onApply={props.onApply}
            firstExtra={props.byCaret && <kbd class="kt-mark-kbd">Alt+Enter</kbd>}
          />
        </div>
      )}
      {finding.suggestions.length > 0 && props.byCaret && (
        <p class="kt-mark-hint">{t('markShortcutHint')}</p>
      )}
      {props.actions && <FindingActionsBar t={t} finding={finding} actions={props.actions} />}
    </div>
  );
}

// The small card shown over an inline mark (pointer over the marked words, or the caret inside
// them): what the hint says and its suggestions; the first one also applies with Alt+Enter.
// Props in, events out.
import type { FindingView } from '@/utils/finding-view';
import type { Translate } from '@/utils/i18n';
import { CATEGORY_LABELS } from './labels';

export interface MarkCardProps {
  t: Translate;
  lang: string;
  finding: FindingView;
  /** The card was opened by the caret, so Alt+Enter applies the first suggestion. */
  byCaret: boolean;
  onApply(finding: FindingView, suggestion: string): void;
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
          {finding.suggestions.map((suggestion, index) => (
            <button
              key={suggestion}
              type="button"
              class="kt-mark-apply"
              data-klartext-action="apply-mark-suggestion"
              onClick={() => props.onApply(finding, suggestion)}
            >
              {t('applySuggestion', suggestion)}
              {index === 0 && props.byCaret && <kbd class="kt-mark-kbd">Alt+Enter</kbd>}
            </button>
          ))}
        </div>
      )}
      {finding.suggestions.length > 0 && props.byCaret && (
        <p class="kt-mark-hint">{t('markShortcutHint')}</p>
      )}
    </div>
  );
}

// One finding: where it is (a button that selects the words in the reply), what is wrong,
// why it matters, and replacements the agent can apply with one click.
import type { FindingView } from '@/utils/sidebar/finding-view';
import type { Translate } from '@/utils/i18n';
import { Locate } from './icons';
import { FindingActionsBar, type FindingActions } from './packs/FindingActions';
import { CATEGORY_LABELS } from './labels';
import { SuggestionButtons } from './SuggestionButtons';

export interface FindingCardProps {
  t: Translate;
  finding: FindingView;
  onSelect(finding: FindingView): void;
  onApply(finding: FindingView, suggestion: string): void;
  /** Ignore once, switch the rule off, allow the words; absent, no such controls. */
  actions?: FindingActions;
}

export function FindingCard({ t, finding, onSelect, onApply, actions }: FindingCardProps) {
  return (
    <li
      class="kt-finding"
      data-klartext-finding=""
      data-rule-id={finding.ruleId}
      data-category={finding.category}
      data-severity={finding.severity}
    >
      <div class="kt-finding-meta">
        <span class="kt-finding-category">{t(CATEGORY_LABELS[finding.category])}</span>
        <span class="kt-severity">
          {finding.severity === 'warning' ? t('severityWarning') : t('severityHint')}
        </span>
      </div>
      <button
        type="button"
        class="kt-quote"
        data-klartext-action="select-finding"
        title={t('showInReply')}
        onClick={() => onSelect(finding)}
      >
        <Locate />
        <span
          class={finding.quote === undefined ? 'kt-quote-text kt-quote-whole' : 'kt-quote-text'}
        >
          {finding.quote ?? t('wholeReply')}
        </span>
      </button>
      <p class="kt-message">{finding.message}</p>
      {finding.reason && (
        <p class="kt-reason">
          <span class="kt-reason-label">{t('reasonLabel')}</span> {finding.reason}
        </p>
      )}
      {finding.suggestions.length > 0 && (
        <div class="kt-suggestions">
          <SuggestionButtons
            t={t}
            finding={finding}
            buttonClass="kt-apply"
            action="apply-suggestion"
            onApply={onApply}
          />
        </div>
      )}
      {actions && <FindingActionsBar t={t} finding={finding} actions={actions} />}
    </li>
  );
}

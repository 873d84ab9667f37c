// The local adjustments an agent can make from one finding: hide it for this reply, switch its
// rule off, or allow the flagged words (e.g. a product name). Props in, events out.
import type { FindingView } from '@/utils/sidebar/finding-view';
import type { Translate } from '@/utils/i18n';

export interface FindingActions {
  onIgnoreOnce(finding: FindingView): void;
  onDisableRule(finding: FindingView): void;
  onAllow(finding: FindingView): void;
}

export interface FindingActionsBarProps {
  t: Translate;
  finding: FindingView;
  actions: FindingActions;
}

/** Allowlist entries are short literal words (at most 8); whole-reply findings have none. */
function allowable(finding: FindingView): finding is FindingView & { quote: string } {
  return finding.quote !== undefined && finding.quote.split(/\s+/).length <= 8;
}

export function FindingActionsBar({ t, finding, actions }: FindingActionsBarProps) {
  return (
    <div class="kt-finding-actions" role="group" aria-label={t('findingActionsLabel')}>
      <button
        type="button"
        class="kt-text-button"
        data-klartext-action="ignore-once"
        title={t('ignoreOnceTitle')}
        onClick={() => actions.onIgnoreOnce(finding)}
      >
        {t('ignoreOnce')}
      </button>
      <button
        type="button"
        class="kt-text-button"
        data-klartext-action="disable-rule"
        title={t('disableRuleTitle')}
        onClick={() => actions.onDisableRule(finding)}
      >
        {t('disableRule')}
      </button>
      {allowable(finding) && (
        <button
          type="button"
          class="kt-text-button"
          data-klartext-action="allow-words"
          title={t('allowWordsTitle', finding.quote)}
          onClick={() => actions.onAllow(finding)}
        >
          {t('allowWords')}
        </button>
      )}
    </div>
  );
}

// A finding's suggestions as buttons, in the sidebar's card and the card at the mark alike.
// Props in, events out.
import type { FindingView } from '@/utils/sidebar/finding-view';
import type { Translate } from '@/utils/i18n';
import { suggestionLabel } from '@/utils/sidebar/suggestion-label';
import type { ComponentChildren } from 'preact';

const MESSAGE_KEYS = {
  replace: 'applySuggestion',
  insert: 'applyInsert',
  remove: 'applyRemoval',
} as const;

export interface SuggestionButtonsProps {
  t: Translate;
  finding: FindingView;
  /** The button's class and data-klartext-action (the sidebar's and the mark card's differ). */
  buttonClass: string;
  action: string;
  onApply(finding: FindingView, suggestion: string): void;
  /** Shown inside the first button (the mark card's Alt+Enter). */
  firstExtra?: ComponentChildren;
}

export function SuggestionButtons(props: SuggestionButtonsProps) {
  const { t, finding } = props;
  return (
    <>
      {finding.suggestions.map((suggestion, index) => {
        const label = suggestionLabel(finding.fixText, suggestion);
        return (
          <button
            key={suggestion}
            type="button"
            class={props.buttonClass}
            data-klartext-action={props.action}
            data-fix-kind={label.kind}
            title={label.placeholder ? t('applyPlaceholderTitle') : undefined}
            onClick={() => props.onApply(finding, suggestion)}
          >
            {t(MESSAGE_KEYS[label.kind], label.text)}
            {index === 0 && props.firstExtra}
          </button>
        );
      })}
    </>
  );
}

// The six categories of good interaction work: met, or how many hints.
import type { CategoryView } from '@/utils/sidebar/finding-view';
import type { Translate } from '@/utils/i18n';
import { Check } from './icons';
import { CATEGORY_LABELS } from './labels';

/**
 * On pages Klartext knows no thread of: the empathy check has no customer message. One control
 * arms a picker (the agent's next click on the page picks the message); while armed, it cancels.
 */
export interface ContextNote {
  picking: boolean;
  onPick(event: Event): void;
  onCancel(): void;
}

export interface ChecklistProps {
  t: Translate;
  categories: readonly CategoryView[];
  context?: ContextNote | undefined;
}

function ContextLine({ t, context }: { t: Translate; context: ContextNote }) {
  return (
    <div
      class="kt-context"
      data-klartext-context={context.picking ? 'picking' : 'missing'}
      role="status"
    >
      <span class="kt-context-text">
        {context.picking ? t('contextPicking') : t('contextMissing')}
      </span>
      <button
        type="button"
        class="kt-text-button"
        data-klartext-action={context.picking ? 'cancel-pick-context' : 'pick-context'}
        title={context.picking ? undefined : t('contextPickTitle')}
        onClick={(event) => (context.picking ? context.onCancel() : context.onPick(event))}
      >
        {context.picking ? t('contextPickCancel') : t('contextPick')}
      </button>
    </div>
  );
}

/**
 * Moves the focus to the first finding of `category` in the same panel (its "show in the
 * reply" control), so a row with hints leads to them: by keyboard as by pointer.
 */
function showFindingsOf(from: Element, category: string): void {
  const root = from.getRootNode() as ParentNode;
  const target = root.querySelector<HTMLElement>(
    `[data-klartext-finding][data-category="${category}"] [data-klartext-action="select-finding"]`,
  );
  if (!target) return;
  target.scrollIntoView({ block: 'nearest' });
  target.focus();
}

export function Checklist({ t, categories, context }: ChecklistProps) {
  return (
    <section class="kt-section" aria-labelledby="kt-checklist-title">
      <h2 class="kt-section-title" id="kt-checklist-title">
        {t('checklistTitle')}
      </h2>
      <ul class="kt-checklist">
        {categories.map(({ category, count }) => {
          const state =
            count === 0
              ? t('stateMet')
              : count === 1
                ? t('stateOneHint')
                : t('stateHints', String(count));
          return (
            <li
              key={category}
              class="kt-check"
              data-klartext-category={category}
              data-state={count === 0 ? 'ok' : 'hints'}
            >
              {/* The count is said once, in words beside it; the mark only shows the state. */}
              <span class="kt-check-mark" aria-hidden="true">
                {count === 0 ? <Check /> : '!'}
              </span>
              {count === 0 ? (
                <span class="kt-check-label">{t(CATEGORY_LABELS[category])}</span>
              ) : (
                <button
                  type="button"
                  class="kt-check-label kt-check-jump"
                  data-klartext-action="show-category"
                  title={t('checklistShowHints', t(CATEGORY_LABELS[category]))}
                  onClick={(event) => showFindingsOf(event.currentTarget, category)}
                >
                  {t(CATEGORY_LABELS[category])}
                </button>
              )}
              <span class="kt-check-state">{state}</span>
              {category === 'empathy' && context && <ContextLine t={t} context={context} />}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

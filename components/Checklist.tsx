// The six categories of good interaction work: met, or how many hints.
import type { CategoryView } from '@/utils/finding-view';
import type { Translate } from '@/utils/i18n';
import { Check } from './icons';
import { CATEGORY_LABELS } from './labels';

export interface ChecklistProps {
  t: Translate;
  categories: readonly CategoryView[];
}

export function Checklist({ t, categories }: ChecklistProps) {
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
              <span class="kt-check-mark" aria-hidden="true">
                {count === 0 ? <Check /> : count}
              </span>
              <span class="kt-check-label">{t(CATEGORY_LABELS[category])}</span>
              <span class="kt-check-state">{state}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

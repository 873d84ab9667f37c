// What an import would do, shown before anything is written.
import type { Translate } from '@/utils/i18n';
import type { ImportPlan } from '@/utils/journal';
import { formatDateTime } from './format';

export interface ImportPreviewProps {
  t: Translate;
  locale: string;
  plan: ImportPlan;
  busy: boolean;
  onApply(): void;
  onCancel(): void;
}

export function ImportPreview({ t, locale, plan, busy, onApply, onCancel }: ImportPreviewProps) {
  const nothing =
    plan.added.length === 0 && plan.conflicts.length === 0 && plan.countersAdded.length === 0;
  return (
    <div class="kj-preview" role="region" aria-labelledby="kj-preview-title">
      <h4 id="kj-preview-title">{t('journalImportPreview')}</h4>
      <ul>
        <li>{t('journalImportNew', String(plan.added.length))}</li>
        <li>{t('journalImportDuplicates', String(plan.duplicates))}</li>
        <li>{t('journalImportConflicts', String(plan.conflicts.length))}</li>
        <li>
          {t(
            'journalImportCounters',
            String(plan.countersAdded.length),
            String(plan.counterConflicts.length),
          )}
        </li>
      </ul>
      {plan.conflicts.length > 0 && (
        <details>
          <summary>{t('journalImportConflictList')}</summary>
          <ul>
            {plan.conflicts.slice(0, 20).map(({ existing }) => (
              <li key={existing.id}>{formatDateTime(locale, existing.createdAt)}</li>
            ))}
          </ul>
        </details>
      )}
      <p class="kj-hint">{t('journalImportPolicy')}</p>
      <div class="kj-actions">
        <button type="button" class="kj-primary" disabled={busy || nothing} onClick={onApply}>
          {t('journalImportApply')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('journalCancel')}
        </button>
      </div>
    </div>
  );
}

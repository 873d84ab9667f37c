// The agent's own adjustments: allowed words (removable), how many rules are switched off or
// re-levelled, and exporting all of it as a pack to share.
import type { Adjustments } from '@/rules';
import type { Translate } from '@/utils/i18n';

export interface AdjustmentsCardProps {
  t: Translate;
  adjustments: Adjustments;
  onRemoveAllowed(entry: string): void;
  onExport(): void;
}

export function AdjustmentsCard({
  t,
  adjustments,
  onRemoveAllowed,
  onExport,
}: AdjustmentsCardProps) {
  const allowlist = adjustments.allowlist ?? [];
  const rules = Object.values(adjustments.rules ?? {});
  const off = rules.filter((r) => r.enabled === false).length;
  const levelled = rules.filter((r) => r.severity !== undefined).length;
  return (
    <section class="kt-card" aria-labelledby="kt-adjustments-title">
      <h2 id="kt-adjustments-title">{t('adjustmentsTitle')}</h2>
      <p class="kt-muted">{t('adjustmentsSummary', String(off), String(levelled))}</p>
      <h3>{t('allowlistTitle')}</h3>
      {allowlist.length === 0 ? (
        <p class="kt-muted">{t('allowlistNone')}</p>
      ) : (
        <ul class="kt-sites" data-klartext-allowlist="">
          {allowlist.map((entry) => (
            <li key={entry} data-klartext-allowed={entry}>
              <span class="kt-host">{entry}</span>
              <button
                type="button"
                aria-label={t('allowlistRemoveLabel', entry)}
                onClick={() => onRemoveAllowed(entry)}
              >
                {t('allowlistRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="kt-buttons">
        <button type="button" data-klartext-action="export-adjustments" onClick={onExport}>
          {t('adjustmentsExport')}
        </button>
      </div>
    </section>
  );
}

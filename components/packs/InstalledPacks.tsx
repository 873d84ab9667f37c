// The installed packs: name, version, author, what they bring; export each, remove the agent's
// own (managed ones come from the organisation and stay).
import type { Lang, Pack } from '@/rules';
import type { Translate } from '@/utils/i18n';
import type { ManagedProblem } from '@/utils/packs/state';
import { Problems } from './Problems';

export interface InstalledPacksProps {
  t: Translate;
  lang: Lang;
  managed: readonly Pack[];
  user: readonly Pack[];
  managedProblems: readonly ManagedProblem[];
  onExport(id: string): void;
  onRemove(id: string): void;
}

function PackRow({
  t,
  pack,
  managed,
  onExport,
  onRemove,
}: {
  t: Translate;
  pack: Pack;
  managed: boolean;
  onExport(id: string): void;
  onRemove(id: string): void;
}) {
  return (
    <li class="kt-pack" data-klartext-pack={pack.id} data-managed={String(managed)}>
      <div class="kt-pack-head">
        <strong>{pack.name}</strong> <span class="kt-muted">{pack.version}</span>
        {managed && <span class="kt-badge">{t('packManaged')}</span>}
      </div>
      <p class="kt-muted">{pack.description}</p>
      <p class="kt-muted">
        {t(
          'packByline',
          pack.author,
          String(pack.rules.length),
          String(pack.allowlist?.length ?? 0),
        )}
      </p>
      <div class="kt-buttons">
        <button
          type="button"
          data-klartext-action="export-pack"
          aria-label={t('packExportLabel', pack.name)}
          onClick={() => onExport(pack.id)}
        >
          {t('packExport')}
        </button>
        {!managed && (
          <button
            type="button"
            data-klartext-action="remove-pack"
            aria-label={t('packRemoveLabel', pack.name)}
            onClick={() => onRemove(pack.id)}
          >
            {t('packRemove')}
          </button>
        )}
      </div>
    </li>
  );
}

export function InstalledPacks(props: InstalledPacksProps) {
  const { t, managed, user, managedProblems } = props;
  return (
    <section class="kt-card" aria-labelledby="kt-packs-title">
      <h2 id="kt-packs-title">{t('packsTitle')}</h2>
      {managed.length + user.length === 0 ? (
        <p class="kt-muted" data-klartext-no-packs="">
          {t('packsNone')}
        </p>
      ) : (
        <ul class="kt-packs" data-klartext-packs="">
          {managed.map((pack) => (
            <PackRow
              key={pack.id}
              t={t}
              pack={pack}
              managed
              onExport={props.onExport}
              onRemove={props.onRemove}
            />
          ))}
          {user.map((pack) => (
            <PackRow
              key={pack.id}
              t={t}
              pack={pack}
              managed={false}
              onExport={props.onExport}
              onRemove={props.onRemove}
            />
          ))}
        </ul>
      )}
      {managedProblems.map((problem) => (
        <div key={problem.index} class="kt-import-result" role="alert">
          <p>{t('packManagedBroken', String(problem.index + 1))}</p>
          <Problems t={t} lang={props.lang} problems={problem.errors} />
        </div>
      ))}
    </section>
  );
}

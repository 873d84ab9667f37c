// Importing a pack: file picker, drag and drop or paste; then either the problems (with their
// place) or a preview of what the pack adds, removes and changes, applied only on confirmation.
import { useState } from 'preact/hooks';
import type { Lang, RuleAdjustment } from '@/rules';
import type { Translate } from '@/utils/i18n';
import type { FileLike, ImportState } from '@/utils/packs/options-model';
import { CATEGORY_LABELS } from '../labels';
import { Problems } from './Problems';

export interface ImportPanelProps {
  t: Translate;
  lang: Lang;
  state: ImportState;
  onFile(file: FileLike): void;
  onText(text: string, source: string): void;
  onConfirm(): void;
  onCancel(): void;
}

function List({ title, items }: { title: string; items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <div class="kt-diff-group">
      <h4>{title}</h4>
      <ul>
        {items.map((item) => (
          <li key={item}>
            <code>{item}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** "long-sentence: off", "vague-time: warning": what the pack does to a built-in rule. */
function builtinChange(t: Translate, id: string, change: RuleAdjustment | undefined): string {
  const parts: string[] = [];
  if (change?.enabled === false) parts.push(t('packBuiltinOff'));
  if (change?.enabled === true) parts.push(t('packBuiltinOn'));
  if (change?.severity) {
    parts.push(change.severity === 'warning' ? t('severityWarning') : t('severityHint'));
  }
  if (change?.options?.except) parts.push(t('packBuiltinExceptions'));
  return parts.length > 0 ? `${id}: ${parts.join(', ')}` : id;
}

function Preview(props: ImportPanelProps) {
  const { t, state, onConfirm, onCancel } = props;
  if (state.step !== 'preview') return null;
  const { pack, diff } = state;
  return (
    <div class="kt-import-result" data-klartext-import-preview="" role="region" aria-live="polite">
      <h3>
        {diff.from === undefined
          ? t('packPreviewNew', pack.name, diff.to)
          : t('packPreviewUpdate', pack.name, diff.from, diff.to)}
      </h3>
      <p class="kt-muted">{pack.description}</p>
      {diff.downgrade && <p class="kt-warning">{t('packPreviewDowngrade')}</p>}
      <List
        title={t('packPreviewAdded')}
        items={diff.added.map(
          (r) =>
            `${r.id} (${t(CATEGORY_LABELS[r.category])}, ${
              r.severity === 'warning' ? t('severityWarning') : t('severityHint')
            })`,
        )}
      />
      <List title={t('packPreviewRemoved')} items={diff.removed.map((r) => r.id)} />
      <List
        title={t('packPreviewChanged')}
        items={diff.changed.map((r) => `${r.id}: ${r.fields.join(', ')}`)}
      />
      <List
        title={t('packPreviewBuiltins')}
        items={[...diff.builtins.added, ...diff.builtins.changed].map((id) =>
          builtinChange(t, id, pack.builtins?.[id]),
        )}
      />
      <List title={t('packPreviewBuiltinsDropped')} items={diff.builtins.removed} />
      <List title={t('packPreviewAllowAdded')} items={diff.allowlist.added} />
      <List title={t('packPreviewAllowRemoved')} items={diff.allowlist.removed} />
      {diff.from !== undefined && (
        <p class="kt-muted">{t('packPreviewUnchanged', String(diff.unchanged))}</p>
      )}
      <Problems t={t} lang={props.lang} problems={state.warnings} tone="warning" />
      <div class="kt-buttons">
        <button
          type="button"
          class="kt-primary"
          data-klartext-action="import-confirm"
          onClick={onConfirm}
        >
          {diff.from === undefined ? t('packInstall') : t('packUpdate')}
        </button>
        <button type="button" data-klartext-action="import-cancel" onClick={onCancel}>
          {t('packCancel')}
        </button>
      </div>
    </div>
  );
}

function Refused(props: ImportPanelProps) {
  const { t, state, onCancel } = props;
  if (state.step !== 'problems' && state.step !== 'failed') return null;
  return (
    <div class="kt-import-result" data-klartext-import-problems="" role="alert">
      <h3>{t('packRefused', state.source)}</h3>
      <p>{t('packNothingChanged')}</p>
      {state.step === 'failed' && <p class="kt-problem-text">{state.error}</p>}
      {state.step === 'problems' && state.refusal?.kind === 'managed' && (
        <p>{t('packRefusedManaged', state.refusal.packId)}</p>
      )}
      {state.step === 'problems' && state.refusal?.kind === 'too-large' && (
        <p>{t('packRefusedTooLarge', state.refusal.size, state.refusal.max)}</p>
      )}
      {state.step === 'problems' && <Problems t={t} lang={props.lang} problems={state.errors} />}
      <div class="kt-buttons">
        <button type="button" data-klartext-action="import-cancel" onClick={onCancel}>
          {t('packClose')}
        </button>
      </div>
    </div>
  );
}

export function ImportPanel(props: ImportPanelProps) {
  const { t, state, onFile, onText } = props;
  const [pasted, setPasted] = useState('');
  const [dragging, setDragging] = useState(false);
  const busy = state.step === 'applying';
  return (
    <section class="kt-card" aria-labelledby="kt-import-title">
      <h2 id="kt-import-title">{t('packImportTitle')}</h2>
      <p class="kt-muted">{t('packImportIntro')}</p>
      <div
        class="kt-dropzone"
        data-dragging={String(dragging)}
        data-klartext-dropzone=""
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          const file = event.dataTransfer?.files[0];
          if (file) onFile(file);
        }}
      >
        <label class="kt-file">
          <span>{t('packChooseFile')}</span>
          <input
            type="file"
            accept=".json,application/json"
            data-klartext-pack-file=""
            disabled={busy}
            onChange={(event) => {
              const input = event.currentTarget;
              const file = input.files?.[0];
              if (file) onFile(file);
              input.value = '';
            }}
          />
        </label>
        <span class="kt-muted">{t('packDropHint')}</span>
      </div>
      <label class="kt-field">
        <span>{t('packPasteLabel')}</span>
        <textarea
          rows={4}
          spellcheck={false}
          data-klartext-pack-paste=""
          value={pasted}
          onInput={(event) => setPasted(event.currentTarget.value)}
        />
      </label>
      <div class="kt-buttons">
        <button
          type="button"
          data-klartext-action="import-paste"
          disabled={busy || pasted.trim() === ''}
          onClick={() => onText(pasted, t('packPastedSource'))}
        >
          {t('packCheckPasted')}
        </button>
      </div>
      <Preview {...props} />
      <Refused {...props} />
      {state.step === 'applying' && <p role="status">{t('packApplying')}</p>}
      {state.step === 'done' && (
        <p role="status" class="kt-ok" data-klartext-import-done="">
          {t('packInstalled', state.name)}
        </p>
      )}
    </section>
  );
}

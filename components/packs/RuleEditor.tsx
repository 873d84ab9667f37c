// Editing one rule of an imported pack: category, level, messages, patterns and examples, with
// a live preview of what the rule finds in a sample draft. Saving validates the whole pack and
// runs its examples first.
import { useEffect, useRef } from 'preact/hooks';
import { CATEGORIES, type Category, type Finding, type Lang, type Severity } from '@/rules';
import type { Translate } from '@/utils/i18n';
import type { EditorState } from '@/utils/packs/options-model';
import type { RuleForm } from '@/utils/packs/rule-form';
import { CATEGORY_LABELS } from '../labels';
import { Problems } from './Problems';

export interface RuleEditorProps {
  t: Translate;
  lang: Lang;
  editor: EditorState;
  onForm(patch: Partial<RuleForm>): void;
  onSample(sample: string): void;
  onSave(): void;
  onCancel(): void;
}

type TextField = Exclude<keyof RuleForm, 'category' | 'severity'>;

function Field(props: {
  label: string;
  field: TextField;
  form: RuleForm;
  rows?: number;
  hint?: string;
  onForm(patch: Partial<RuleForm>): void;
}) {
  return (
    <label class="kt-field">
      <span>{props.label}</span>
      <textarea
        rows={props.rows ?? 2}
        spellcheck={false}
        data-klartext-field={props.field}
        value={props.form[props.field]}
        onInput={(event) => props.onForm({ [props.field]: event.currentTarget.value })}
      />
      {props.hint && <small class="kt-muted">{props.hint}</small>}
    </label>
  );
}

function PreviewFinding({
  sample,
  finding,
  own,
}: {
  sample: string;
  finding: Finding;
  own: boolean;
}) {
  return (
    <li data-klartext-preview-finding={finding.ruleId} data-own={String(own)}>
      <code>{finding.ruleId}</code> “{sample.slice(finding.start, finding.end)}”{' '}
      <span class="kt-muted">{finding.message}</span>
    </li>
  );
}

export function RuleEditor({
  t,
  lang,
  editor,
  onForm,
  onSample,
  onSave,
  onCancel,
}: RuleEditorProps) {
  const { form } = editor;
  // The editor opens above the rule list: bring it into view and move focus there.
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    section.current?.scrollIntoView?.({ block: 'start' });
    section.current?.focus();
  }, [editor.packId, editor.ruleId]);
  const own = editor.findings.filter((f) => f.ruleId === editor.ruleId);
  const field = { form, onForm };
  return (
    <section
      ref={section}
      tabIndex={-1}
      class="kt-card kt-editor"
      aria-labelledby="kt-editor-title"
      data-klartext-editor=""
    >
      <h2 id="kt-editor-title">{t('ruleEditorTitle', editor.ruleId, editor.packId)}</h2>
      <div class="kt-row">
        <label class="kt-field">
          <span>{t('ruleCategory')}</span>
          <select
            value={form.category}
            onChange={(event) => onForm({ category: event.currentTarget.value as Category })}
          >
            {CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {t(CATEGORY_LABELS[category])}
              </option>
            ))}
          </select>
        </label>
        <label class="kt-field">
          <span>{t('ruleSeverity')}</span>
          <select
            value={form.severity}
            onChange={(event) => onForm({ severity: event.currentTarget.value as Severity })}
          >
            <option value="hint">{t('severityHint')}</option>
            <option value="warning">{t('severityWarning')}</option>
          </select>
        </label>
      </div>
      <Field label={t('ruleMessageDe')} field="messageDe" {...field} />
      <Field label={t('ruleMessageEn')} field="messageEn" {...field} />
      {editor.kind !== 'measure' && (
        <>
          <Field
            label={t('rulePatternsDe')}
            field="patternsDe"
            rows={3}
            hint={t('rulePatternsHint')}
            {...field}
          />
          <Field label={t('rulePatternsEn')} field="patternsEn" rows={3} {...field} />
        </>
      )}
      <Field label={t('ruleInvalidDe')} field="invalidDe" hint={t('ruleExamplesHint')} {...field} />
      <Field label={t('ruleInvalidEn')} field="invalidEn" {...field} />
      <Field label={t('ruleValidDe')} field="validDe" {...field} />
      <Field label={t('ruleValidEn')} field="validEn" {...field} />

      <div class="kt-preview" aria-live="polite">
        <label class="kt-field">
          <span>{t('ruleSample')}</span>
          <textarea
            rows={3}
            data-klartext-sample=""
            value={editor.sample}
            onInput={(event) => onSample(event.currentTarget.value)}
          />
        </label>
        <Problems t={t} lang={lang} problems={editor.problems} />
        {editor.problems.length === 0 && (
          <>
            <p data-klartext-preview-count="">
              {own.length === 0 ? t('rulePreviewNone') : t('rulePreviewSome', String(own.length))}
            </p>
            <ul class="kt-preview-findings">
              {editor.findings.map((finding, i) => (
                <PreviewFinding
                  key={i}
                  sample={editor.sample}
                  finding={finding}
                  own={finding.ruleId === editor.ruleId}
                />
              ))}
            </ul>
          </>
        )}
      </div>
      {editor.error && (
        <p class="kt-problem-text" role="alert">
          {editor.error}
        </p>
      )}
      <div class="kt-buttons">
        <button
          type="button"
          class="kt-primary"
          data-klartext-action="save-rule"
          disabled={editor.saving}
          onClick={onSave}
        >
          {t('ruleSave')}
        </button>
        <button type="button" data-klartext-action="cancel-edit" onClick={onCancel}>
          {t('packCancel')}
        </button>
      </div>
    </section>
  );
}

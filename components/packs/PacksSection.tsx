// The rule-pack part of the options page: installed packs, import, every rule with its switch,
// the rule editor and the agent's own adjustments. Props in, events out.
import type { ComposedRule, Lang, Severity } from '@/rules';
import type { Translate } from '@/utils/i18n';
import type { FileLike, PacksPageState } from '@/utils/packs/options-model';
import type { RuleForm } from '@/utils/packs/rule-form';
import type { ManagedSettings } from '@/utils/packs/state';
import { AdjustmentsCard } from './AdjustmentsCard';
import { ImportPanel } from './ImportPanel';
import { InstalledPacks } from './InstalledPacks';
import { Problems } from './Problems';
import { RuleEditor } from './RuleEditor';
import { RuleList } from './RuleList';

export interface PacksActions {
  importFile(file: FileLike): void;
  importText(text: string, source: string): void;
  confirmImport(): void;
  cancelImport(): void;
  removePack(id: string): void;
  exportPack(id: string): void;
  exportAdjustments(): void;
  setRuleEnabled(ruleId: string, enabled: boolean): void;
  setRuleSeverity(rule: ComposedRule, severity: Severity): void;
  removeAllowed(entry: string): void;
  startEdit(packId: string, ruleId: string): void;
  editForm(patch: Partial<RuleForm>): void;
  editSample(sample: string): void;
  saveEdit(): void;
  cancelEdit(): void;
}

export interface PacksSectionProps {
  t: Translate;
  lang: Lang;
  state: PacksPageState;
  actions: PacksActions;
}

const LANGUAGE_KEYS = { auto: 'languageAuto', de: 'languageDe', en: 'languageEn' } as const;

/** What the organisation's policy fixes, so the agent knows why a change does not stick. */
function ManagedSettingsNote({ t, settings }: { t: Translate; settings: ManagedSettings }) {
  const hosts = settings.disabledHosts ?? [];
  if (!settings.uiLanguage && hosts.length === 0) return null;
  return (
    <section class="kt-card" data-klartext-managed-settings="">
      <h2>{t('managedSettingsTitle')}</h2>
      {settings.uiLanguage && <p>{t('managedLanguage', t(LANGUAGE_KEYS[settings.uiLanguage]))}</p>}
      {hosts.length > 0 && <p>{t('managedHosts', hosts.join(', '))}</p>}
    </section>
  );
}

export function PacksSection({ t, lang, state, actions }: PacksSectionProps) {
  const { installed } = state;
  const packNames = new Map(
    [...installed.managed, ...installed.user].map((p) => [p.id, p.name] as const),
  );
  return (
    <div class="kt-packs-section">
      {state.error && (
        <p class="kt-card kt-problem-text" role="alert" data-klartext-error="">
          {t('packRequestFailed', state.error)}
        </p>
      )}
      <ManagedSettingsNote t={t} settings={installed.managedSettings} />
      <InstalledPacks
        t={t}
        lang={lang}
        managed={installed.managed}
        user={installed.user}
        managedProblems={installed.managedProblems}
        onExport={actions.exportPack}
        onRemove={actions.removePack}
      />
      <ImportPanel
        t={t}
        lang={lang}
        state={state.import}
        onFile={actions.importFile}
        onText={actions.importText}
        onConfirm={actions.confirmImport}
        onCancel={actions.cancelImport}
      />
      {state.editor && (
        <RuleEditor
          t={t}
          lang={lang}
          editor={state.editor}
          onForm={actions.editForm}
          onSample={actions.editSample}
          onSave={actions.saveEdit}
          onCancel={actions.cancelEdit}
        />
      )}
      {state.composeErrors.length > 0 && (
        <div class="kt-card" role="alert">
          <p>{t('packsDoNotFit')}</p>
          <Problems t={t} lang={lang} problems={state.composeErrors} />
        </div>
      )}
      <RuleList
        t={t}
        lang={lang}
        rules={state.rules}
        editable={new Set(installed.user.map((p) => p.id))}
        packNames={packNames}
        onEnabled={actions.setRuleEnabled}
        onSeverity={actions.setRuleSeverity}
        onEdit={actions.startEdit}
      />
      <AdjustmentsCard
        t={t}
        adjustments={installed.adjustments}
        onRemoveAllowed={actions.removeAllowed}
        onExport={actions.exportAdjustments}
      />
    </div>
  );
}

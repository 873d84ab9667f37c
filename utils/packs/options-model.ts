// The options page's rule-pack state and what the agent can do there: see installed packs and
// every rule with its switch, import a pack (validate, run its examples, preview the changes,
// apply on confirmation), export, remove, and edit a rule of an imported pack with a live
// preview. Pure logic over injected dependencies; the components only render this state.
import {
  adjustmentsToPack,
  createChecker,
  diffPacks,
  loadPack,
  MAX_PACK_BYTES,
  serializePack,
  type ComposedRule,
  type Finding,
  type Pack,
  type PackDiff,
  type PackProblem,
  type PackRule,
  type Severity,
} from '@/rules';
import type { BackgroundClient } from '../messages';
import { createStore, type Store } from '../store';
import { composeInstalled, EMPTY_PACK_STATE, installedPacks, type PackState } from './state';
import { applyRuleForm, ruleForm, type RuleForm } from './rule-form';

export type ImportState =
  | { step: 'idle' }
  | {
      step: 'problems';
      source: string;
      errors: PackProblem[];
      warnings: PackProblem[];
      /** A refusal before or beside validation, worded by the page. */
      refusal?: ImportRefusal;
    }
  | {
      step: 'preview';
      source: string;
      pack: Pack;
      text: string;
      diff: PackDiff;
      warnings: PackProblem[];
    }
  | { step: 'applying'; source: string }
  | { step: 'done'; packId: string; name: string }
  | { step: 'failed'; source: string; error: string };

export type ImportRefusal =
  { kind: 'managed'; packId: string } | { kind: 'too-large'; size: string; max: string };

export interface EditorState {
  packId: string;
  ruleId: string;
  kind: PackRule['kind'];
  form: RuleForm;
  sample: string;
  /** Problems of the edited pack (schema, patterns; examples only on save). */
  problems: PackProblem[];
  /** What the edited rule (and the rest) finds in the sample draft. */
  findings: Finding[];
  saving: boolean;
  error?: string;
}

export interface PacksPageState {
  installed: PackState;
  rules: readonly ComposedRule[];
  /** The installed packs do not compose (shown, so the agent can remove the culprit). */
  composeErrors: PackProblem[];
  import: ImportState;
  editor: EditorState | undefined;
  /** The last request the background refused, in its words. */
  error: string | undefined;
}

export interface FileLike {
  name: string;
  size: number;
  text(): Promise<string>;
}

export interface PacksPageDeps {
  client: BackgroundClient;
  /** Saves `text` as a file named `filename` (a download in the browser). */
  download(filename: string, text: string): void;
}

export interface PacksPageModel {
  readonly store: Store<PacksPageState>;
  setInstalled(state: PackState): void;
  importText(text: string, source: string): void;
  importFile(file: FileLike): Promise<void>;
  confirmImport(): Promise<void>;
  cancelImport(): void;
  removePack(id: string): Promise<void>;
  setRuleEnabled(ruleId: string, enabled: boolean): Promise<void>;
  setRuleSeverity(rule: ComposedRule, severity: Severity): Promise<void>;
  removeAllowed(entry: string): Promise<void>;
  exportPack(id: string): void;
  exportAdjustments(): void;
  startEdit(packId: string, ruleId: string): void;
  editForm(patch: Partial<RuleForm>): void;
  editSample(sample: string): void;
  saveEdit(): Promise<void>;
  cancelEdit(): void;
}

/** "50.0 MB": sizes in refusals, so the agent sees what was too large. */
export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The rules the sidebar runs for this state (composeInstalled), and why all did not fit. */
function composed(state: PackState) {
  const { composed: checker, errors } = composeInstalled(createChecker, state);
  return { rules: checker?.rules ?? [], composeErrors: errors };
}

function packFileName(pack: Pack): string {
  return `${pack.id}-${pack.version}.json`;
}

export function createPacksPageModel(deps: PacksPageDeps): PacksPageModel {
  const store = createStore<PacksPageState>({
    installed: EMPTY_PACK_STATE,
    ...composed(EMPTY_PACK_STATE),
    import: { step: 'idle' },
    editor: undefined,
    error: undefined,
  });

  const request = async (...args: Parameters<BackgroundClient['request']>) => {
    const answer = await deps.client.request(...args);
    store.set({ error: answer.ok ? undefined : answer.error });
    return answer;
  };

  const findPack = (id: string) => installedPacks(store.get().installed).find((p) => p.id === id);

  /** Loads the edited pack and runs the sample draft with it, for the live preview. */
  const preview = (editor: EditorState): EditorState => {
    const pack = findPack(editor.packId);
    if (!pack) return { ...editor, problems: [], findings: [] };
    const edited = applyRuleForm(pack, editor.ruleId, editor.form);
    const loaded = loadPack(serializePack(edited), { examples: false });
    if (!loaded.ok) return { ...editor, problems: loaded.errors, findings: [] };
    const { installed } = store.get();
    const packs = installedPacks(installed).map((p) => (p.id === pack.id ? loaded.pack : p));
    const checker = createChecker({
      packs,
      adjustments: installed.adjustments,
      validPatterns: [loaded.validPatterns],
    });
    if (!checker.ok) return { ...editor, problems: checker.errors, findings: [] };
    const findings = editor.sample.trim() ? checker.check({ draft: editor.sample }).findings : [];
    return { ...editor, problems: [], findings };
  };

  const model: PacksPageModel = {
    store,
    setInstalled(installed) {
      store.set({ installed, ...composed(installed) });
      const { editor } = store.get();
      if (editor) store.set({ editor: preview(editor) });
    },
    importText(text, source) {
      const loaded = loadPack(text);
      if (!loaded.ok) {
        store.set({
          import: { step: 'problems', source, errors: loaded.errors, warnings: loaded.warnings },
        });
        return;
      }
      const { pack, warnings } = loaded;
      const { installed } = store.get();
      if (installed.managed.some((p) => p.id === pack.id)) {
        const refusal: ImportRefusal = { kind: 'managed', packId: pack.id };
        store.set({ import: { step: 'problems', source, errors: [], warnings, refusal } });
        return;
      }
      const others = installed.user.filter((p) => p.id !== pack.id);
      const checker = createChecker({
        packs: [...installed.managed, ...others, pack],
        adjustments: installed.adjustments,
        validPatterns: [loaded.validPatterns],
      });
      if (!checker.ok) {
        store.set({ import: { step: 'problems', source, errors: checker.errors, warnings } });
        return;
      }
      const current = installed.user.find((p) => p.id === pack.id);
      store.set({
        import: { step: 'preview', source, pack, text, diff: diffPacks(current, pack), warnings },
      });
    },
    async importFile(file) {
      if (file.size > MAX_PACK_BYTES) {
        const refusal: ImportRefusal = {
          kind: 'too-large',
          size: megabytes(file.size),
          max: megabytes(MAX_PACK_BYTES),
        };
        store.set({
          import: { step: 'problems', source: file.name, errors: [], warnings: [], refusal },
        });
        return;
      }
      model.importText(await file.text(), file.name);
    },
    async confirmImport() {
      const state = store.get().import;
      if (state.step !== 'preview') return;
      store.set({ import: { step: 'applying', source: state.source } });
      const answer = await request({ kind: 'install-pack', text: state.text });
      store.set({
        import: answer.ok
          ? { step: 'done', packId: state.pack.id, name: state.pack.name }
          : { step: 'failed', source: state.source, error: answer.error },
      });
    },
    cancelImport() {
      store.set({ import: { step: 'idle' } });
    },
    async removePack(id) {
      await request({ kind: 'remove-pack', id });
    },
    async setRuleEnabled(ruleId, enabled) {
      await request({ kind: 'set-rule-adjustment', ruleId, enabled });
    },
    async setRuleSeverity(rule, severity) {
      // Back at the rule's own level, the adjustment goes away instead of pinning it.
      const level = severity === rule.defaultSeverity ? null : severity;
      await request({ kind: 'set-rule-adjustment', ruleId: rule.id, severity: level });
    },
    async removeAllowed(entry) {
      await request({ kind: 'set-allowlist-entry', entry, allowed: false });
    },
    exportPack(id) {
      const pack = findPack(id);
      if (pack) deps.download(packFileName(pack), serializePack(pack));
    },
    exportAdjustments() {
      const { pack } = adjustmentsToPack(store.get().installed.adjustments);
      deps.download(packFileName(pack), serializePack(pack));
    },
    startEdit(packId, ruleId) {
      const pack = store.get().installed.user.find((p) => p.id === packId);
      const rule = pack?.rules.find((r) => r.id === ruleId);
      if (!rule) return;
      const form = ruleForm(rule);
      const sample = form.invalidEn.split('\n')[0] || form.invalidDe.split('\n')[0] || '';
      const editor: EditorState = {
        packId,
        ruleId,
        kind: rule.kind,
        form,
        sample,
        problems: [],
        findings: [],
        saving: false,
      };
      store.set({ editor: preview(editor) });
    },
    editForm(patch) {
      const { editor } = store.get();
      if (editor) store.set({ editor: preview({ ...editor, form: { ...editor.form, ...patch } }) });
    },
    editSample(sample) {
      const { editor } = store.get();
      if (editor) store.set({ editor: preview({ ...editor, sample }) });
    },
    async saveEdit() {
      const { editor } = store.get();
      const pack = editor && findPack(editor.packId);
      if (!editor || !pack) return;
      const text = serializePack(applyRuleForm(pack, editor.ruleId, editor.form));
      // The full check, examples included, before anything is sent.
      const loaded = loadPack(text);
      if (!loaded.ok) {
        store.set({ editor: { ...editor, problems: loaded.errors } });
        return;
      }
      store.set({ editor: { ...editor, saving: true } });
      const answer = await request({ kind: 'install-pack', text });
      const now = store.get().editor;
      if (!now) return;
      store.set({
        editor: answer.ok ? undefined : { ...now, saving: false, error: answer.error },
      });
    },
    cancelEdit() {
      store.set({ editor: undefined });
    },
  };
  return model;
}

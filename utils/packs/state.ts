// Installed rule packs and the agent's local adjustments, as kept in the extension's own storage
// (browser.storage.local). The background writes them (writer.ts) after validating; content
// scripts and pages only read and watch. Reading never runs the JSON-schema validator: what is
// stored passed loadPack when it was written, and createChecker refuses a damaged pack anyway.
import type { Adjustments, Pack, PackProblem, RuleAdjustment, Severity } from '@/rules';
import type { SettingsStorage } from '../settings';
import { isUiLanguage, type UiLanguage } from '../settings';
import { isRecord } from '../is-record';

export const PACK_KEYS = {
  /** Packs the agent imported, in import order. */
  user: 'packs.user',
  /** Packs installed by policy (storage.managed), validated by the background. */
  managed: 'packs.managed',
  /** Policy packs that failed validation, so the options page can say why. */
  managedProblems: 'packs.managedProblems',
  adjustments: 'packs.adjustments',
  /** Settings fixed by policy, shown as such in the options page. */
  managedSettings: 'managed.settings',
} as const;

export interface ManagedProblem {
  /** Position of the pack in the policy's `packs` list. */
  index: number;
  errors: PackProblem[];
}

export interface ManagedSettings {
  uiLanguage?: UiLanguage;
  disabledHosts?: string[];
}

export interface PackState {
  user: Pack[];
  managed: Pack[];
  managedProblems: ManagedProblem[];
  adjustments: Adjustments;
  managedSettings: ManagedSettings;
}

export const EMPTY_PACK_STATE: PackState = {
  user: [],
  managed: [],
  managedProblems: [],
  adjustments: {},
  managedSettings: {},
};

const isSeverity = (value: unknown): value is Severity => value === 'hint' || value === 'warning';

/** Packs as stored: objects with an id and rules; anything else is dropped. */
function packsFrom(value: unknown): Pack[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (p): p is Pack => isRecord(p) && typeof p.id === 'string' && Array.isArray(p.rules),
  );
}

/** Adjustments as stored, keeping only well-formed entries. */
export function adjustmentsFrom(value: unknown): Adjustments {
  if (!isRecord(value)) return {};
  const rules: Record<string, RuleAdjustment> = {};
  if (isRecord(value.rules)) {
    for (const [id, adj] of Object.entries(value.rules)) {
      if (!isRecord(adj)) continue;
      const kept: RuleAdjustment = {};
      if (typeof adj.enabled === 'boolean') kept.enabled = adj.enabled;
      if (isSeverity(adj.severity)) kept.severity = adj.severity;
      if (Object.keys(kept).length > 0) rules[id] = kept;
    }
  }
  const allowlist = Array.isArray(value.allowlist)
    ? value.allowlist.filter((entry): entry is string => typeof entry === 'string')
    : [];
  return { rules, allowlist };
}

export function managedSettingsFrom(value: unknown): ManagedSettings {
  if (!isRecord(value)) return {};
  const out: ManagedSettings = {};
  if (isUiLanguage(value.uiLanguage)) out.uiLanguage = value.uiLanguage;
  if (Array.isArray(value.disabledHosts)) {
    out.disabledHosts = value.disabledHosts.filter(
      (host): host is string => typeof host === 'string' && host !== '',
    );
  }
  return out;
}

/** A stored problem: a code with data and a place (see rules/packs/problems.ts). */
function isProblem(value: unknown): value is PackProblem {
  return (
    isRecord(value) &&
    typeof value.path === 'string' &&
    typeof value.code === 'string' &&
    isRecord(value.data)
  );
}

function problemsFrom(value: unknown): ManagedProblem[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter(
      (p): p is ManagedProblem =>
        isRecord(p) && typeof p.index === 'number' && Array.isArray(p.errors),
    )
    .map((p) => ({ ...p, errors: p.errors.filter(isProblem) }));
}

export function packStateFrom(stored: Record<string, unknown>): PackState {
  return {
    user: packsFrom(stored[PACK_KEYS.user]),
    managed: packsFrom(stored[PACK_KEYS.managed]),
    managedProblems: problemsFrom(stored[PACK_KEYS.managedProblems]),
    adjustments: adjustmentsFrom(stored[PACK_KEYS.adjustments]),
    managedSettings: managedSettingsFrom(stored[PACK_KEYS.managedSettings]),
  };
}

export async function loadPackState(storage: SettingsStorage): Promise<PackState> {
  return packStateFrom(await storage.get(Object.values(PACK_KEYS)));
}

/** Every installed pack in the order they compose: policy packs first, then the agent's. */
export function installedPacks(state: PackState): Pack[] {
  return [...state.managed, ...state.user];
}

type Composer<R> = (options: { packs: Pack[]; adjustments: Adjustments }) => R;

/**
 * The rules that run for the stored state, the one answer for the sidebar (which checks with
 * them) and the options page (which lists them): everything installed; if the agent's packs no
 * longer fit (say, a policy pack arrived with a clashing rule id), the managed packs alone,
 * with and then without the adjustments; else the built-in rules. A broken store never leaves
 * the agent without checks. `errors` say why everything installed did not fit.
 */
export function composeInstalled<R extends { ok: true } | { ok: false; errors: PackProblem[] }>(
  create: Composer<R>,
  state: PackState,
): { composed: Extract<R, { ok: true }> | undefined; errors: PackProblem[] } {
  const attempts = [
    { packs: installedPacks(state), adjustments: state.adjustments },
    { packs: state.managed, adjustments: state.adjustments },
    { packs: state.managed, adjustments: {} },
    { packs: [], adjustments: {} },
  ];
  let errors: PackProblem[] = [];
  for (const [i, attempt] of attempts.entries()) {
    const result = create(attempt);
    if (result.ok) return { composed: result as Extract<R, { ok: true }>, errors };
    if (i === 0) errors = result.errors;
  }
  return { composed: undefined, errors };
}

/** Calls `onChange` with the whole new state whenever a pack key changes, until `signal` aborts. */
export function watchPackState(
  storage: SettingsStorage,
  onChange: (state: PackState) => void,
  signal: AbortSignal,
): void {
  if (signal.aborted) return;
  const keys = new Set<string>(Object.values(PACK_KEYS));
  const stop = storage.watch((changes) => {
    if (!Object.keys(changes).some((key) => keys.has(key))) return;
    // Read everything back: several keys may change in one write, and one read is cheap.
    void loadPackState(storage).then((state) => {
      if (!signal.aborted) onChange(state);
    });
  });
  signal.addEventListener('abort', stop, { once: true });
}

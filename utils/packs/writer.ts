// The background's writes to installed packs and local adjustments. Every write is validated
// first (loadPack with the pack's own examples, then createChecker with everything installed),
// so a broken pack never reaches storage and a refused write changes nothing. Writes run one
// after another, so two tabs cannot overwrite each other's changes.
import {
  createChecker,
  loadPack,
  RULES,
  type Adjustments,
  type Pack,
  type Severity,
} from '@/rules';
import type { SettingsStorage } from '../settings';
import { describeProblems } from './problems';
import { installedPacks, loadPackState, PACK_KEYS, type PackState } from './state';
import { createSerialQueue } from '../serial-queue';

export interface RuleChange {
  enabled?: boolean;
  /** null goes back to the rule's own severity. */
  severity?: Severity | null;
}

export interface PackWriter {
  /** Validates and installs a pack (replacing the agent's pack with the same id). */
  install(text: string): Promise<void>;
  remove(id: string): Promise<void>;
  setRule(ruleId: string, change: RuleChange): Promise<void>;
  setAllowed(entry: string, allowed: boolean): Promise<void>;
  /** Runs `step` in the same queue as the writes (used by the policy sync). */
  enqueue(step: () => Promise<void>): Promise<void>;
}

/**
 * Throws when the packs and adjustments do not compose into a checker. `validPatterns`: what
 * loadPack already validated (a pack just loaded), so it is not parsed again.
 */
export function assertComposes(
  packs: readonly Pack[],
  adjustments: Adjustments,
  validPatterns: readonly ReadonlySet<string>[] = [],
): void {
  const composed = createChecker({ packs, adjustments, validPatterns });
  if (!composed.ok) throw new Error(describeProblems(composed.errors));
}

function changedAdjustments(
  adjustments: Adjustments,
  ruleId: string,
  change: RuleChange,
): Adjustments {
  const rules = { ...adjustments.rules };
  const next = { ...rules[ruleId] };
  // The defaults (on unless the rule is off by default, own severity) are not stored, so an
  // exported pack carries only changes.
  const onByDefault = !RULES.some((rule) => rule.id === ruleId && rule.offByDefault);
  if (change.enabled === onByDefault) delete next.enabled;
  else if (change.enabled !== undefined) next.enabled = change.enabled;
  if (change.severity === null) delete next.severity;
  else if (change.severity !== undefined) next.severity = change.severity;
  if (Object.keys(next).length > 0) rules[ruleId] = next;
  else delete rules[ruleId];
  return { ...adjustments, rules };
}

export function createPackWriter(storage: SettingsStorage): PackWriter {
  const enqueue = createSerialQueue();
  const withState = (step: (state: PackState) => Promise<void>) =>
    enqueue(async () => step(await loadPackState(storage)));

  return {
    enqueue,
    install: (text) =>
      withState(async (state) => {
        const loaded = loadPack(text);
        if (!loaded.ok) throw new Error(describeProblems(loaded.errors));
        const { pack } = loaded;
        if (state.managed.some((p) => p.id === pack.id)) {
          throw new Error(
            `pack "${pack.id}" is installed by your organisation and cannot be replaced`,
          );
        }
        const at = state.user.findIndex((p) => p.id === pack.id);
        const user = at < 0 ? [...state.user, pack] : state.user.with(at, pack);
        assertComposes([...state.managed, ...user], state.adjustments, [loaded.validPatterns]);
        await storage.set({ [PACK_KEYS.user]: user });
      }),
    remove: (id) =>
      withState(async (state) => {
        if (state.managed.some((p) => p.id === id)) {
          throw new Error(`pack "${id}" is installed by your organisation and cannot be removed`);
        }
        await storage.set({ [PACK_KEYS.user]: state.user.filter((p) => p.id !== id) });
      }),
    setRule: (ruleId, change) =>
      withState(async (state) => {
        const known = createChecker({ packs: installedPacks(state) });
        if (known.ok && !known.rules.some((rule) => rule.id === ruleId)) {
          throw new Error(`no rule "${ruleId}" is installed`);
        }
        const adjustments = changedAdjustments(state.adjustments, ruleId, change);
        await storage.set({ [PACK_KEYS.adjustments]: adjustments });
      }),
    setAllowed: (entry, allowed) =>
      withState(async (state) => {
        const text = entry.trim();
        const current = state.adjustments.allowlist ?? [];
        const allowlist = allowed
          ? current.includes(text)
            ? current
            : [...current, text]
          : current.filter((known) => known !== text);
        const adjustments = { ...state.adjustments, allowlist };
        if (allowed) assertComposes(installedPacks(state), adjustments);
        await storage.set({ [PACK_KEYS.adjustments]: adjustments });
      }),
  };
}

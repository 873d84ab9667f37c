// The sidebar's checker, built from the installed packs and the agent's local adjustments and
// rebuilt whenever they change in storage, so an import in the options page or "switch this
// rule off" in another tab takes effect at once. It also keeps the findings the agent chose to
// ignore once: those are hidden for this reply and never reach storage or the engine.
//
// Packs arrive already validated (the background stores only what passed loadPack), so this
// module needs only createChecker; it never loads the JSON-schema validator into the page.
import {
  check as builtinCheck,
  createChecker,
  type CheckInput,
  type CheckResult,
  type ComposedRule,
  type Finding,
  type Localized,
} from '@/rules';
import type { SettingsStorage } from '../settings';
import { loadPackState, watchPackState, type PackState } from './state';

export interface LiveChecker {
  check(input: CheckInput): CheckResult;
  /** Every rule of the current checker (built-in and pack), for reasons and labels. */
  rules(): readonly ComposedRule[];
  /** Why a rule matters (its rationale), for pack rules the sidebar cannot know otherwise. */
  reason(ruleId: string): Localized | undefined;
  /** Hides this rule's finding on these words until the reply box goes away. */
  ignoreOnce(ruleId: string, words: string): void;
  clearIgnored(): void;
}

export interface LiveCheckerDeps {
  storage: SettingsStorage;
  signal: AbortSignal;
  /** The checker changed (packs or adjustments): check the draft again. */
  onChange(): void;
}

type Compose = (input: CheckInput) => CheckResult;

/**
 * The best checker the stored state allows: everything; if the agent's packs no longer fit
 * (say, a policy pack arrived with a clashing rule id), the managed packs alone; else the
 * built-in rules. A broken store never leaves the agent without checks.
 */
export function checkerFor(state: PackState): { check: Compose; rules: readonly ComposedRule[] } {
  const attempts = [
    { packs: [...state.managed, ...state.user], adjustments: state.adjustments },
    { packs: state.managed, adjustments: state.adjustments },
    { packs: state.managed, adjustments: {} },
  ];
  for (const attempt of attempts) {
    const composed = createChecker(attempt);
    if (composed.ok) return { check: composed.check, rules: composed.rules };
  }
  return { check: builtinCheck, rules: [] };
}

const ignoreKey = (ruleId: string, words: string) => `${ruleId}\u0000${words}`;

export function createLiveChecker(deps: LiveCheckerDeps): LiveChecker {
  let current: { check: Compose; rules: readonly ComposedRule[] } = {
    check: builtinCheck,
    rules: [],
  };
  const ignored = new Set<string>();
  let reasons: Map<string, Localized> | undefined;
  const use = (state: PackState) => {
    if (deps.signal.aborted) return;
    current = checkerFor(state);
    reasons = undefined;
    deps.onChange();
  };
  void loadPackState(deps.storage).then(use);
  watchPackState(deps.storage, use, deps.signal);

  const visible = (draft: string, finding: Finding) =>
    !ignored.has(ignoreKey(finding.ruleId, draft.slice(finding.start, finding.end)));

  return {
    check(input) {
      const result = current.check(input);
      if (ignored.size === 0) return result;
      const draft = typeof input.draft === 'string' ? input.draft : '';
      return { ...result, findings: result.findings.filter((f) => visible(draft, f)) };
    },
    rules: () => current.rules,
    reason(ruleId) {
      reasons ??= new Map(current.rules.map((rule) => [rule.id, rule.rationale]));
      return reasons.get(ruleId);
    },
    ignoreOnce(ruleId, words) {
      ignored.add(ignoreKey(ruleId, words));
      deps.onChange();
    },
    clearIgnored() {
      ignored.clear();
    },
  };
}

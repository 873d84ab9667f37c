// The sidebar's checker, built from the installed packs and the agent's local adjustments and
// rebuilt whenever they change in storage, so an import in the options page or "switch this
// rule off" in another tab takes effect at once. It also keeps the findings the agent chose to
// ignore once: those are hidden for this reply and never reach storage or the engine.
//
// Packs arrive already validated (the background stores only what passed loadPack), so this
// module needs only createChecker; it never loads the JSON-schema validator into the page.
// The engine itself arrives once the page has a reply box (utils/sidebar/engine-loader.ts): until
// then check() has no answer.
import type { CheckInput, CheckResult, ComposedRule, Finding, Localized } from '@/rules';
import type { EngineApi, EngineLoader } from './engine-loader';
import type { SettingsStorage } from '../settings';
import { composeInstalled, loadPackState, watchPackState, type PackState } from '../packs/state';

export interface LiveChecker {
  /** undefined until the engine is here (ready() brings it; the first check asks for it). */
  check(input: CheckInput): CheckResult | undefined;
  /** Loads the engine; onChange follows once it can check. */
  ready(): Promise<void>;
  /** Why the engine could not be loaded (its last attempt); undefined once it is here. */
  failure(): string | undefined;
  /** Every rule of the current checker (built-in and pack), for reasons and labels. */
  rules(): readonly ComposedRule[];
  /** Why a rule matters (its rationale), built-in or from a pack. */
  reason(ruleId: string): Localized | undefined;
  /** Hides this rule's finding on these words until the reply box goes away. */
  ignoreOnce(ruleId: string, words: string): void;
  clearIgnored(): void;
}

export interface LiveCheckerDeps {
  storage: SettingsStorage;
  engine: EngineLoader;
  signal: AbortSignal;
  /** The checker changed (packs or adjustments, the engine came or failed): check again. */
  onChange(): void;
  /** Clock for the pause between attempts to load the engine (tests). */
  now?(): number;
}

/** After a failed attempt to load the engine, checks ask again only this much later. */
export const ENGINE_RETRY_MS = 5_000;

interface Checker {
  check(input: CheckInput): CheckResult;
  rules: readonly ComposedRule[];
}

/** The checker for the stored state: the same rules the options page lists (composeInstalled). */
export function checkerFor(engine: EngineApi, state: PackState): Checker {
  const { composed } = composeInstalled(engine.createChecker, state);
  return composed
    ? { check: composed.check, rules: composed.rules }
    : { check: engine.check, rules: [] };
}

const ignoreKey = (ruleId: string, words: string) => `${ruleId}\u0000${words}`;

export function createLiveChecker(deps: LiveCheckerDeps): LiveChecker {
  // The stored packs (once read) and the engine (once injected) make the checker together.
  let state: PackState | undefined;
  let current: Checker | undefined;
  const ignored = new Set<string>();
  let reasons: Map<string, Localized> | undefined;
  const build = (): boolean => {
    const engine = deps.engine.loaded();
    if (!engine || deps.signal.aborted) return false;
    current = state ? checkerFor(engine, state) : { check: engine.check, rules: [] };
    reasons = undefined;
    return true;
  };
  const rebuild = () => {
    if (build()) deps.onChange();
  };
  const use = (next: PackState) => {
    state = next;
    rebuild();
  };
  void loadPackState(deps.storage).then(use);
  watchPackState(deps.storage, use, deps.signal);

  const now = deps.now ?? Date.now;
  let loading: Promise<void> | undefined;
  let failure: { message: string; at: number } | undefined;
  const ready = () =>
    (loading ??= deps.engine.load().then(
      () => {
        failure = undefined;
        rebuild();
      },
      (error: unknown) => {
        // Asked again by a check after a pause (a background that restarted may answer then),
        // not at once: the sidebar shows why meanwhile.
        loading = undefined;
        failure = { message: error instanceof Error ? error.message : String(error), at: now() };
        if (!deps.signal.aborted) deps.onChange();
        throw error;
      },
    ));

  const visible = (draft: string, finding: Finding) =>
    !ignored.has(ignoreKey(finding.ruleId, draft.slice(finding.start, finding.end)));

  return {
    check(input) {
      if (!current) build();
      // build() may have set it: the engine is here already (a sidebar switched off and on
      // again on this page keeps it).
      const checker = current as Checker | undefined;
      if (!checker) {
        if (!failure || now() - failure.at >= ENGINE_RETRY_MS) {
          ready().catch((error: unknown) => console.error('klartext: engine not loaded', error));
        }
        return undefined;
      }
      const result = checker.check(input);
      if (ignored.size === 0) return result;
      const draft = typeof input.draft === 'string' ? input.draft : '';
      return { ...result, findings: result.findings.filter((f) => visible(draft, f)) };
    },
    ready,
    failure: () => (current ? undefined : failure?.message),
    rules: () => current?.rules ?? [],
    reason(ruleId) {
      const engine = deps.engine.loaded();
      if (!engine) return undefined;
      reasons ??= new Map(
        [...engine.RULES, ...(current?.rules ?? [])].map((rule) => [rule.id, rule.rationale]),
      );
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

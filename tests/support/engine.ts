// The engine as the sidebar gets it, for unit tests: "injecting" installs the real engine into a
// scope of the test's own (as the background's executeScript does in the isolated world).
import { check, createChecker, RULES } from '../../rules';
import {
  createEngineLoader,
  installEngine,
  type EngineLoader,
} from '../../utils/sidebar/engine-loader';

export interface TestEngine extends EngineLoader {
  /** How often the loader asked for an injection. */
  readonly injections: number;
}

export function testEngine(
  options: { failFirst?: boolean; failAlways?: boolean; preloaded?: boolean } = {},
): TestEngine {
  const scope = {};
  let injections = 0;
  if (options.preloaded) installEngine({ check, createChecker, RULES }, scope);
  const loader = createEngineLoader(async () => {
    injections += 1;
    // Injecting takes a round trip through the background: never within the asking call.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (options.failAlways || (options.failFirst && injections === 1)) {
      return { ok: false, error: 'no such tab' };
    }
    installEngine({ check, createChecker, RULES }, scope);
    return { ok: true };
  }, scope);
  return {
    ...loader,
    get injections() {
      return injections;
    },
  };
}

const REASONS = new Map(RULES.map((rule) => [rule.id, rule.rationale]));

/** A built-in rule's rationale, as the live checker gives it to the finding views. */
export const ruleReason = (ruleId: string) => REASONS.get(ruleId);

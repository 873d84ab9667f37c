// Rule packs: a team's own rules as JSON data (pack.schema.json), validated, composed with the
// built-in rules and the agent's local adjustments, compared and exported. See README.md here.
export { loadPack, SCHEMA_VERSION, type LoadOptions } from './load';
export {
  createChecker,
  type Checker,
  type ComposedRule,
  type ComposeOptions,
  type ComposeResult,
} from './compose';
export { diffPacks, type PackDiff, type RuleSummary } from './diff';
export {
  adjustmentsToPack,
  ADJUSTMENTS_PACK,
  serializePack,
  type ExportedAdjustments,
} from './export';
export { LIMITS, MAX_PACK_BYTES } from './limits';
export { ALLOWLIST_RULE_ID } from './allowlist';
export type * from './types';
export type { PackProblem, ProblemCode, ProblemData, ProblemPlace } from './problems';
export { problemMessage } from './wording';
export { MEASURES } from './types';

// What a rule pack is, as TypeScript sees it. pack.schema.json is the authority; these types
// mirror it. Every string is data shown as plain text: packs never contain code or markup that
// runs, and the UI must render messages, rationales and suggestions as text, never as HTML.
import type { Category, Lang, Localized, Severity } from '../engine/types';
import type { PackProblem } from './problems';

export type ByLang<T> = Partial<Record<Lang, T>>;

export interface PackExample {
  draft: string;
  customer?: string;
}

export interface PackExamples {
  valid: PackExample[];
  invalid: PackExample[];
}

interface PackRuleBase {
  id: string;
  category: Category;
  severity: Severity;
  messages: Localized;
  rationale: Localized;
  /** A link to the guideline the rule serves (http or https). */
  source?: string;
  /** Drafts that must (invalid) and must not (valid) make the rule fire, per language. */
  examples: ByLang<PackExamples>;
}

/** Flags every match of its patterns, offering replacements where given. */
export interface PhrasesPackRule extends PackRuleBase {
  kind: 'phrases';
  patterns: ByLang<string[]>;
  except?: ByLang<string[]>;
  replacements?: ByLang<Record<string, string[]>>;
}

/** Fires on the whole draft when none of its patterns occurs (and `when` holds). */
export interface RequiredPackRule extends PackRuleBase {
  kind: 'required';
  patterns: ByLang<string[]>;
  except?: ByLang<string[]>;
  when?: { customer?: ByLang<string[]>; draft?: ByLang<string[]> };
}

export const MEASURES = [
  'sentence-words',
  'draft-words',
  'draft-sentences',
  'exclamation-marks',
] as const;
export type Measure = (typeof MEASURES)[number];

/** Counts something and fires when the count is above max (or below min). */
export interface MeasurePackRule extends PackRuleBase {
  kind: 'measure';
  measure: Measure;
  max?: ByLang<number>;
  min?: ByLang<number>;
}

export type PackRule = PhrasesPackRule | RequiredPackRule | MeasurePackRule;

/**
 * A pack rule without its examples: all that makes its engine rule (toEngineRule). Built-in
 * rules without code are written so (rules/builtin/), their examples beside them in the
 * built-ins' own form (with fixes and names, which a pack's examples do not have).
 */
export type RuleDefinition<R extends PackRule = PackRule> = R extends unknown
  ? Omit<R, 'examples'>
  : never;

export interface RuleOptions {
  /** More exceptions for a rule with a phrase list. */
  except?: ByLang<string[]>;
}

/** A change to one rule: switch it off, re-level it, give it options. */
export interface RuleAdjustment {
  enabled?: boolean;
  severity?: Severity;
  options?: RuleOptions;
}

export interface PackMeta {
  id: string;
  name: string;
  version: string;
  description: string;
  author: string;
  license: string;
  languages: Lang[];
}

export interface Pack extends PackMeta {
  schemaVersion: 1;
  /** Words and phrases (literal text) that no rule flags, e.g. product names. */
  allowlist?: string[];
  /** Adjustments of built-in rules, by rule id. */
  builtins?: Record<string, RuleAdjustment>;
  rules: PackRule[];
}

/** The agent's own changes, kept apart from packs (ignore-once stays in the UI). */
export interface Adjustments {
  /** By rule id; applies to built-in and pack rules alike and wins over packs. */
  rules?: Record<string, RuleAdjustment>;
  allowlist?: string[];
}

export type LoadResult =
  | {
      ok: true;
      pack: Pack;
      warnings: PackProblem[];
      /**
       * The pack's patterns, found valid while validating it: pass them on to createChecker
       * (ComposeOptions.validPatterns) so that compiling need not parse them again.
       */
      validPatterns: ReadonlySet<string>;
    }
  | { ok: false; errors: PackProblem[]; warnings: PackProblem[] };

// What a rule is made of. Rules are pure: they see a pre-tokenized draft (and the customer's
// message), never the DOM, storage or browser APIs.
import type { Category, Lang, Localized, Severity, TextSpan } from './types';
import type { Doc } from './tokenizer';

export interface RuleMeta {
  id: string;
  category: Category;
  severity: Severity;
  languages: readonly Lang[];
  /** Shown next to the finding: what is wrong and why, in plain words. */
  messages: Localized;
  /** Which guideline the rule serves. */
  rationale: Localized;
  /**
   * A backstop (the learned judgement): it reports only where no other rule of its category
   * reports anything in the draft, since a phrase rule marks the exact words and offers fixes.
   */
  backstop?: boolean;
  /**
   * The rule guesses from what a reply lacks (no time named, no acknowledgement found) or
   * measures what many readers accept (a long sentence, an abbreviation, a word in capitals):
   * where the learned judgement of the whole draft is sure its category is fine, its finding is
   * dropped. Rules that name a problem in its words (vague-time, deflection) do not yield.
   */
  yieldsToJudgement?: boolean;
  /**
   * A stricter rule most teams do not want (issue 14: what most teams accept is no problem in the
   * checklist): it stays off until a pack or the agent switches it on (rule adjustments).
   */
  offByDefault?: boolean;
}

/** Patterns of one phrase list in one language (see pattern.ts for the syntax). */
export interface PhraseSet {
  patterns: readonly string[];
  /** Exceptions: where one matches, overlapping patterns are ignored. */
  except?: readonly string[];
}

/** A named phrase list per language; a plain array is shorthand for { patterns }. */
export type PhraseList = Partial<Record<Lang, PhraseSet | readonly string[]>>;

export interface Match {
  start: number;
  end: number;
  firstToken: number;
  lastToken: number;
  sentence: number;
  /** The pattern source that matched, as written in the list. */
  pattern: string;
}

export interface Analysis {
  text: string;
  lang: Lang;
  doc: Doc;
  /** Matches of one of the rule's lists: leftmost-longest, non-overlapping, exceptions applied. */
  find(list: string): readonly Match[];
}

/** Names for suggestions, when the caller knows them (checked by names.ts: plain names only). */
export interface Names {
  customer: string | undefined;
  agent: string | undefined;
}

export interface RuleContext extends Analysis {
  /** The customer's message, when the caller gave one. */
  customer: Analysis | undefined;
  names: Names;
}

export interface RuleHit {
  start: number;
  end: number;
  suggestions?: string[];
  /** What the suggestions replace, when wider than start..end (see Finding.fix). */
  fix?: TextSpan;
  /** Replaces the rule's default message, e.g. to quote what the customer wrote. */
  message?: Localized;
}

export interface Example {
  draft: string;
  customer?: string;
  customerName?: string;
  agentName?: string;
  /**
   * An invalid example's draft after the rule's first finding is fixed with its first
   * suggestion; the table test (tests/unit/rules/examples.test.ts) applies it and compares.
   */
  fixed?: string;
}

export type RuleExamples = Partial<Record<Lang, { valid: Example[]; invalid: Example[] }>>;

/**
 * A rule as the engine runs it. Built-in rules keep their examples beside them (a named export
 * `examples` in the rule's file, gathered by rules/examples.ts), so the rule objects a page
 * loads do not carry hundreds of example drafts along.
 */
export interface EngineRule extends RuleMeta {
  /** Phrase lists compiled into the shared trie, addressed by name in ctx.find(name). */
  lists?: Readonly<Record<string, PhraseList>>;
  check(ctx: RuleContext): RuleHit[];
}

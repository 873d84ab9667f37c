// The engine's public vocabulary. Everything here is plain data: no DOM, no browser APIs,
// so the CLI, the benchmarks, the corpus and the content script all run the same code.

export const LANGS = ['de', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The six fixed categories of good interaction work, in the order the sidebar lists them. */
export const CATEGORIES = [
  'tone',
  'empathy',
  'ownership',
  'next-steps',
  'clarity',
  'co-production',
] as const;
export type Category = (typeof CATEGORIES)[number];

export type Severity = 'hint' | 'warning';

/** Text in both languages; the UI language picks one. */
export type Localized = Record<Lang, string>;

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** UTF-16 offsets into the draft; a finding about the whole draft spans all of it. */
  start: number;
  end: number;
  /** Why this matters, in the UI language. */
  message: string;
  /**
   * Replacement texts for draft.slice(start, end), or for draft.slice(fix.start, fix.end) when
   * `fix` is given, best first. A part in square brackets ("[day]", "[Uhrzeit]") is a
   * placeholder the agent completes (rules/engine/placeholder.ts).
   */
  suggestions?: string[];
  /**
   * What the suggestions replace when that is not the flagged words themselves: a fix that
   * leaves a phrase out takes its comma along, one that rewrites a clause replaces all of it.
   */
  fix?: TextSpan;
}

/** UTF-16 offsets into the draft: draft.slice(start, end). */
export interface TextSpan {
  start: number;
  end: number;
}

export interface CheckInput {
  draft: string;
  /** The customer's message the draft answers, for context (frustration, urgency, ...). */
  customer?: string;
  /** Language of the draft; detected from the draft when absent. */
  lang?: Lang;
  /** Language of the messages; defaults to the draft's language. */
  uiLang?: Lang;
  /** The customer's name as the ticket shows it, for greetings in suggestions. */
  customerName?: string;
  /** The agent's own name (a setting), for sign-offs in suggestions. */
  agentName?: string;
}

export interface CheckResult {
  lang: Lang;
  findings: Finding[];
}

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
  /** Replacement texts for draft.slice(start, end), best first. */
  suggestions?: string[];
}

export interface CheckInput {
  draft: string;
  /** The customer's message the draft answers, for context (frustration, urgency, ...). */
  customer?: string;
  /** Language of the draft; detected from the draft when absent. */
  lang?: Lang;
  /** Language of the messages; defaults to the draft's language. */
  uiLang?: Lang;
}

export interface CheckResult {
  lang: Lang;
  findings: Finding[];
}

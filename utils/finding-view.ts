// Turns the engine's findings into what the sidebar shows: sorted by category, with the
// rule's reason and a short quote of the flagged words, plus the per-category checklist.
// The engine's types only: the content script loads the engine itself later (engine-loader.ts).
import {
  CATEGORIES,
  type Category,
  type Finding,
  type Lang,
  type Localized,
  type Severity,
} from '@/rules/engine/types';

export interface FindingView {
  /** Stable across re-checks of the same text, for list keys. */
  key: string;
  ruleId: string;
  category: Category;
  severity: Severity;
  message: string;
  /** Why the rule matters (the rule's rationale), in the UI language. */
  reason: string;
  /** The flagged words, shortened; undefined when the finding is about the whole reply. */
  quote: string | undefined;
  suggestions: readonly string[];
  start: number;
  end: number;
}

export interface CategoryView {
  category: Category;
  count: number;
}

const QUOTE_MAX = 60;

export function quoteOf(draft: string, start: number, end: number): string | undefined {
  if (start <= 0 && end >= draft.trimEnd().length) return undefined;
  const words = draft.slice(start, end).replace(/\s+/g, ' ').trim();
  return words.length > QUOTE_MAX ? `${words.slice(0, QUOTE_MAX - 1).trimEnd()}…` : words;
}

export function toFindingViews(
  draft: string,
  findings: readonly Finding[],
  uiLang: Lang,
  /** Why a rule matters (its rationale), built-in or from a pack. */
  reasonOf?: (ruleId: string) => Localized | undefined,
): FindingView[] {
  const order = (category: Category) => CATEGORIES.indexOf(category);
  return [...findings]
    .sort((a, b) => order(a.category) - order(b.category) || a.start - b.start)
    .map((finding) => ({
      key: `${finding.ruleId}:${finding.start}:${finding.end}`,
      ruleId: finding.ruleId,
      category: finding.category,
      severity: finding.severity,
      message: finding.message,
      reason: reasonOf?.(finding.ruleId)?.[uiLang] ?? '',
      quote: quoteOf(draft, finding.start, finding.end),
      suggestions: finding.suggestions ?? [],
      start: finding.start,
      end: finding.end,
    }));
}

/** The six categories in fixed order, each with its number of findings (0 = met). */
export function toCategoryViews(findings: readonly Finding[]): CategoryView[] {
  return CATEGORIES.map((category) => ({
    category,
    count: findings.filter((finding) => finding.category === category).length,
  }));
}

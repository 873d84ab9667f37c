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
  /** What the suggestions replace (Finding.fix, else start..end) and its text. */
  fixStart: number;
  fixEnd: number;
  fixText: string;
}

export interface CategoryView {
  category: Category;
  count: number;
}

const QUOTE_MAX = 60;

/**
 * How many finding cards the sidebar shows at most. A reply with more hints than this (a huge
 * pasted text) would otherwise get thousands of cards, which stall the page and help nobody;
 * the checklist still counts them all.
 */
export const FINDINGS_SHOWN = 100;

/** A part of the draft, draft.slice(start, end): what a partial check looked at. */
export interface CheckedPart {
  start: number;
  end: number;
}

export interface FindingViewOptions {
  /**
   * The part of the draft that was checked when it was too long to check whole: a finding
   * over all of it is about the whole reply (as far as checked), like one over the whole draft.
   */
  checked?: CheckedPart | undefined;
}

/** Where a finding about the whole (checked) reply starts and ends at least. */
function wholeSpan(draft: string, checked: CheckedPart | undefined): CheckedPart {
  if (!checked) return { start: 0, end: draft.trimEnd().length };
  const part = draft.slice(checked.start, checked.end);
  return { start: checked.start, end: checked.start + part.trimEnd().length };
}

function quoteWithin(
  draft: string,
  start: number,
  end: number,
  whole: CheckedPart,
): string | undefined {
  if (start <= whole.start && end >= whole.end) return undefined;
  const words = draft.slice(start, end).replace(/\s+/g, ' ').trim();
  return words.length > QUOTE_MAX ? `${words.slice(0, QUOTE_MAX - 1).trimEnd()}…` : words;
}

export function quoteOf(
  draft: string,
  start: number,
  end: number,
  checked?: CheckedPart,
): string | undefined {
  return quoteWithin(draft, start, end, wholeSpan(draft, checked));
}

const order = (category: Category) => CATEGORIES.indexOf(category);

/** The findings in the sidebar's order: by category, then where they are. */
function sorted(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => order(a.category) - order(b.category) || a.start - b.start);
}

function toView(
  draft: string,
  finding: Finding,
  uiLang: Lang,
  whole: CheckedPart,
  reasonOf: ((ruleId: string) => Localized | undefined) | undefined,
): FindingView {
  const fix = finding.fix ?? finding;
  return {
    key: `${finding.ruleId}:${finding.start}:${finding.end}`,
    ruleId: finding.ruleId,
    category: finding.category,
    severity: finding.severity,
    message: finding.message,
    reason: reasonOf?.(finding.ruleId)?.[uiLang] ?? '',
    quote: quoteWithin(draft, finding.start, finding.end, whole),
    suggestions: finding.suggestions ?? [],
    start: finding.start,
    end: finding.end,
    fixStart: fix.start,
    fixEnd: fix.end,
    // Only a finding with suggestions needs it (a whole-reply finding would copy the draft).
    fixText: finding.suggestions ? draft.slice(fix.start, fix.end) : '',
  };
}

export function toFindingViews(
  draft: string,
  findings: readonly Finding[],
  uiLang: Lang,
  /** Why a rule matters (its rationale), built-in or from a pack. */
  reasonOf?: (ruleId: string) => Localized | undefined,
  options: FindingViewOptions = {},
): FindingView[] {
  const whole = wholeSpan(draft, options.checked);
  return sorted(findings).map((finding) => toView(draft, finding, uiLang, whole, reasonOf));
}

/**
 * At most `limit` of `items` (in the sidebar's order, by category), shared fairly between
 * the categories: each gets an equal share of the places, a category that needs fewer leaves
 * the rest to the others, and each keeps its first findings. Order is kept.
 */
export function firstOfEachCategory<T extends { category: Category }>(
  items: readonly T[],
  limit: number = FINDINGS_SHOWN,
): T[] {
  if (items.length <= limit) return [...items];
  const counts = new Map<Category, number>();
  for (const item of items) counts.set(item.category, (counts.get(item.category) ?? 0) + 1);
  // Smallest first: what a small category leaves over is shared by the bigger ones after it.
  const bySize = [...counts].sort((a, b) => a[1] - b[1]);
  const places = new Map<Category, number>();
  let left = limit;
  bySize.forEach(([category, count], i) => {
    const share = Math.min(count, Math.floor(left / (bySize.length - i)));
    places.set(category, share);
    left -= share;
  });
  const taken = new Map<Category, number>();
  return items.filter((item) => {
    const n = taken.get(item.category) ?? 0;
    if (n >= (places.get(item.category) ?? 0)) return false;
    taken.set(item.category, n + 1);
    return true;
  });
}

export interface FindingList {
  /** The cards to show: all findings, or FINDINGS_SHOWN of them (firstOfEachCategory). */
  shown: FindingView[];
  /** How many findings there are in all. */
  total: number;
}

/**
 * The sidebar's list: like toFindingViews, but views are made only for the findings shown, so
 * a draft with thousands of hints costs no more than one with a hundred.
 */
export function toFindingList(
  draft: string,
  findings: readonly Finding[],
  uiLang: Lang,
  reasonOf?: (ruleId: string) => Localized | undefined,
  options: FindingViewOptions & { limit?: number } = {},
): FindingList {
  const whole = wholeSpan(draft, options.checked);
  const shown = firstOfEachCategory(sorted(findings), options.limit ?? FINDINGS_SHOWN);
  return {
    shown: shown.map((finding) => toView(draft, finding, uiLang, whole, reasonOf)),
    total: findings.length,
  };
}

/** The six categories in fixed order, each with its number of findings (0 = met). */
export function toCategoryViews(findings: readonly Finding[]): CategoryView[] {
  return CATEGORIES.map((category) => ({
    category,
    count: findings.filter((finding) => finding.category === category).length,
  }));
}

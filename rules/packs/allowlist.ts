// Words and phrases no rule may flag (product names, a team's own terms). Entries are literal
// text, not patterns: they are tokenized like a draft, so "Klartext Pro" matches the two words
// whatever their case or umlaut spelling. The allowlist rides in the shared trie as one hidden
// rule whose matches are removed from the findings together with every finding inside them.
import type { EngineRule } from '../engine/rule-types';
import { tokenize } from '../engine/tokenizer';
import type { Finding } from '../engine/types';
import { LIMITS } from './limits';

/** Not a valid pack rule id (those have no colon), so it never clashes. */
export const ALLOWLIST_RULE_ID = 'klartext:allowlist';
const LIST = 'allow';

/** The pattern for a literal allowlist entry, or its word count when that is 0 or too many. */
export function allowlistPattern(
  entry: string,
): { pattern: string } | { problem: { words: number; max: number } } {
  const words = tokenize(entry).tokens.map((t) => t.norm);
  if (words.length === 0 || words.length > LIMITS.allowlistWords) {
    return { problem: { words: words.length, max: LIMITS.allowlistWords } };
  }
  return { pattern: words.join(' ') };
}

export function allowlistRule(entries: Iterable<string>): EngineRule | undefined {
  const patterns = new Set<string>();
  for (const entry of entries) {
    const result = allowlistPattern(entry);
    if ('pattern' in result) patterns.add(result.pattern);
  }
  if (patterns.size === 0) return undefined;
  const list = [...patterns];
  return {
    id: ALLOWLIST_RULE_ID,
    category: 'clarity',
    severity: 'hint',
    languages: ['de', 'en'],
    messages: { de: 'Erlaubt', en: 'Allowed' },
    rationale: { de: 'Erlaubte Wörter', en: 'Allowed words' },
    lists: { [LIST]: { de: list, en: list } },
    check: (ctx) => ctx.find(LIST).map((m) => ({ start: m.start, end: m.end })),
  };
}

/** Drops the allowlist's own findings and every finding that lies inside one of them. */
export function applyAllowlist(findings: Finding[]): Finding[] {
  const allowed = findings.filter((f) => f.ruleId === ALLOWLIST_RULE_ID);
  if (allowed.length === 0) return findings;
  return findings.filter(
    (f) =>
      f.ruleId !== ALLOWLIST_RULE_ID && !allowed.some((a) => a.start <= f.start && f.end <= a.end),
  );
}

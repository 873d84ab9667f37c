// The generic "phrases" rule kind: a word or swap list is data, not code. There is one format
// for it, the pack format's "phrases" rule (rules/packs/types.ts, pack.schema.json): a pack's
// rule, a built-in rule without code (a `definition`) and the phrase list of a built-in rule with
// code (rules/builtin/phrases/<id>.json) all give it, and all compile to the same trie.
import { LANGS, type Lang, type TextSpan } from './types';
import { capitalizeLike } from './rewrite';
import type { EngineRule, Match, PhraseList, RuleContext, RuleHit, RuleMeta } from './rule-types';
import type { PhrasesPackRule, RuleDefinition } from '../packs/types';

/**
 * The phrase part of a pack's "phrases" rule: `kind`, `patterns` per language, optional
 * `except`, optional `replacements` per language keyed by the pattern as written ("{2}" stands
 * for the text of the 2nd matched word, only for patterns without gaps; an empty replacement is
 * never offered). A built-in rule with code keeps its metadata and check in code and this part
 * in rules/builtin/phrases/<id>.json.
 */
export type PhraseRuleData = Pick<
  RuleDefinition<PhrasesPackRule>,
  'kind' | 'patterns' | 'except' | 'replacements'
>;

/**
 * A rule's phrase list as its JSON file gives it (a JSON import widens `kind` to string): the
 * same data, typed as the pack format's phrase part once `kind` is checked.
 */
export function phrases(json: Omit<PhraseRuleData, 'kind'> & { kind: string }): PhraseRuleData {
  if (json.kind !== 'phrases') throw new Error(`not a phrase rule: kind ${json.kind}`);
  return json as PhraseRuleData;
}

/** Suggestions a rule works out in code, and what they replace when not the matched words. */
export interface PhraseFix {
  suggestions: string[];
  fix?: TextSpan;
}

export interface PhraseRuleOptions {
  /** Extra judgement a list cannot express (e.g. "unless a link follows"). */
  keep?: (match: Match, ctx: RuleContext) => boolean;
  /**
   * Fixes a list's replacements cannot express (a name from the ticket, a rewritten clause);
   * where it gives one, it comes before the list's replacements.
   */
  fix?: (match: Match, ctx: RuleContext) => PhraseFix | undefined;
}

export const MAIN_LIST = 'main';

/**
 * The one phrase-list builder: patterns and exceptions per language, as a rule's JSON, a pack
 * rule and another rule's borrowed words all give them; languages without patterns are left out.
 */
export function phraseList(
  patterns: Partial<Record<Lang, readonly string[]>>,
  except?: Partial<Record<Lang, readonly string[]>>,
): PhraseList {
  const list: PhraseList = {};
  for (const lang of LANGS) {
    const own = patterns[lang];
    if (own) list[lang] = { patterns: own, except: except?.[lang] ?? [] };
  }
  return list;
}

export function fillTemplate(template: string, match: Match, ctx: RuleContext): string | null {
  let failed = false;
  const out = template.replace(/\{(\d)\}/g, (_, digit: string) => {
    const index = match.firstToken + Number(digit) - 1;
    if (match.pattern.includes('...') || index > match.lastToken) {
      failed = true;
      return '';
    }
    return ctx.doc.tokens[index]?.text ?? '';
  });
  return failed ? null : out;
}

export function suggestionsFor(
  data: PhraseRuleData,
  match: Match,
  ctx: RuleContext,
): string[] | undefined {
  const templates = data.replacements?.[ctx.lang]?.[match.pattern];
  if (!templates) return undefined;
  const original = ctx.text.slice(match.start, match.end);
  const out: string[] = [];
  for (const t of templates) {
    const filled = fillTemplate(t, match, ctx);
    if (filled === null || filled.trim() === '') continue;
    out.push(capitalizeLike(original, filled));
  }
  return out.length > 0 ? out : undefined;
}

export function phraseRule(
  meta: RuleMeta,
  data: PhraseRuleData,
  options: PhraseRuleOptions = {},
): EngineRule {
  return {
    ...meta,
    lists: { [MAIN_LIST]: phraseList(data.patterns, data.except) },
    check(ctx) {
      const hits: RuleHit[] = [];
      for (const match of ctx.find(MAIN_LIST)) {
        if (options.keep && !options.keep(match, ctx)) continue;
        const coded = options.fix?.(match, ctx);
        if (coded && coded.suggestions.length > 0) {
          hits.push({ start: match.start, end: match.end, ...coded });
          continue;
        }
        const suggestions = suggestionsFor(data, match, ctx);
        hits.push({ start: match.start, end: match.end, ...(suggestions ? { suggestions } : {}) });
      }
      return hits;
    },
  };
}

// Turns the declarative rules of a pack into engine rules. Phrase and required rules are phrase
// lists in the shared token trie, like the built-in ones; measures count tokens and sentences of
// the already tokenized draft. Nothing here runs code from the pack.
//
// Each rule also says cheaply when it might fire (a trigger list, or mayFire over the matched
// lists and a few counts), so a pack of thousands of rules only runs the few that can: the
// rule's own check still decides, the trigger only has to be a superset.
import { sentenceSpan, wholeDraft, wordCount } from '../engine/doc-helpers';
import { MAIN_LIST, phraseList, phraseRule } from '../engine/phrase-rule';
import type { EngineRule, PhraseList, PhraseSet, RuleContext, RuleHit } from '../engine/rule-types';
import type { Doc } from '../engine/tokenizer';
import { LANGS, type Lang } from '../engine/types';
import type { ByLang, MeasurePackRule, RequiredPackRule, RuleDefinition } from './types';

type MeasureRule = RuleDefinition<MeasurePackRule>;
type RequiredRule = RuleDefinition<RequiredPackRule>;

const REQUIRED_LIST = 'required';
const WHEN_DRAFT = 'when-draft';
const WHEN_CUSTOMER = 'when-customer';

/** The languages a pack rule runs on: those it has patterns or thresholds for. */
export function ruleLanguages(rule: RuleDefinition): Lang[] {
  const present = (m: ByLang<unknown> | undefined) =>
    m ? LANGS.filter((l) => m[l] !== undefined) : [];
  if (rule.kind === 'measure') {
    const langs = new Set([...present(rule.max), ...present(rule.min)]);
    return LANGS.filter((l) => langs.has(l));
  }
  return present(rule.patterns);
}

/** Counts of a draft that measures compare with their thresholds. */
export interface DocStats {
  lang: Lang;
  words: number;
  sentences: number;
  longestSentence: number;
  shortestSentence: number;
  exclamations: number;
}

export function docStats(doc: Doc, lang: Lang): DocStats {
  let longest = 0;
  let shortest = Infinity;
  for (const s of doc.sentences) {
    const n = wordCount(s);
    if (n > longest) longest = n;
    if (n < shortest) shortest = n;
  }
  return {
    lang,
    words: doc.tokens.length,
    sentences: doc.sentences.length,
    longestSentence: longest,
    shortestSentence: shortest,
    exclamations: countChar(doc.text, 33),
  };
}

/** Did a list of this rule have any candidate match, on the draft or the customer's side? */
export type HasMatch = (list: string, side: 'draft' | 'customer') => boolean;

export interface PackEngineRule {
  rule: EngineRule;
  /** The rule can only fire when this list of it matched. */
  trigger?: string;
  /** Otherwise: can it fire, given what matched and the counts? */
  mayFire?: (has: HasMatch, stats: DocStats) => boolean;
}

function requiredRule(rule: RequiredRule, base: Omit<EngineRule, 'check' | 'lists'>): EngineRule {
  const lists: Record<string, PhraseList> = {
    [REQUIRED_LIST]: phraseList(rule.patterns, rule.except),
  };
  if (rule.when?.draft) lists[WHEN_DRAFT] = phraseList(rule.when.draft);
  if (rule.when?.customer) lists[WHEN_CUSTOMER] = phraseList(rule.when.customer);
  const { when } = rule;
  return {
    ...base,
    lists,
    check(ctx) {
      if (ctx.doc.tokens.length === 0) return [];
      if (when?.draft && ctx.find(WHEN_DRAFT).length === 0) return [];
      if (when?.customer) {
        const customer = ctx.customer;
        if (!customer || customer.find(WHEN_CUSTOMER).length === 0) return [];
      }
      return ctx.find(REQUIRED_LIST).length > 0 ? [] : [wholeDraft(ctx.text)];
    },
  };
}

function countChar(text: string, code: number): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === code) n++;
  return n;
}

function outside(n: number, lang: Lang, rule: MeasureRule): boolean {
  const max = rule.max?.[lang];
  const min = rule.min?.[lang];
  return (max !== undefined && n > max) || (min !== undefined && n < min);
}

function measureCheck(rule: MeasureRule): (ctx: RuleContext) => RuleHit[] {
  return (ctx) => {
    const { doc, lang, text } = ctx;
    if (doc.tokens.length === 0) return [];
    switch (rule.measure) {
      case 'sentence-words':
        return doc.sentences.filter((s) => outside(wordCount(s), lang, rule)).map(sentenceSpan);
      case 'draft-words':
        return outside(doc.tokens.length, lang, rule) ? [wholeDraft(text)] : [];
      case 'draft-sentences':
        return outside(doc.sentences.length, lang, rule) ? [wholeDraft(text)] : [];
      case 'exclamation-marks':
        return outside(countChar(text, 33), lang, rule) ? [wholeDraft(text)] : [];
    }
  };
}

function measureMayFire(rule: MeasureRule): PackEngineRule['mayFire'] {
  return (_has, stats) => {
    if (stats.words === 0) return false;
    const { lang } = stats;
    switch (rule.measure) {
      case 'sentence-words':
        return (
          outside(stats.longestSentence, lang, rule) || outside(stats.shortestSentence, lang, rule)
        );
      case 'draft-words':
        return outside(stats.words, lang, rule);
      case 'draft-sentences':
        return outside(stats.sentences, lang, rule);
      case 'exclamation-marks':
        return outside(stats.exclamations, lang, rule);
    }
  };
}

function requiredMayFire(rule: RequiredRule): PackEngineRule['mayFire'] {
  const { when } = rule;
  const hasExceptions = rule.except !== undefined;
  return (has, stats) =>
    stats.words > 0 &&
    (!when?.draft || has(WHEN_DRAFT, 'draft')) &&
    // An exception can cancel every match of the list, so a match alone does not rule it out.
    (hasExceptions || !has(REQUIRED_LIST, 'draft')) &&
    (!when?.customer || has(WHEN_CUSTOMER, 'customer'));
}

export function toEngineRule(rule: RuleDefinition): PackEngineRule {
  const base = {
    id: rule.id,
    category: rule.category,
    severity: rule.severity,
    languages: ruleLanguages(rule),
    messages: rule.messages,
    rationale: rule.rationale,
  };
  switch (rule.kind) {
    case 'phrases':
      return {
        rule: phraseRule(base, {
          kind: rule.kind,
          patterns: rule.patterns,
          except: rule.except,
          replacements: safeMaps(rule.replacements),
        }),
        trigger: MAIN_LIST,
      };
    case 'required':
      return { rule: requiredRule(rule, base), mayFire: requiredMayFire(rule) };
    case 'measure':
      return { rule: { ...base, check: measureCheck(rule) }, mayFire: measureMayFire(rule) };
  }
}

/**
 * Replacements are looked up by the matched pattern's source: in a plain object a pattern
 * "constructor" would find Object's constructor. Copies without a prototype find only data.
 */
function safeMaps(
  replacements: ByLang<Record<string, string[]>> | undefined,
): ByLang<Record<string, string[]>> | undefined {
  if (!replacements) return undefined;
  const out: ByLang<Record<string, string[]>> = {};
  for (const lang of LANGS) {
    const map = replacements[lang];
    if (map) out[lang] = Object.assign(Object.create(null) as Record<string, string[]>, map);
  }
  return out;
}

/** Does the rule have a phrase list that more exceptions could go into? */
export function takesExceptions(rule: EngineRule): boolean {
  return rule.lists?.[MAIN_LIST] !== undefined || rule.lists?.[REQUIRED_LIST] !== undefined;
}

/** A copy of the rule whose phrase list has more exceptions (the original is left alone). */
export function withExceptions(rule: EngineRule, extra: ByLang<readonly string[]>): EngineRule {
  const name = rule.lists?.[MAIN_LIST] ? MAIN_LIST : REQUIRED_LIST;
  const list = rule.lists?.[name];
  if (!list) return rule;
  const merged: PhraseList = { ...list };
  for (const lang of LANGS) {
    const current = list[lang];
    const more = extra[lang];
    if (!current || !more || more.length === 0) continue;
    const set: PhraseSet = Array.isArray(current) ? { patterns: current } : (current as PhraseSet);
    merged[lang] = { patterns: set.patterns, except: [...(set.except ?? []), ...more] };
  }
  return { ...rule, lists: { ...rule.lists, [name]: merged } };
}

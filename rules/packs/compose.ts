// Builds one checker from the built-in rules, installed packs and the agent's local adjustments.
// Pure and all-or-nothing: it either returns a complete new checker or a list of problems, and
// never touches the built-in rules, the default `check` or a checker built before.
//
// Two compiled sets: the built-ins (compiled once and shared, unless a pack adds exceptions to
// them) and the packs' rules with the allowlist. Packs can hold thousands of rules, so their
// pass first asks the trie which lists matched and runs only the rules that can fire.
import { compileRuleSet, ListMatches, type CompiledRules } from '../engine/compile';
import { analyse, runCheck, withoutCoveredBackstops, type Side } from '../engine/engine';
import type { WordSets } from '../engine/pattern';
import type { EngineRule, RuleMeta } from '../engine/rule-types';
import { tokenize, type Doc } from '../engine/tokenizer';
import type { CheckInput, CheckResult, Finding, Lang, Severity } from '../engine/types';
import sets from '../builtin/phrases/sets.json' with { type: 'json' };
import { compiledBuiltins } from '../compiled';
import { BUILTIN_RULES } from '../registry';
import { allowlistPattern, allowlistRule, applyAllowlist } from './allowlist';
import { checkPattern } from './limits';
import {
  docStats,
  takesExceptions,
  toEngineRule,
  withExceptions,
  type DocStats,
  type HasMatch,
  type PackEngineRule,
} from './pack-rules';
import { problemAt, type PackProblem } from './problems';
import type { Adjustments, ByLang, Pack, PackRule, RuleAdjustment } from './types';

export const WORD_SETS = sets as WordSets;

/** A rule as the options page lists it: where it comes from and how it is set. */
export interface ComposedRule extends RuleMeta {
  origin: 'builtin' | 'pack';
  /** The pack that brought the rule (origin "pack"). */
  packId?: string;
  kind: PackRule['kind'] | 'builtin';
  source?: string;
  enabled: boolean;
  /** The severity before the agent's own adjustments (built-in or pack, after pack tweaks). */
  /** A stricter built-in rule that stays off unless switched on (RuleMeta.offByDefault). */
  offByDefault: boolean;
  defaultSeverity: Severity;
}

export interface Checker {
  check(input: CheckInput): CheckResult;
  /** Every rule, switched off ones included, in the order they run. */
  rules: readonly ComposedRule[];
  /** Rule ids in the local adjustments that name no rule (e.g. of a removed pack). */
  unusedAdjustments: readonly string[];
}

export type ComposeResult = ({ ok: true } & Checker) | { ok: false; errors: PackProblem[] };

export interface ComposeOptions {
  packs?: readonly Pack[];
  adjustments?: Adjustments;
  /**
   * Patterns known to be valid: the validPatterns of loadPack's results for these packs.
   * Compiling builds them item by item as drafts reach them, without parsing them first; any
   * other pattern of the packs is parsed when the checker is built.
   */
  validPatterns?: readonly ReadonlySet<string>[];
}

/** What the example runner needs besides the checker. */
export interface Composition {
  /** The packs' rules and the allowlist. */
  packCompiled: CompiledRules;
  engineRules: Map<string, EngineRule>;
  allow: EngineRule | undefined;
  checker: Checker;
}

const hasOwn = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

function mergeAdjustment(into: RuleAdjustment, change: RuleAdjustment): RuleAdjustment {
  const out: RuleAdjustment = { ...into };
  if (change.enabled !== undefined) out.enabled = change.enabled;
  if (change.severity !== undefined) out.severity = change.severity;
  const more = change.options?.except;
  if (more) {
    const except: ByLang<string[]> = { ...out.options?.except };
    for (const lang of ['de', 'en'] as const) {
      if (more[lang]) except[lang] = [...(except[lang] ?? []), ...more[lang]!];
    }
    out.options = { except };
  }
  return out;
}

/** Local adjustments come from the UI, not from a linted pack: hold them to the same limits. */
function checkLocal(adjustments: Adjustments): PackProblem[] {
  const errors: PackProblem[] = [];
  for (const [id, adj] of Object.entries(adjustments.rules ?? {})) {
    for (const [lang, patterns] of Object.entries(adj.options?.except ?? {})) {
      (patterns ?? []).forEach((source, i) => {
        const checked = checkPattern(source, WORD_SETS);
        if ('what' in checked) {
          errors.push(
            problemAt(
              `/rules/${id}/options/except/${lang}/${i}`,
              'pattern',
              { rule: id, list: 'exception', pattern: source, fault: checked },
              { pack: 'local' },
            ),
          );
        }
      });
    }
  }
  (adjustments.allowlist ?? []).forEach((entry, i) => {
    const result = allowlistPattern(entry);
    if ('problem' in result) {
      errors.push(
        problemAt(
          `/allowlist/${i}`,
          'allowlist-entry',
          { entry, ...result.problem },
          { pack: 'local' },
        ),
      );
    }
  });
  return errors;
}

/** Duplicate packs and rule ids taken twice; returns rule id -> owner ("built-in" or pack id). */
function checkIds(packs: readonly Pack[], errors: PackProblem[]): Map<string, string> {
  const owner = new Map<string, string>();
  for (const rule of BUILTIN_RULES) owner.set(rule.id, 'built-in');
  const packIds = new Set<string>();
  for (const pack of packs) {
    if (packIds.has(pack.id)) {
      errors.push(problemAt('/id', 'pack-twice', { pack: pack.id }, { pack: pack.id }));
      continue;
    }
    packIds.add(pack.id);
    pack.rules.forEach((rule, i) => {
      const taken = owner.get(rule.id);
      if (taken === undefined) {
        owner.set(rule.id, pack.id);
        return;
      }
      const by = taken === 'built-in' ? {} : { pack: taken };
      errors.push(
        problemAt(`/rules/${i}/id`, 'rule-id-taken', { rule: rule.id, ...by }, { pack: pack.id }),
      );
    });
  }
  return owner;
}

function byPosition(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId);
}

/** The packs' pass: which lists matched, then only the rules that can fire. */
function packPass(
  compiled: CompiledRules,
  entries: readonly PackEngineRule[],
): (input: CheckInput, lang: Lang, doc: Doc) => Finding[] {
  const byList = new Map<number, number[]>();
  const conditional: { index: number; ids: ReadonlyMap<string, number> | undefined }[] = [];
  entries.forEach((entry, index) => {
    const ids = compiled.listIds.get(entry.rule.id);
    const listId = entry.trigger ? ids?.get(entry.trigger) : undefined;
    if (listId === undefined) {
      conditional.push({ index, ids });
      return;
    }
    const list = byList.get(listId);
    if (list) list.push(index);
    else byList.set(listId, [index]);
  });
  return (input, lang, doc) => {
    // One walk of the packs' trie: it picks the rules, and the picked rules read its matches.
    const matches = new ListMatches(compiled, doc, lang);
    const picked: number[] = [];
    for (const listId of matches.found()) for (const i of byList.get(listId) ?? []) picked.push(i);
    // The customer's message, analysed only if a rule's condition asks about it.
    let customer: Side | undefined;
    if (conditional.length > 0) {
      const customerText = typeof input.customer === 'string' ? input.customer : '';
      let ids: ReadonlyMap<string, number> | undefined;
      const has: HasMatch = (list, side) => {
        const id = ids?.get(list);
        if (id === undefined) return false;
        if (side === 'draft') return matches.any(id);
        if (customerText.trim() === '') return false;
        customer ??= analyse(compiled, customerText);
        return customer.matches.any(id);
      };
      const stats: DocStats = docStats(doc, lang);
      for (const c of conditional) {
        ids = c.ids;
        if (entries[c.index]!.mayFire?.(has, stats) ?? true) picked.push(c.index);
      }
    }
    if (picked.length === 0) return [];
    picked.sort((a, b) => a - b);
    const rules = picked.map((i) => entries[i]!.rule);
    const prepared = { draftDoc: doc, draftMatches: matches, customer };
    return runCheck({ ...compiled, rules }, { ...input, lang }, prepared).findings;
  };
}

export function compose({
  packs = [],
  adjustments = {},
  validPatterns = [],
}: ComposeOptions): Composition | PackProblem[] {
  const errors: PackProblem[] = checkLocal(adjustments);
  const owner = checkIds(packs, errors);
  if (errors.length > 0) return errors;

  // Pack tweaks of built-ins first (later packs win), then the agent's own, which win over all.
  const packLevel = new Map<string, RuleAdjustment>();
  for (const pack of packs) {
    for (const [id, adj] of Object.entries(pack.builtins ?? {})) {
      packLevel.set(id, mergeAdjustment(packLevel.get(id) ?? {}, adj));
    }
  }
  const local = adjustments.rules ?? {};
  const listed: ComposedRule[] = [];
  const engineRules = new Map<string, EngineRule>();
  const adjust = (
    original: EngineRule,
    extra: Pick<ComposedRule, 'origin' | 'packId' | 'kind' | 'source'>,
  ) => {
    // A pack's "builtins" adjust built-in rules only, never another pack's rules.
    const fromPacks = (extra.origin === 'builtin' && packLevel.get(original.id)) || {};
    const adj = hasOwn(local, original.id)
      ? mergeAdjustment(fromPacks, local[original.id]!)
      : fromPacks;
    let rule = original;
    if (adj.severity !== undefined && adj.severity !== rule.severity)
      rule = { ...rule, severity: adj.severity };
    const addsExceptions = adj.options?.except !== undefined && takesExceptions(rule);
    if (addsExceptions) rule = withExceptions(rule, adj.options!.except!);
    const enabled = adj.enabled ?? !original.offByDefault;
    engineRules.set(rule.id, rule);
    listed.push({
      id: rule.id,
      category: rule.category,
      severity: rule.severity,
      languages: rule.languages,
      messages: rule.messages,
      rationale: rule.rationale,
      origin: extra.origin,
      packId: extra.packId,
      kind: extra.kind,
      source: extra.source,
      enabled,
      offByDefault: original.offByDefault === true,
      defaultSeverity: fromPacks.severity ?? original.severity,
    });
    return { rule, enabled, addsExceptions };
  };

  const builtins = BUILTIN_RULES.map((r) => adjust(r, { origin: 'builtin', kind: 'builtin' }));
  const entries: PackEngineRule[] = [];
  for (const pack of packs) {
    for (const packRule of pack.rules) {
      const entry = toEngineRule(packRule);
      const { rule, enabled } = adjust(entry.rule, {
        origin: 'pack',
        packId: pack.id,
        kind: packRule.kind,
        source: packRule.source,
      });
      if (!enabled) continue;
      entry.rule = rule;
      entries.push(entry);
    }
  }
  const allow = allowlistRule([
    ...packs.flatMap((p) => p.allowlist ?? []),
    ...(adjustments.allowlist ?? []),
  ]);
  if (allow) entries.push({ rule: allow, trigger: 'allow' });

  let builtinSet: CompiledRules;
  let packCompiled: CompiledRules;
  try {
    const activeBuiltins = builtins.filter((b) => b.enabled).map((b) => b.rule);
    // Extra exceptions change the built-ins' tries; otherwise they share one compiled set.
    // Both are built item by item as drafts reach them: the built-in patterns are valid, a
    // pack's loadPack found valid (validPatterns), anything else (exceptions, allowlist) is parsed now.
    builtinSet = builtins.some((b) => b.addsExceptions)
      ? compileRuleSet(activeBuiltins, WORD_SETS, {
          lazy: true,
          trusted: builtinSources(),
        })
      : {
          ...compiledBuiltins(),
          rules: activeBuiltins,
        };
    packCompiled = compileRuleSet(
      entries.map((e) => e.rule),
      WORD_SETS,
      { lazy: true, trusted: union(validPatterns) },
    );
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return [problemAt('', 'compile-failed', { detail })];
  }
  const runPacks = entries.length > 0 ? packPass(packCompiled, entries) : undefined;
  const check = (input: CheckInput): CheckResult => {
    if (!runPacks) return runCheck(builtinSet, input);
    // One tokenization serves both passes.
    const doc = tokenize(typeof input.draft === 'string' ? input.draft : '');
    const base = runCheck(builtinSet, input, { draftDoc: doc });
    const more = runPacks(input, base.lang, doc);
    if (more.length === 0) return base;
    // A pack's finding in a category also silences the built-in learned judgement there.
    const findings = withoutCoveredBackstops(
      builtinSet.rules,
      [...base.findings, ...more].sort(byPosition),
    );
    return { lang: base.lang, findings: allow ? applyAllowlist(findings) : findings };
  };
  const unusedAdjustments = Object.keys(local).filter((id) => !owner.has(id));
  return { packCompiled, engineRules, allow, checker: { check, rules: listed, unusedAdjustments } };
}

let builtinPatterns: ReadonlySet<string> | undefined;

/** Every pattern source of the built-in rules. */
function builtinSources(): ReadonlySet<string> {
  return (builtinPatterns ??= new Set(compiledBuiltins().sources.flat()));
}

function union(sets: readonly ReadonlySet<string>[]): ReadonlySet<string> {
  if (sets.length === 1) return sets[0]!;
  const merged = new Set<string>();
  for (const set of sets) for (const source of set) merged.add(source);
  return merged;
}

/**
 * A checker for built-ins + packs (in order) + local adjustments, or the problems that stop it.
 * Packs should come from loadPack (re-run it with `examples: false` on packs read back from
 * storage), with its validPatterns passed on; the result is complete or nothing. Treat packs as immutable: the checker keeps
 * their messages and examples by reference, so edit a structuredClone.
 */
export function createChecker(options: ComposeOptions = {}): ComposeResult {
  let result: Composition | PackProblem[];
  try {
    result = compose(options);
  } catch (error) {
    // A pack object that did not come from loadPack (say, damaged in storage) may not have the
    // shape compose relies on: refuse it like any other problem instead of throwing.
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [problemAt('', 'unusable-packs', { detail })] };
  }
  return Array.isArray(result) ? { ok: false, errors: result } : { ok: true, ...result.checker };
}

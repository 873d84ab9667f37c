// Runs a compiled rule set on one draft: tokenize once, match all phrase lists once, then let
// every rule for the draft's language look at the shared analysis.
import { ListMatches, type CompiledRules } from './compile';
import { detectLanguageFromTokens } from './language';
import { tokenize, type Doc } from './tokenizer';
import type { CheckInput, CheckResult, Finding, Lang, TextSpan } from './types';
import type { Analysis, EngineRule, Match, Names, RuleContext, RuleHit } from './rule-types';
import { personName } from './names';
import { judgeDraft } from '../learned/judgement';

/** One analysed text (the draft or the customer's message) with its phrase matches. */
export interface Side {
  text: string;
  lang: Lang;
  doc: Doc;
  matches: ListMatches;
}

export function analyse(
  compiled: CompiledRules,
  text: string,
  lang?: Lang,
  doc = tokenize(text),
  matches?: ListMatches,
): Side {
  const detected = lang ?? detectLanguageFromTokens(doc.tokens);
  return {
    text,
    lang: detected,
    doc,
    matches: matches ?? new ListMatches(compiled, doc, detected),
  };
}

/** A rule's view of one side: find(name) resolves the rule's own list names. */
class View implements Analysis {
  readonly text: string;
  readonly lang: Lang;
  readonly doc: Doc;
  constructor(
    protected readonly side: Side,
    protected readonly ruleId: string,
    private readonly ids: ReadonlyMap<string, number> | undefined,
  ) {
    this.text = side.text;
    this.lang = side.lang;
    this.doc = side.doc;
  }

  find(name: string): readonly Match[] {
    const id = this.ids?.get(name);
    if (id === undefined) throw new Error(`Rule ${this.ruleId} has no phrase list "${name}"`);
    return this.side.matches.get(id);
  }
}

/** What one check shares between its rules: the customer's message is analysed on demand. */
class Run {
  readonly hasCustomer: boolean;
  constructor(
    readonly compiled: CompiledRules,
    private readonly customerText: string,
    private customerSide: Side | undefined,
    readonly names: Names,
  ) {
    this.hasCustomer = customerText.trim() !== '';
  }

  customer(): Side {
    return (this.customerSide ??= analyse(this.compiled, this.customerText));
  }
}

class Context extends View implements RuleContext {
  private customerView: View | undefined;
  constructor(
    draft: Side,
    ruleId: string,
    private readonly ruleIds: ReadonlyMap<string, number> | undefined,
    private readonly run: Run,
  ) {
    super(draft, ruleId, ruleIds);
  }

  get names(): Names {
    return this.run.names;
  }

  /** The customer's message, analysed only if a rule asks for it. */
  get customer(): View | undefined {
    if (!this.run.hasCustomer) return undefined;
    return (this.customerView ??= new View(this.run.customer(), this.ruleId, this.ruleIds));
  }
}

/** A fix span inside the draft (a rule's bug must not make an editor replace past its end). */
function clampedFix(fix: TextSpan, length: number): TextSpan | undefined {
  const start = Math.max(0, Math.min(fix.start, length));
  const end = Math.max(start, Math.min(fix.end, length));
  return Number.isFinite(start) && Number.isFinite(end) ? { start, end } : undefined;
}

function byPosition(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId);
}

/**
 * What a caller that runs several compiled sets over one check (the built-ins, then rule packs)
 * has already worked out. `draftDoc` must be tokenize(input.draft); `draftMatches` (in
 * input.lang) and `customer` (from analyse) must come from the same compiled set's tries.
 */
export interface Prepared {
  draftDoc?: Doc;
  draftMatches?: ListMatches;
  customer?: Side;
}

export function runCheck(
  compiled: CompiledRules,
  input: CheckInput,
  prepared: Prepared = {},
): CheckResult {
  const draft = typeof input.draft === 'string' ? input.draft : '';
  const draftSide = analyse(compiled, draft, input.lang, prepared.draftDoc, prepared.draftMatches);
  const lang = draftSide.lang;
  const uiLang = input.uiLang ?? lang;
  const customerText = typeof input.customer === 'string' ? input.customer : '';
  const names: Names = {
    customer: personName(input.customerName),
    agent: personName(input.agentName),
  };
  const run = new Run(compiled, customerText, prepared.customer, names);

  const findings: Finding[] = [];
  for (const rule of compiled.rules) {
    if (!rule.languages.includes(lang)) continue;
    const ctx = new Context(draftSide, rule.id, compiled.listIds.get(rule.id), run);
    let hits: RuleHit[];
    try {
      hits = rule.check(ctx);
    } catch (error) {
      // One broken rule must not take the others down while the agent is typing.
      console.error(`klartext: rule ${rule.id} failed`, error);
      continue;
    }
    for (const hit of hits) {
      const start = Math.max(0, Math.min(hit.start, draft.length));
      const end = Math.max(start, Math.min(hit.end, draft.length));
      const finding: Finding = {
        ruleId: rule.id,
        category: rule.category,
        severity: rule.severity,
        start,
        end,
        message: (hit.message ?? rule.messages)[uiLang],
      };
      if (hit.suggestions && hit.suggestions.length > 0) {
        finding.suggestions = hit.suggestions;
        const fix = hit.fix && clampedFix(hit.fix, draft.length);
        if (fix && (fix.start !== start || fix.end !== end)) finding.fix = fix;
      }
      findings.push(finding);
    }
  }
  findings.sort(byPosition);
  const judged = withoutYielded(compiled.rules, findings, draftSide.doc, customerText, lang);
  return { lang, findings: withoutCoveredBackstops(compiled.rules, judged) };
}

/**
 * Drops the findings of rules that yield to the learned judgement (RuleMeta.yieldsToJudgement)
 * where the model of the whole draft is sure their category is fine.
 */
function withoutYielded(
  rules: readonly EngineRule[],
  findings: Finding[],
  doc: Doc,
  customer: string,
  lang: Lang,
): Finding[] {
  const yielding = new Set(rules.filter((rule) => rule.yieldsToJudgement).map((rule) => rule.id));
  if (!findings.some((finding) => yielding.has(finding.ruleId))) return findings;
  const judged = judgeDraft(doc, customer, lang);
  return findings.filter(
    (finding) => !yielding.has(finding.ruleId) || !judged.fine(finding.category),
  );
}

/**
 * Drops a backstop rule's finding where another rule of its category reports anything: the
 * learned judgement speaks about the whole draft, and the phrase rule's finding marks the exact
 * words and offers fixes. A caller that runs several compiled sets (packs.compose) applies it
 * again to all their findings together.
 */
export function withoutCoveredBackstops(
  rules: readonly EngineRule[],
  findings: Finding[],
): Finding[] {
  const backstops = new Set(rules.filter((rule) => rule.backstop).map((rule) => rule.id));
  if (backstops.size === 0) return findings;
  const reported = new Set(
    findings.filter((finding) => !backstops.has(finding.ruleId)).map((f) => f.category),
  );
  return findings.filter(
    (finding) => !backstops.has(finding.ruleId) || !reported.has(finding.category),
  );
}

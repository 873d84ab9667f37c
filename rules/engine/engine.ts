// Runs a compiled rule set on one draft: tokenize once, match all phrase lists once, then let
// every rule for the draft's language look at the shared analysis.
import { analysisFor, matchLists, type CompiledRules } from './compile';
import { detectLanguageFromTokens } from './language';
import { tokenize, type Doc } from './tokenizer';
import type { CheckInput, CheckResult, Finding, Lang } from './types';
import type { Match, RuleContext } from './rule-types';

interface Side {
  text: string;
  lang: Lang;
  doc: Doc;
  byId: (id: number | undefined) => readonly Match[];
}

function side(compiled: CompiledRules, text: string, lang?: Lang, doc = tokenize(text)): Side {
  const detected = lang ?? detectLanguageFromTokens(doc.tokens);
  return { text, lang: detected, doc, byId: matchLists(compiled, doc, detected) };
}

/**
 * `draftDoc` is the draft already tokenized, for callers that run several compiled sets over
 * one draft (the built-ins, then rule packs); it must be tokenize(input.draft).
 */
export function runCheck(compiled: CompiledRules, input: CheckInput, draftDoc?: Doc): CheckResult {
  const draft = typeof input.draft === 'string' ? input.draft : '';
  const draftSide = side(compiled, draft, input.lang, draftDoc);
  const lang = draftSide.lang;
  const uiLang = input.uiLang ?? lang;
  // The customer's message is analysed only if a rule asks for it.
  let customerSide: Side | undefined;
  const customerText = typeof input.customer === 'string' ? input.customer : '';
  const getCustomer = () => (customerSide ??= side(compiled, customerText));

  const findings: Finding[] = [];
  for (const rule of compiled.rules) {
    if (!rule.languages.includes(lang)) continue;
    const own = analysisFor(compiled, rule.id, draftSide);
    let customer: RuleContext['customer'];
    const ctx: RuleContext = {
      ...own,
      get customer() {
        if (customerText.trim() === '') return undefined;
        return (customer ??= analysisFor(compiled, rule.id, getCustomer()));
      },
    };
    let hits;
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
      if (hit.suggestions && hit.suggestions.length > 0) finding.suggestions = hit.suggestions;
      findings.push(finding);
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return { lang, findings };
}

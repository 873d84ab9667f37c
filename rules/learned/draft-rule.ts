// A rule made of the learned judgement of the whole draft (judgement.ts judgeDraft): where the
// model finds the reply breaks its category's guideline, it marks the sentence that weighed most
// and quotes the words that weighed most there, so the agent sees why. It is a backstop
// (rule-types.ts): where a phrase rule of the category already reports something, that finding
// (with its exact words and fixes) stands alone.
import type { EngineRule, RuleExamples } from '../engine/rule-types';
import type { Category, Localized } from '../engine/types';
import { judgeDraft, learnedLanguages, type DraftEvidence } from './judgement';

export interface LearnedRuleMeta {
  id: string;
  category: Category;
  messages: Localized;
  rationale: Localized;
  /**
   * The judgement means nothing without the customer's message (empathy: what did they go
   * through?); every training draft had one, so without it the rule stays silent.
   */
  needsCustomer?: boolean;
}

function withEvidence(messages: Localized, quote: DraftEvidence['quote']): Localized | undefined {
  const said = quote?.text.replace(/\s+/g, ' ').trim();
  if (!quote || !said) return undefined;
  if (quote.from === 'customer') {
    return {
      en: `${messages.en} (Mostly because the customer wrote “${said}”.)`,
      de: `${messages.de} (Vor allem, weil die Kundin „${said}“ schrieb.)`,
    };
  }
  return {
    en: `${messages.en} (Mostly because of “${said}”.)`,
    de: `${messages.de} (Vor allem wegen „${said}“.)`,
  };
}

export function learnedDraftRule({ needsCustomer, ...meta }: LearnedRuleMeta): EngineRule {
  return {
    ...meta,
    severity: 'hint',
    languages: learnedLanguages(meta.category, 'draft'),
    backstop: true,
    check(ctx) {
      if (needsCustomer && !ctx.customer?.text.trim()) return [];
      const judged = judgeDraft(ctx.doc, ctx.customer?.text ?? '', ctx.lang);
      if (!judged.has(meta.category)) return [];
      const where = judged.where(meta.category);
      if (!where) return [];
      const message = withEvidence(meta.messages, where.quote);
      return [{ start: where.start, end: where.end, ...(message ? { message } : {}) }];
    },
  };
}

/** Every learned rule's examples as written, by category, whatever the weights switch on. */
const WRITTEN = new Map<Category, RuleExamples>();

/**
 * A learned rule's examples as written: training must keep them true before it knows in which
 * languages the label will be on (train.ts).
 */
export function writtenExamples(category: Category): RuleExamples | undefined {
  return WRITTEN.get(category);
}

/** A learned rule's examples, for the languages it runs in (learnedLanguages). */
export function learnedExamples(category: Category, examples: RuleExamples): RuleExamples {
  WRITTEN.set(category, examples);
  const languages = learnedLanguages(category, 'draft');
  return Object.fromEntries(
    Object.entries(examples).filter(([lang]) => (languages as string[]).includes(lang)),
  );
}

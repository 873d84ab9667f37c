// A rule made of the learned judgement: it marks each sentence the model finds breaks its
// category's guideline, and quotes the words that weighed most, so the agent sees why. It is
// a backstop (rule-types.ts): where a phrase rule of the category already marked words in the
// sentence, that finding (with its exact words and fixes) stands alone.
import type { EngineRule, RuleExamples, RuleHit } from '../engine/rule-types';
import type { Category, Localized } from '../engine/types';
import { judgeSentences, learnedLanguages } from './judgement';

export interface LearnedRuleMeta {
  id: string;
  category: Category;
  messages: Localized;
  rationale: Localized;
}

function withEvidence(messages: Localized, evidence: string | undefined): Localized | undefined {
  if (!evidence) return undefined;
  const said = evidence.replace(/\s+/g, ' ').trim();
  return {
    en: `${messages.en} (Mostly because of “${said}”.)`,
    de: `${messages.de} (Vor allem wegen „${said}“.)`,
  };
}

export function learnedSentenceRule(meta: LearnedRuleMeta): EngineRule {
  return {
    ...meta,
    severity: 'hint',
    languages: learnedLanguages(meta.category),
    backstop: true,
    check(ctx) {
      const hits: RuleHit[] = [];
      for (const sentence of judgeSentences(ctx.doc, ctx.lang)) {
        if (!sentence.has(meta.category)) continue;
        const message = withEvidence(meta.messages, sentence.evidence(meta.category));
        hits.push({ start: sentence.start, end: sentence.end, ...(message ? { message } : {}) });
      }
      return hits;
    },
  };
}

/** Every learned rule's examples as written, by category, whatever the weights switch on. */
const WRITTEN = new Map<Category, RuleExamples>();

/**
 * A learned rule's examples as written: training must keep them true before it knows in which
 * languages the label will be on (calibrate.ts).
 */
export function writtenExamples(category: Category): RuleExamples | undefined {
  return WRITTEN.get(category);
}

/** A learned rule's examples, for the languages it runs in (learnedLanguages). */
export function learnedExamples(category: Category, examples: RuleExamples): RuleExamples {
  WRITTEN.set(category, examples);
  const languages = learnedLanguages(category);
  return Object.fromEntries(
    Object.entries(examples).filter(([lang]) => (languages as string[]).includes(lang)),
  );
}

// The learned judgement as rules use it: per sentence of a draft, how likely each problem is
// and whether it acknowledges, commits or invites; per customer message, how likely it shows
// an emotion. Models load on first use per language; results are kept per text, so the rules
// that ask about the same draft in one check share one scoring pass.
import { CONTENT_WORDS, wordCount } from '../engine/doc-helpers';
import type { Doc } from '../engine/tokenizer';
import type { Lang } from '../engine/types';
import deWeights from './weights/de.json' with { type: 'json' };
import enWeights from './weights/en.json' with { type: 'json' };
import {
  customerWords,
  draftModelWords,
  draftParts,
  featureWords,
  MAX_SENTENCE_WORDS,
  sentenceWords,
  type FeatureWord,
} from './features';
import { LearnedModel, type PackedModel } from './model';

export interface LangWeights {
  sentence: PackedModel;
  customer: PackedModel;
  /** The whole draft with its customer's message: which categories' guidelines it breaks. */
  draft: PackedModel;
}

const SHIPPED: Record<Lang, LangWeights> = { de: deWeights, en: enWeights };
let WEIGHTS: Record<Lang, LangWeights> = SHIPPED;

const models = new Map<string, LearnedModel>();

/**
 * Runs `fn` with other weights than the shipped ones: training calibrates candidate models on
 * whole drafts through the very rules that use them, and the learning curve measures models
 * trained on less data. Check results made inside are not cached beyond it.
 */
export function withWeights<T>(weights: Record<Lang, LangWeights>, fn: () => T): T {
  const before = WEIGHTS;
  WEIGHTS = weights;
  models.clear();
  lastCustomer = undefined;
  lastDraft = undefined;
  try {
    return fn();
  } finally {
    WEIGHTS = before;
    models.clear();
    lastCustomer = undefined;
    lastDraft = undefined;
  }
}

/**
 * The languages whose `kind` of model reports `label` at all: training switches a label off
 * where the development data cannot make it reliable (train.ts).
 */
export function learnedLanguages(label: string, kind: keyof LangWeights = 'sentence'): Lang[] {
  return (Object.keys(WEIGHTS) as Lang[]).filter((lang) => {
    const { labels, thresholds } = WEIGHTS[lang][kind];
    const l = labels.indexOf(label);
    return l >= 0 && thresholds[l]! <= 1;
  });
}

function model(lang: Lang, kind: keyof LangWeights): LearnedModel {
  const key = `${lang}:${kind}`;
  let found = models.get(key);
  if (!found) {
    found = new LearnedModel(WEIGHTS[lang][kind]);
    models.set(key, found);
  }
  return found;
}

export interface SentenceJudgement {
  /** Index into the draft's Doc.sentences (0 for a whole customer message). */
  sentence: number;
  start: number;
  end: number;
  /** Label -> whether the model says it is present. */
  has(label: string): boolean;
  /** The words around what pushed `label` up most, for the finding to quote. */
  evidence(label: string): string | undefined;
}

function judge(
  text: string,
  lang: Lang,
  kind: keyof LangWeights,
  words: readonly FeatureWord[],
  sentence: number,
  start: number,
  end: number,
): SentenceJudgement {
  const m = model(lang, kind);
  const { probabilities, strongestWord } = m.score(words.slice(0, MAX_SENTENCE_WORDS));
  const index = (label: string) => m.labels.indexOf(label);
  return {
    sentence,
    start,
    end,
    has(label) {
      const l = index(label);
      return l >= 0 && m.present(l, probabilities[l]!);
    },
    evidence(label) {
      const w = strongestWord[index(label)] ?? -1;
      return w < 0 ? undefined : around(text, words, w);
    },
  };
}

const bySentence = new WeakMap<Doc, SentenceJudgement[]>();

/** One judgement per sentence of the draft, in order. */
export function judgeSentences(doc: Doc, lang: Lang): SentenceJudgement[] {
  const known = bySentence.get(doc);
  if (known) return known;
  // Nothing the model would report: no need to read the draft at all.
  if (model(lang, 'sentence').labels.length === 0) return [];
  const judged = sentenceWords(doc).map(({ sentence, words }) => {
    const { start, end } = doc.sentences[sentence]!;
    return judge(doc.text, lang, 'sentence', words, sentence, start, end);
  });
  bySentence.set(doc, judged);
  return judged;
}

/** The judgement of a model that reports nothing. */
const NOTHING: SentenceJudgement = {
  sentence: 0,
  start: 0,
  end: 0,
  has: () => false,
  evidence: () => undefined,
};

let lastCustomer: { text: string; lang: Lang; judged: SentenceJudgement } | undefined;

/** The customer's message as a whole: which emotions it shows. */
export function judgeCustomer(text: string, lang: Lang): SentenceJudgement {
  if (lastCustomer?.text === text && lastCustomer.lang === lang) return lastCustomer.judged;
  // A model with every label off says nothing: no need to read the message.
  if (model(lang, 'customer').labels.length === 0) return NOTHING;
  // A long thread: its start and its end say how the customer feels (customerWords).
  const judged = judge(
    text,
    lang,
    'customer',
    customerWords(featureWords(text)),
    0,
    0,
    text.length,
  );
  lastCustomer = { text, lang, judged };
  return judged;
}

export interface DraftJudgement {
  /** Whether the model says the draft breaks `category`'s guideline. */
  has(category: string): boolean;
  /**
   * Whether the model is sure the draft keeps `category`'s guideline: a rule that guesses from
   * what a reply lacks (no time named, no acknowledgement found) stands down
   * (RuleMeta.yieldsToJudgement).
   */
  fine(category: string): boolean;
  /**
   * What a finding marks: the sentence whose words weighed most towards `category`; and what
   * weighed most of all, in the draft or in the customer's message, for the finding to quote.
   */
  where(category: string): DraftEvidence | undefined;
}

export interface DraftEvidence {
  start: number;
  end: number;
  /** The words around the strongest one, and whose text they are from. */
  quote?: { text: string; from: 'draft' | 'customer' };
}

const NO_DRAFT_JUDGEMENT: DraftJudgement = {
  has: () => false,
  fine: () => false,
  where: () => undefined,
};

let lastDraft: { doc: Doc; customer: string; lang: Lang; judged: DraftJudgement } | undefined;

/** The strongest of `words[from, to)` for label `l`, if any pushed it up at all. */
function strongest(push: Float64Array, width: number, l: number, from: number, to: number) {
  let best = -1;
  let value = 0;
  for (let w = from; w < to; w++) {
    if (push[w * width + l]! > value) {
      value = push[w * width + l]!;
      best = w;
    }
  }
  return { word: best, value };
}

/** The words around `words[w]`, as written in `text`, within [min, max). */
function around(text: string, words: readonly FeatureWord[], w: number, min = 0, max = Infinity) {
  const from = words[Math.max(0, w - 1)]!;
  const to = words[Math.min(words.length - 1, w + 1)]!;
  return text.slice(Math.max(from.start, min), Math.min(to.end, max));
}

/**
 * The draft as a whole, read with the customer's message it answers. Kept for the last draft,
 * so the six learned rules of one check share one scoring pass.
 */
export function judgeDraft(doc: Doc, customer: string, lang: Lang): DraftJudgement {
  if (lastDraft?.doc === doc && lastDraft.customer === customer && lastDraft.lang === lang) {
    return lastDraft.judged;
  }
  const m = model(lang, 'draft');
  if (m.labels.length === 0) return NO_DRAFT_JUDGEMENT;
  const { draft: words, customer: message } = draftModelWords(doc, customer);
  const parts = m.readsSentences ? draftParts(doc, words) : undefined;
  const { probabilities, push, sentenceSums } = m.scoreDraft(words, message, parts);
  const width = m.labels.length;
  const judged: DraftJudgement = {
    has(category) {
      const l = m.labels.indexOf(category);
      return l >= 0 && m.present(l, probabilities[l]!);
    },
    fine(category) {
      const l = m.labels.indexOf(category);
      return l >= 0 && m.fine(l, probabilities[l]!);
    },
    where(category) {
      const l = m.labels.indexOf(category);
      if (l < 0) return undefined;
      // The sentence the model reads as most towards the label (its own sum where the model
      // reads sentences, else its words' share of the whole draft's); a greeting or a sign-off
      // only where the draft has nothing else.
      let best: { sentence: number; total: number; content: boolean } | undefined;
      const consider = (index: number, total: number) => {
        const content = wordCount(doc.sentences[index]!) >= CONTENT_WORDS;
        const better =
          !best || (content && !best.content) || (content === best.content && total > best.total);
        if (better) best = { sentence: index, total, content };
      };
      if (parts && parts.sentence.length > 0) {
        parts.sentence.forEach((index, j) => consider(index, sentenceSums[j * width + l]!));
      } else {
        let w = 0;
        doc.sentences.forEach((sentence, index) => {
          while (w < words.length && words[w]!.start < sentence.start) w++;
          const first = w;
          let total = 0;
          for (; w < words.length && words[w]!.end <= sentence.end; w++)
            total += push[w * width + l]!;
          if (w > first) consider(index, total);
        });
      }
      if (!best) return undefined;
      const { start, end } = doc.sentences[best.sentence]!;
      // What pushed most: a word of the marked sentence, or one of the customer's (an emotion
      // unanswered).
      let from = 0;
      while (from < words.length && words[from]!.start < start) from++;
      let to = from;
      while (to < words.length && words[to]!.end <= end) to++;
      const inDraft = strongest(push, width, l, from, to);
      const inMessage = strongest(push, width, l, words.length, words.length + message.length);
      if (inMessage.word >= 0 && inMessage.value > inDraft.value) {
        const text = around(customer, message, inMessage.word - words.length);
        return { start, end, quote: { text, from: 'customer' } };
      }
      if (inDraft.word >= 0) {
        return {
          start,
          end,
          quote: { text: around(doc.text, words, inDraft.word, start, end), from: 'draft' },
        };
      }
      return { start, end };
    },
  };
  lastDraft = { doc, customer, lang, judged };
  return judged;
}

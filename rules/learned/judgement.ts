// The learned judgement as rules use it: per sentence of a draft, how likely each problem is
// and whether it acknowledges, commits or invites; per customer message, how likely it shows
// an emotion. Models load on first use per language; results are kept per text, so the rules
// that ask about the same draft in one check share one scoring pass.
import type { Doc } from '../engine/tokenizer';
import type { Lang } from '../engine/types';
import deWeights from './weights/de.json' with { type: 'json' };
import enWeights from './weights/en.json' with { type: 'json' };
import { featureWords, MAX_SENTENCE_WORDS, sentenceWords, type FeatureWord } from './features';
import { LearnedModel, type PackedModel } from './model';

export interface LangWeights {
  sentence: PackedModel;
  customer: PackedModel;
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
  try {
    return fn();
  } finally {
    WEIGHTS = before;
    models.clear();
    lastCustomer = undefined;
  }
}

/**
 * The languages whose sentence model reports `label` at all: training switches a label off
 * where the development data cannot make it reliable (train.ts).
 */
export function learnedLanguages(label: string): Lang[] {
  return (Object.keys(WEIGHTS) as Lang[]).filter((lang) => {
    const { labels, thresholds } = WEIGHTS[lang].sentence;
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
      if (w < 0) return undefined;
      const from = words[Math.max(0, w - 1)]!;
      const to = words[Math.min(words.length - 1, w + 1)]!;
      return text.slice(from.start, to.end);
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
  // A long thread: its start and its end say how the customer feels.
  const words = featureWords(text);
  const sample = words.length > 400 ? [...words.slice(0, 200), ...words.slice(-200)] : words;
  const judged = judge(text, lang, 'customer', sample, 0, 0, text.length);
  lastCustomer = { text, lang, judged };
  return judged;
}

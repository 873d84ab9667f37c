// The features the learned judgement sees in a piece of text: words, word pairs, word stems
// and the words' character n-grams, each hashed to a 32-bit number. Character n-grams carry inflection
// ("zuständig", "Zuständigkeit") and paraphrase fragments ("wenden Sie sich", "wende dich")
// that a phrase list has to spell out one by one. Training (train.ts) and checking use this
// one function, so a model sees at run time exactly what it was trained on.
import { tokenize, type Doc } from '../engine/tokenizer';

/** Character n-gram lengths. */
const MIN_GRAM = 3;
const MAX_GRAM = 5;
/** Word stems: the first letters of longer words, a cheap stand-in for a stemmer. */
const STEM = 5;

// Feature kinds get different seeds, so the word "ich" and the trigram "ich" differ.
/** FNV-1a's own offset basis, also the seed of word features. */
export const FNV_OFFSET = 0x811c9dc5;
const SEED_WORD = FNV_OFFSET;
const SEED_PAIR = 0x9e3779b9;
const SEED_STEM = 0x7f4a7c15;
const SEED_GRAM = 0x2545f491;

/** FNV-1a of `text` from `seed`: the feature hash, and a stable hash for splits and reports. */
export function hashString(seed: number, text: string): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** One word of the text in normal form, with where it stands. */
export interface FeatureWord {
  norm: string;
  start: number;
  end: number;
}

const DIGITS = /[0-9]/g;
const HAS_DIGIT = /[0-9]/;

/**
 * The words of a tokenized text in the engine's normal form (lower case, umlauts folded),
 * digits as 0: the check reuses the draft's tokens, training tokenizes its texts the same way.
 */
export function docWords(doc: Doc): FeatureWord[] {
  return doc.tokens.map((token) => ({
    norm: HAS_DIGIT.test(token.norm) ? token.norm.replace(DIGITS, '0') : token.norm,
    start: token.start,
    end: token.end,
  }));
}

/** Sentences are judged by their first this many words (bounded work on a huge paste). */
export const MAX_SENTENCE_WORDS = 80;

/**
 * The words of each sentence of a tokenized text, in one sweep, with the sentence's index in
 * Doc.sentences; sentences without a word are left out.
 */
export function sentenceWords(doc: Doc): { sentence: number; words: FeatureWord[] }[] {
  const words = docWords(doc);
  const out: { sentence: number; words: FeatureWord[] }[] = [];
  let w = 0;
  doc.sentences.forEach((sentence, index) => {
    while (w < words.length && words[w]!.start < sentence.start) w++;
    const first = w;
    while (w < words.length && words[w]!.end <= sentence.end) w++;
    if (w > first) {
      out.push({
        sentence: index,
        words: words.slice(first, Math.min(w, first + MAX_SENTENCE_WORDS)),
      });
    }
  });
  return out;
}

/** The words of `text` (see docWords). */
export function featureWords(text: string): FeatureWord[] {
  return docWords(tokenize(text));
}

/**
 * The features of one word on its own: the word, its stem and its character n-grams (the word
 * padded with a space on each side, so beginnings and endings count). They depend on the word
 * alone, so a check can look them up once per distinct word.
 */
export function forEachWordFeature(norm: string, emit: (hash: number) => void): void {
  emit(hashString(SEED_WORD, norm));
  if (norm.length > STEM) emit(hashString(SEED_STEM, norm.slice(0, STEM)));
  const padded = ` ${norm} `;
  for (let i = 0; i + MIN_GRAM <= padded.length; i++) {
    let h = SEED_GRAM;
    for (let n = 0; n < MAX_GRAM && i + n < padded.length; n++) {
      h ^= padded.charCodeAt(i + n);
      h = Math.imul(h, 0x01000193);
      if (n + 1 >= MIN_GRAM) emit((h ^ (n + 1)) >>> 0);
    }
  }
}

/** The feature of two words in a row: short phrases ("your bank", "wenden Sie"). */
export function pairFeature(previous: string, norm: string): number {
  return hashString(hashString(SEED_PAIR, previous), ` ${norm}`);
}

/**
 * Calls `emit` with each feature of the words and the word it came from (for explaining a
 * judgement). Features may repeat: the sentence and customer models count each once, the draft
 * model as often as it occurs (DraftFeatures).
 */
export function forEachFeature(
  words: readonly FeatureWord[],
  emit: (hash: number, word: number) => void,
): void {
  for (let w = 0; w < words.length; w++) {
    const norm = words[w]!.norm;
    forEachWordFeature(norm, (hash) => emit(hash, w));
    if (w > 0) emit(pairFeature(words[w - 1]!.norm, norm), w);
  }
}

/** The distinct features of `text`, sorted (for training). */
export function featureSet(text: string): Uint32Array {
  const seen = new Set<number>();
  forEachFeature(featureWords(text), (hash) => seen.add(hash));
  return Uint32Array.from(seen).sort();
}

/**
 * A whole draft is judged by its first this many words: replies are rarely longer, and a huge
 * paste must not cost more than a long reply.
 */
export const MAX_DRAFT_WORDS = 1500;

/**
 * The customer's message's features are told apart from the draft's by this salt: "sorry" from
 * the customer (an apology owed) and "sorry" in the reply (one given) weigh differently.
 */
export const CUSTOMER_SALT = 0x5bd1e995;

/** The customer message's words a model reads: a long thread's start and its end. */
export function customerWords(words: readonly FeatureWord[]): readonly FeatureWord[] {
  return words.length > 400 ? [...words.slice(0, 200), ...words.slice(-200)] : words;
}

/**
 * The value each feature of a draft has in the draft model: a long reply with a long message
 * has many more features than a short one, and without this its sums would say more about its
 * length than about its wording. About 30 features come with each word, so a feature counts
 * 1/sqrt(features), the usual length normalisation, without counting them at check time.
 */
export function draftScale(draftWords: number, customerWords: number): number {
  return 1 / Math.sqrt(30 * Math.max(1, draftWords + customerWords));
}

/**
 * What the draft model reads: the draft's first MAX_DRAFT_WORDS words and the customer
 * message's (customerWords). Training (draftFeatureSet) and every check read it through this.
 */
export function draftModelWords(
  doc: Doc,
  customer: string,
): { draft: FeatureWord[]; customer: readonly FeatureWord[] } {
  return {
    draft: docWords(doc).slice(0, MAX_DRAFT_WORDS),
    customer: customerWords(featureWords(customer)),
  };
}

/**
 * A sentence's features in the draft model are told apart from the whole draft's by this salt:
 * the model reads each sentence on its own as well (see DraftFeatures.sentences).
 */
export const SENTENCE_SALT = 0x2f6b3c1d;

/**
 * How sharply the draft model's sentence part follows its strongest sentence: the sentences'
 * sums are pooled by log-sum-exp at this sharpness, a soft maximum. A blaming sentence makes a
 * whole reply blame, however long the rest; read as one bag of words, a long friendly reply
 * drowned it. Writer-out cross-validation on the development drafts (2026-12-08): mean best F1
 * 0.640 -> 0.657 de, 0.653 -> 0.677 en over the whole-draft bag alone; sharpness 1 and 10 did
 * less well than 3.
 */
export const SENTENCE_POOL = 3;

/** The value of each feature of a sentence of `words` words (as draftScale for a draft). */
export function sentenceScale(words: number): number {
  return 1 / Math.sqrt(30 * Math.max(1, words));
}

/**
 * The sentences the draft model reads one by one, as a part index per word of `words` (the
 * draft's words as draftModelWords gives them): a sentence's first MAX_SENTENCE_WORDS words
 * belong to its part, the rest to none (-1). Training (draftFeatureSet) and every check
 * (LearnedModel.scoreDraft) read the parts through this.
 */
export interface DraftParts {
  /** Per word, its part (-1: none). */
  partOf: Int32Array;
  /** Per part, its words and its sentence's index in Doc.sentences. */
  size: number[];
  sentence: number[];
}

export function draftParts(doc: Doc, words: readonly FeatureWord[]): DraftParts {
  const partOf = new Int32Array(words.length).fill(-1);
  const size: number[] = [];
  const sentence: number[] = [];
  for (let w = 0; w < words.length; w++) {
    // docWords maps the doc's tokens one to one, so word w is token w.
    const s = doc.tokens[w]!.sentence;
    if (sentence.at(-1) !== s) {
      sentence.push(s);
      size.push(0);
    }
    const part = sentence.length - 1;
    if (size[part]! < MAX_SENTENCE_WORDS) {
      partOf[w] = part;
      size[part]!++;
    }
  }
  return { partOf, size, sentence };
}

/**
 * What the draft model learns from: the whole draft with the message, and each sentence. A
 * feature counts as often as it occurs (unlike the sentence and customer models, which read
 * each once): a check then adds up one cached sum per word instead of looking up every feature
 * of every word, which kept the draft model within its time budget once it read every sentence.
 */
export interface DraftFeatures {
  /** The features of the draft and the customer's message, sorted, each as often as it occurs. */
  features: Uint32Array;
  /** Their value (draftScale). */
  scale: number;
  /** Per sentence of the draft, its features (salted, as often as they occur) and their value. */
  sentences: { features: Uint32Array; scale: number }[];
}

/**
 * The features of a draft with the customer's message it answers (for training the draft
 * model; LearnedModel.scoreDraft reads the same at check time).
 */
export function draftFeatureSet(draft: string, customer: string): DraftFeatures {
  const all: number[] = [];
  const doc = tokenize(draft);
  const words = draftModelWords(doc, customer);
  forEachFeature(words.draft, (hash) => all.push(hash));
  forEachFeature(words.customer, (hash) => all.push((hash ^ CUSTOMER_SALT) >>> 0));
  const { partOf, size } = draftParts(doc, words.draft);
  const sentences = size.map((_, part) => {
    const own: number[] = [];
    forEachFeature(
      words.draft.filter((_, w) => partOf[w] === part),
      (hash) => own.push((hash ^ SENTENCE_SALT) >>> 0),
    );
    return { features: Uint32Array.from(own).sort(), scale: sentenceScale(size[part]!) };
  });
  return {
    features: Uint32Array.from(all).sort(),
    scale: draftScale(words.draft.length, words.customer.length),
    sentences,
  };
}

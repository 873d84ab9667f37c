// A learned model as shipped: one logistic regression per label over hashed features
// (features.ts), written by `npm run train` (train.ts) into rules/learned/weights/<lang>.json.
// The file keeps only the features that matter, sorted and delta-coded, with int8 weights
// and a scale per label, so it is small; loading unpacks it into an open-addressing table
// that scoring reads with one probe per feature.
import { tokenize } from '../engine/tokenizer';
import {
  CUSTOMER_SALT,
  draftModelWords,
  draftParts,
  draftScale,
  forEachWordFeature,
  pairFeature,
  SENTENCE_SALT,
  sentenceScale,
  type DraftParts,
  type FeatureWord,
} from './features';
import { poolSums } from './logistic';

/** A model as stored in the weights file. */
export interface PackedModel {
  labels: string[];
  /** Probability from which a label counts as present, per label (tuned on held-in folds). */
  thresholds: number[];
  /**
   * Probability below which the model vouches that a label is absent, per label (the draft
   * model: rules that guess from what a reply lacks stand down there); absent: never.
   */
  fine?: number[];
  bias: number[];
  /** Weight of label l for feature k: weights[k * labels.length + l] * scale[l]. */
  scale: number[];
  /** The features' hashes, ascending, as base64 of unsigned LEB128 deltas. */
  keys: string;
  /** base64 of int8 weights, feature-major. */
  weights: string;
  /**
   * The draft model also reads each sentence on its own (features.SENTENCE_SALT) and adds the
   * soft maximum of their sums (logistic.ts poolSums); absent: it reads the whole draft only.
   */
  sentences?: boolean;
}

export interface Scored {
  /** Probability per label, in the model's label order. */
  probabilities: Float64Array;
  /**
   * Per label, the word (index into the scored words) whose own features pushed the label up
   * the most, or -1: what a finding can quote as its reason.
   */
  strongestWord: Int32Array;
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function decodeKeys(text: string): Uint32Array {
  const bytes = fromBase64(text);
  const keys: number[] = [];
  let value = 0;
  let shift = 0;
  let last = 0;
  for (const byte of bytes) {
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) {
      last += value;
      keys.push(last);
      value = 0;
      shift = 0;
    }
  }
  return Uint32Array.from(keys);
}

/** Whether label `l` is ever reported, as present (a threshold) or as absent (fine). */
export function isActive(packed: PackedModel, l: number): boolean {
  return packed.thresholds[l]! <= 1 || (packed.fine?.[l] ?? 0) > 0;
}

/** How a word is read (an index into SALTS): as the draft's, the customer's, or a sentence's. */
const DRAFT = 0;
const CUSTOMER = 1;
const SENTENCE = 2;
type Salt = typeof DRAFT | typeof CUSTOMER | typeof SENTENCE;
const SALTS = [0, CUSTOMER_SALT, SENTENCE_SALT] as const;

/** Each word's pair feature hash (features.pairFeature with the word before; index 0 unused). */
function pairHashes(words: readonly FeatureWord[]): Uint32Array {
  const pairs = new Uint32Array(words.length);
  for (let w = 1; w < words.length; w++) pairs[w] = pairFeature(words[w - 1]!.norm, words[w]!.norm);
  return pairs;
}

/** Mixes a feature hash into a table slot (the hashes themselves are FNV, weak in low bits). */
function slot(hash: number, mask: number): number {
  return (Math.imul(hash ^ (hash >>> 16), 0x45d9f3b) >>> 7) & mask;
}

export class LearnedModel {
  readonly labels: readonly string[];
  readonly thresholds: readonly number[];
  private readonly fineBelow: readonly number[];
  private readonly bias: Float64Array;
  /** Open-addressing table: feature hash -> row + 1 (0: empty). */
  private readonly table: Int32Array;
  private readonly tableKeys: Uint32Array;
  private readonly mask: number;
  /** Dequantised weights, row-major. */
  private readonly rows: Float32Array;
  /**
   * Per row, the scoring pass that last counted it: the sentence and customer models count each
   * feature once per text (the draft model adds per-word sums instead, wordSum).
   */
  private readonly counted: Uint32Array;
  private pass = 0;
  /** Scratch: each word's push per label in the current scoring pass. */
  private push = new Float64Array(1024);
  /** The sentence and customer models: the rows of each word's own features, by word. */
  private readonly wordRows = new Map<string, Int32Array>();
  /** The draft model: each word's sums per label, by word, then by how it is read (SALTS). */
  private readonly wordSums = new Map<string, Float32Array[]>();
  /** Whether the draft model pools its sentences (PackedModel.sentences). */
  readonly readsSentences: boolean;

  /**
   * Only the labels the training found reliable are kept (a threshold above 1 means "never
   * reported", train.ts), and only the features that weigh on one of them: a model whose
   * labels are all off costs nothing to run.
   */
  constructor(packed: PackedModel) {
    const active = packed.labels.flatMap((_, l) => (isActive(packed, l) ? [l] : []));
    this.labels = active.map((l) => packed.labels[l]!);
    this.thresholds = active.map((l) => packed.thresholds[l]!);
    this.fineBelow = active.map((l) => packed.fine?.[l] ?? 0);
    this.bias = Float64Array.from(active, (l) => packed.bias[l]!);
    this.readsSentences = packed.sentences === true;
    const allKeys = decodeKeys(packed.keys);
    const raw = new Int8Array(fromBase64(packed.weights).buffer);
    const stride = packed.labels.length;
    const keptKeys: number[] = [];
    const kept: number[] = [];
    for (let k = 0; k < allKeys.length; k++) {
      const row = active.map((l) => raw[k * stride + l]! * packed.scale[l]!);
      if (row.every((weight) => weight === 0)) continue;
      keptKeys.push(allKeys[k]!);
      kept.push(...row);
    }
    const keys = Uint32Array.from(keptKeys);
    this.rows = Float32Array.from(kept);
    this.counted = new Uint32Array(keys.length);
    let size = 1;
    while (size < keys.length * 2) size *= 2;
    this.mask = size - 1;
    this.table = new Int32Array(size);
    this.tableKeys = new Uint32Array(size);
    for (let k = 0; k < keys.length; k++) {
      let at = slot(keys[k]!, this.mask);
      while (this.table[at] !== 0) at = (at + 1) & this.mask;
      this.table[at] = k + 1;
      this.tableKeys[at] = keys[k]!;
    }
  }

  private row(hash: number): number {
    let at = slot(hash, this.mask);
    for (;;) {
      const entry = this.table[at]!;
      if (entry === 0) return -1;
      if (this.tableKeys[at] === hash) return entry - 1;
      at = (at + 1) & this.mask;
    }
  }

  private rowsOfWord(norm: string): Int32Array {
    let rows = this.wordRows.get(norm);
    if (!rows) {
      const found: number[] = [];
      forEachWordFeature(norm, (hash) => {
        const row = this.row(hash);
        if (row >= 0) found.push(row);
      });
      rows = Int32Array.from(found);
      // Bounded: a huge paste of distinct words must not grow the cache without end.
      if (this.wordRows.size > 50_000) this.wordRows.clear();
      this.wordRows.set(norm, rows);
    }
    return rows;
  }

  /**
   * Adds the weights of the words' features to `logits`, each feature once per scoring pass,
   * and, with `push`, each word's own share per label (word-major).
   */
  private accumulate(
    words: readonly FeatureWord[],
    logits: Float64Array,
    push: Float64Array,
  ): void {
    const width = this.labels.length;
    const pass = this.pass;
    const counted = this.counted;
    const weights = this.rows;
    for (let w = 0; w < words.length; w++) {
      const norm = words[w]!.norm;
      const own = this.rowsOfWord(norm);
      const pair = w > 0 ? this.row(pairFeature(words[w - 1]!.norm, norm)) : -1;
      for (let i = 0; i <= own.length; i++) {
        const row = i < own.length ? own[i]! : pair;
        if (row < 0 || counted[row] === pass) continue;
        counted[row] = pass;
        const base = row * width;
        const at = w * width;
        for (let l = 0; l < width; l++) {
          const weight = weights[base + l]!;
          logits[l]! += weight;
          push[at + l]! += weight;
        }
      }
    }
  }

  private startPass(words: number): { logits: Float64Array; push: Float64Array } {
    const width = this.labels.length;
    const logits = Float64Array.from(this.bias);
    if (this.push.length < words * width) this.push = new Float64Array(words * width * 2);
    this.push.fill(0, 0, words * width);
    this.pass++;
    return { logits, push: this.push };
  }

  /** Scores the words (one sentence, or one whole message); each feature counts once. */
  score(words: readonly FeatureWord[]): Scored {
    const width = this.labels.length;
    const { logits, push } = this.startPass(words.length);
    this.accumulate(words, logits, push);
    const probabilities = logits.map((z) => 1 / (1 + Math.exp(-z)));
    const strongestWord = new Int32Array(width).fill(-1);
    for (let l = 0; l < width; l++) {
      let best = 0;
      for (let w = 0; w < words.length; w++) {
        const value = push[w * width + l]!;
        if (value > best) {
          best = value;
          strongestWord[l] = w;
        }
      }
    }
    return { probabilities, strongestWord };
  }

  /**
   * The sum of a word's own features' weights per label, read as `salt` says (the draft model
   * counts a feature as often as it occurs, features.DraftFeatures, so a word's sum is fixed).
   */
  private wordSum(norm: string, salt: Salt): Float32Array {
    let sums = this.wordSums.get(norm);
    if (!sums) {
      const width = this.labels.length;
      sums = SALTS.map(() => new Float32Array(width));
      forEachWordFeature(norm, (hash) => {
        SALTS.forEach((value, i) => {
          const row = this.row((hash ^ value) >>> 0);
          if (row < 0) return;
          for (let l = 0; l < width; l++) sums![i]![l]! += this.rows[row * width + l]!;
        });
      });
      // Bounded: a huge paste of distinct words must not grow the cache without end.
      if (this.wordSums.size > 50_000) this.wordSums.clear();
      this.wordSums.set(norm, sums);
    }
    return sums[salt]!;
  }

  /**
   * Adds each word's features (its own and the pair it ends) to `into` at `at(w)` per label,
   * and to `push` word-major when given. `pairs`: each word's pair hash (features.pairFeature
   * with the word before; index 0 unused), worked out once for a text read twice.
   */
  private addWords(
    words: readonly FeatureWord[],
    pairs: Uint32Array,
    salt: Salt,
    into: Float64Array,
    at: (w: number) => number,
    push?: Float64Array,
  ): void {
    const width = this.labels.length;
    const weights = this.rows;
    const saltValue = SALTS[salt];
    for (let w = 0; w < words.length; w++) {
      const base = at(w);
      if (base < 0) continue;
      const own = this.wordSum(words[w]!.norm, salt);
      const pair = w > 0 && at(w - 1) === base ? this.row((pairs[w]! ^ saltValue) >>> 0) : -1;
      for (let l = 0; l < width; l++) {
        const value = own[l]! + (pair >= 0 ? weights[pair * width + l]! : 0);
        into[base + l]! += value;
        if (push) push[w * width + l]! += value;
      }
    }
  }

  /**
   * Scores a whole draft with the customer's message it answers (features.draftFeatureSet), and,
   * where the model reads sentences, each sentence on its own (`parts`: features.draftParts of
   * these words). `push` gives each word's share of the whole-draft sum per label (word-major:
   * the draft's words, then the message's), so a finding can quote what weighed most;
   * `sentenceSums` each part's own sum per label (part-major), so it can mark the sentence the
   * judgement is about.
   */
  scoreDraft(
    draft: readonly FeatureWord[],
    customer: readonly FeatureWord[],
    parts?: DraftParts,
  ): { probabilities: Float64Array; push: Float64Array; sentenceSums: Float64Array } {
    const width = this.labels.length;
    const { logits, push } = this.startPass(draft.length + customer.length);
    // Sums without the bias first (the scratch starts from it).
    logits.fill(0);
    const draftPairs = pairHashes(draft);
    this.addWords(draft, draftPairs, DRAFT, logits, () => 0, push);
    const message = push.subarray(draft.length * width);
    this.addWords(customer, pairHashes(customer), CUSTOMER, logits, () => 0, message);
    const read = this.readsSentences && parts ? parts : undefined;
    const count = read?.size.length ?? 0;
    const sentenceSums = new Float64Array(count * width);
    if (read) {
      this.addWords(draft, draftPairs, SENTENCE, sentenceSums, (w) =>
        read.partOf[w]! < 0 ? -1 : read.partOf[w]! * width,
      );
      for (let part = 0; part < count; part++) {
        const value = sentenceScale(read.size[part]!);
        for (let l = 0; l < width; l++) sentenceSums[part * width + l]! *= value;
      }
    }
    // Each feature's value is draftScale (features.ts); the sentences add their soft maximum.
    const scale = draftScale(draft.length, customer.length);
    return {
      probabilities: logits.map((z, l) => {
        const pooled = count > 0 ? poolSums(sentenceSums, width, l, count) : 0;
        return 1 / (1 + Math.exp(-(this.bias[l]! + z * scale + pooled)));
      }),
      push: push.slice(0, (draft.length + customer.length) * width),
      sentenceSums,
    };
  }

  /** Whether the model vouches that label `l` is absent at probability `p`. */
  fine(l: number, p: number): boolean {
    return p < this.fineBelow[l]!;
  }

  /** Whether label `l` counts as present at probability `p`. */
  present(l: number, p: number): boolean {
    return p >= this.thresholds[l]!;
  }
}

/** Scores a draft and its customer's message as texts, as a check does (features.draftModelWords). */
export function scoreText(model: LearnedModel, draft: string, customer: string) {
  const doc = tokenize(draft);
  const words = draftModelWords(doc, customer);
  return model.scoreDraft(words.draft, words.customer, draftParts(doc, words.draft));
}

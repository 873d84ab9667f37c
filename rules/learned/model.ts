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
  /** Per row, the scoring pass that last counted it (each feature counts once per text). */
  private readonly counted: Uint32Array;
  private pass = 0;
  /** Scratch: each word's push per label in the current scoring pass. */
  private push = new Float64Array(1024);
  /**
   * The rows of each word's own features, by word, then by how the word is read (SALTS): a draft
   * repeats most of its words, and each is read as the draft's, the message's or a sentence's.
   */
  private readonly wordRows = new Map<string, Int32Array[]>();
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

  private rowsOfWord(norm: string, salt: Salt): Int32Array {
    let rows = this.wordRows.get(norm);
    if (!rows) {
      const found: number[][] = SALTS.map(() => []);
      forEachWordFeature(norm, (hash) => {
        SALTS.forEach((value, i) => {
          const row = this.row((hash ^ value) >>> 0);
          if (row >= 0) found[i]!.push(row);
        });
      });
      rows = found.map((list) => Int32Array.from(list));
      // Bounded: a huge paste of distinct words must not grow the cache without end.
      if (this.wordRows.size > 50_000) this.wordRows.clear();
      this.wordRows.set(norm, rows);
    }
    return rows[salt]!;
  }

  /**
   * Adds the weights of the words' features to `logits`, each feature once per scoring pass,
   * and, with `push`, each word's own share per label (word-major).
   */
  private accumulate(
    words: readonly FeatureWord[],
    salt: Salt,
    logits: Float64Array,
    push: Float64Array | undefined,
    pairs?: Uint32Array,
  ): void {
    const width = this.labels.length;
    const pass = this.pass;
    const counted = this.counted;
    const weights = this.rows;
    for (let w = 0; w < words.length; w++) {
      const norm = words[w]!.norm;
      const own = this.rowsOfWord(norm, salt);
      const pairHash = w === 0 ? 0 : (pairs?.[w] ?? pairFeature(words[w - 1]!.norm, norm));
      const pair = w > 0 ? this.row((pairHash ^ SALTS[salt]) >>> 0) : -1;
      for (let i = 0; i <= own.length; i++) {
        const row = i < own.length ? own[i]! : pair;
        if (row < 0 || counted[row] === pass) continue;
        counted[row] = pass;
        const base = row * width;
        if (push) {
          const at = w * width;
          for (let l = 0; l < width; l++) {
            const weight = weights[base + l]!;
            logits[l]! += weight;
            push[at + l]! += weight;
          }
        } else {
          for (let l = 0; l < width; l++) logits[l]! += weights[base + l]!;
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
    this.accumulate(words, DRAFT, logits, push);
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
   * Scores a whole draft with the customer's message it answers (features.draftFeatureSet):
   * each feature counts once over both, and, where the model reads sentences, once more per
   * sentence (`parts`: features.draftParts of these words). `push` gives each word's share of
   * the whole-draft sum per label (word-major: the draft's words, then the message's), so a
   * finding can quote what weighed most; `sentenceSums` each part's own sum per label
   * (part-major), so it can mark the sentence the judgement is about.
   */
  scoreDraft(
    draft: readonly FeatureWord[],
    customer: readonly FeatureWord[],
    parts?: DraftParts,
    /** Whether to give each word's share (only a finding needs it). */
    withPush = true,
  ): { probabilities: Float64Array; push: Float64Array; sentenceSums: Float64Array } {
    const width = this.labels.length;
    const { logits, push } = this.startPass(withPush ? draft.length + customer.length : 0);
    // Sums without the bias first: each feature's value is draftScale (features.ts).
    logits.fill(0);
    const read = this.readsSentences && parts ? parts : undefined;
    // A word pair's hash, once for the draft's two readings (as a whole and per sentence).
    const pairs = new Uint32Array(draft.length);
    for (let w = 1; w < draft.length; w++) pairs[w] = pairFeature(draft[w - 1]!.norm, draft[w]!.norm);
    const sentenceSums = new Float64Array((read?.size.length ?? 0) * width);
    if (read) this.accumulateParts(draft, read, sentenceSums, pairs);
    this.accumulate(draft, DRAFT, logits, withPush ? push : undefined, pairs);
    this.accumulate(
      customer,
      CUSTOMER,
      logits,
      withPush ? push.subarray(draft.length * width) : undefined,
    );
    const scale = draftScale(draft.length, customer.length);
    const pooled = new Float64Array(width);
    if (read && read.size.length > 0) {
      for (let l = 0; l < width; l++) {
        pooled[l] = poolSums(sentenceSums, width, l, read.size.length);
      }
    }
    return {
      probabilities: logits.map(
        (z, l) => 1 / (1 + Math.exp(-(this.bias[l]! + z * scale + pooled[l]!))),
      ),
      push: withPush ? push.slice(0, (draft.length + customer.length) * width) : push.subarray(0, 0),
      sentenceSums,
    };
  }

  /**
   * Each part's own sum per label into `sums` (part-major), each of its features once, times
   * its value (features.sentenceScale). One sweep over the words: a part is a run of them.
   */
  private accumulateParts(
    words: readonly FeatureWord[],
    parts: DraftParts,
    sums: Float64Array,
    pairs: Uint32Array,
  ): void {
    const width = this.labels.length;
    const counted = this.counted;
    const weights = this.rows;
    let current = -1;
    for (let w = 0; w < words.length; w++) {
      const part = parts.partOf[w]!;
      if (part < 0) continue;
      // A new part starts a new pass: its features count once within it.
      if (part !== current) {
        current = part;
        this.pass++;
      }
      const pass = this.pass;
      const norm = words[w]!.norm;
      const own = this.rowsOfWord(norm, SENTENCE);
      const pair =
        w > 0 && parts.partOf[w - 1] === part ? this.row((pairs[w]! ^ SENTENCE_SALT) >>> 0) : -1;
      const base = part * width;
      for (let i = 0; i <= own.length; i++) {
        const row = i < own.length ? own[i]! : pair;
        if (row < 0 || counted[row] === pass) continue;
        counted[row] = pass;
        const at = row * width;
        for (let l = 0; l < width; l++) sums[base + l]! += weights[at + l]!;
      }
    }
    for (let part = 0; part < parts.size.length; part++) {
      const value = sentenceScale(parts.size[part]!);
      for (let l = 0; l < width; l++) sums[part * width + l]! *= value;
    }
    // The whole draft's pass that follows must not take these rows for counted.
    this.pass++;
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

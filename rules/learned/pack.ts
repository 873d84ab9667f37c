// A trained model as the weights file stores it: the strongest features per label, int8 weights
// with a scale per label, keys delta-coded (model.ts reads it back).
import { OFF } from './thresholds';
import { decodeKeys, fromBase64, isActive, type PackedModel } from './model';
import type { Trained } from './logistic';

function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}

function encodeKeys(keys: readonly number[]): string {
  const bytes: number[] = [];
  let last = 0;
  for (const key of keys) {
    let delta = key - last;
    last = key;
    do {
      const low = delta % 128;
      delta = Math.floor(delta / 128);
      bytes.push(delta > 0 ? low | 0x80 : low);
    } while (delta > 0);
  }
  return toBase64(Uint8Array.from(bytes));
}

/**
 * The model as shipped once its thresholds are set: only the features that weigh on a label
 * that is on, and zeros for the labels that are off (they compress to nearly nothing).
 */
export function keepActive(packed: PackedModel): PackedModel {
  const width = packed.labels.length;
  const keys = decodeKeys(packed.keys);
  const weights = new Int8Array(fromBase64(packed.weights).buffer);
  const active = packed.labels.flatMap((_, l) => (isActive(packed, l) ? [l] : []));
  // Every feature that weighs on a label that is on, so the shipped model scores exactly as
  // the one calibrated; the labels that are off are left out.
  const rows = [...keys.keys()].filter((k) => active.some((l) => weights[k * width + l] !== 0));
  return {
    labels: active.map((l) => packed.labels[l]!),
    thresholds: active.map((l) => packed.thresholds[l]!),
    ...(packed.fine ? { fine: active.map((l) => packed.fine![l]!) } : {}),
    ...(packed.sentences ? { sentences: true } : {}),
    bias: active.map((l) => packed.bias[l]!),
    scale: active.map((l) => packed.scale[l]!),
    keys: encodeKeys(rows.map((k) => keys[k]!)),
    weights: toBase64(
      new Uint8Array(
        Int8Array.from(rows.flatMap((k) => active.map((l) => weights[k * width + l]!))).buffer,
      ),
    ),
  };
}

/** The strongest features per label, int8 weights with a scale per label. */
export function pack(
  model: Trained,
  labels: readonly string[],
  thresholds: number[],
  keepPerLabel: number,
  /**
   * Lighter weights are left out. A sentence has few features, each must matter; a whole draft
   * has thousands, whose small weights add up (the draft model keeps them all: 0).
   */
  minWeight = 0.02,
): PackedModel {
  const width = labels.length;
  const entries = [...model.weights];
  const kept = new Set<number>();
  for (let l = 0; l < width; l++) {
    entries
      .filter(([, row]) => Math.abs(row[l]!) > minWeight)
      .sort((a, b) => Math.abs(b[1][l]!) - Math.abs(a[1][l]!) || a[0] - b[0])
      .slice(0, keepPerLabel)
      .forEach(([hash]) => kept.add(hash));
  }
  const keys = [...kept].sort((a, b) => a - b);
  const scale = labels.map((_, l) => {
    let max = 0;
    for (const key of keys) max = Math.max(max, Math.abs(model.weights.get(key)![l]!));
    return max === 0 ? 1 : max / 127;
  });
  const weights = new Int8Array(keys.length * width);
  keys.forEach((key, k) => {
    const row = model.weights.get(key)!;
    for (let l = 0; l < width; l++) weights[k * width + l] = Math.round(row[l]! / scale[l]!);
  });
  return {
    labels: [...labels],
    thresholds,
    bias: [...model.bias].map((b) => Math.round(b * 1e4) / 1e4),
    scale: scale.map((s) => Number(s.toPrecision(6))),
    keys: encodeKeys(keys),
    weights: toBase64(new Uint8Array(weights.buffer)),
  };
}

/** A model that reports nothing: the draft model's place until it is trained. */
export function silentModel(labels: readonly string[]): PackedModel {
  return {
    labels: [...labels],
    thresholds: labels.map(() => OFF),
    bias: labels.map(() => 0),
    scale: labels.map(() => 1),
    keys: '',
    weights: '',
  };
}

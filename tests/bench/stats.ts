// Order statistics for timing samples. Medians and p95, never means: a GC pause or a
// neighbour on the shared cores should move the tail, not the headline figure.

export interface Summary {
  median: number;
  p95: number;
  max: number;
  n: number;
}

/** Nearest-rank quantile of an ascending array (q in 0..1). */
function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil(q * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    median: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    max: sorted[sorted.length - 1] ?? NaN,
    n: sorted.length,
  };
}

/** Milliseconds with sensible precision: 0.042, 0.87, 12.3, 1,234. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return '-';
  if (value < 1) return value.toFixed(3);
  if (value < 10) return value.toFixed(2);
  if (value < 100) return value.toFixed(1);
  return Math.round(value).toLocaleString('en-US');
}

/** Times one call; awaits only when the callee returned a promise, so sync tools pay no tick. */
export async function timed<T>(fn: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const t0 = performance.now();
  const out = fn();
  const value = out instanceof Promise ? await out : out;
  return { value, ms: performance.now() - t0 };
}

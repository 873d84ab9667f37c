// Bench inputs, built deterministically from the labelled corpus: real support replies glued
// together until they reach a length bucket, cut at a sentence end near the target.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../../rules/index';
import { loadCorpus, type CorpusEntry } from '../quality/corpus';

export const BUCKETS = [300, 1200, 3000] as const;
export type Bucket = (typeof BUCKETS)[number];

export interface BenchDraft {
  lang: Lang;
  bucket: Bucket;
  draft: string;
  customer: string;
}

const corpusRoot = join(dirname(fileURLToPath(import.meta.url)), '..', 'corpus');

/** Corpus entries per language, in file order (the loader sorts files). */
export function corpusByLang(): Record<Lang, CorpusEntry[]> {
  const { entries } = loadCorpus(corpusRoot, { originalOnly: true });
  return {
    de: entries.filter((e) => e.lang === 'de'),
    en: entries.filter((e) => e.lang === 'en'),
  };
}

/** Cuts at the sentence end closest to target (within ±10%), else at the last space before it. */
export function cutNear(text: string, target: number): string {
  let best = -1;
  for (const m of text.matchAll(/[.!?](?=\s)|\n/g)) {
    const end = m.index + 1;
    if (end < target * 0.9) continue;
    if (end > target * 1.1) break;
    if (best < 0 || Math.abs(end - target) < Math.abs(best - target)) best = end;
  }
  if (best < 0) best = Math.max(text.lastIndexOf(' ', target), 1);
  return text.slice(0, best).trimEnd();
}

/** Whole drafts from `start` on, joined like a long reply, until `length` is reached. */
export function concatDrafts(entries: readonly CorpusEntry[], start: number, length: number) {
  const parts: string[] = [];
  let size = 0;
  for (let i = start; size < length * 1.1; i++) {
    const draft = entries[i % entries.length]!.draft;
    parts.push(draft);
    size += draft.length + 2;
  }
  return parts.join('\n\n');
}

/** `perCell` distinct drafts for every language and bucket; spread over settings by a stride. */
export function benchDrafts(perCell: number): BenchDraft[] {
  const byLang = corpusByLang();
  const out: BenchDraft[] = [];
  for (const lang of ['de', 'en'] as const) {
    const entries = byLang[lang];
    if (entries.length === 0) throw new Error(`no ${lang} drafts in tests/corpus`);
    for (const bucket of BUCKETS) {
      for (let k = 0; k < perCell; k++) {
        const start = (k * 37 + bucket) % entries.length;
        const draft = cutNear(concatDrafts(entries, start, bucket), bucket);
        out.push({ lang, bucket, draft, customer: entries[start]!.customer });
      }
    }
  }
  return out;
}

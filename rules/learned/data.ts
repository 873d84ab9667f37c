// Reads the labelled sentences and customer messages (tests/corpus/WRITING.md) for training
// and for measuring: every file validated, each item tagged with its writer and whether that
// writer is held out (tests/corpus/split.json).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORIES, LANGS, type Lang } from '../engine/types';

/** What a sentence does well (WRITING.md). */
export const DOES = ['acknowledges', 'commits', 'invites'] as const;
/**
 * The labels of the sentence model: what a sentence does well. (A sentence's problems teach the
 * draft model, draft-model.ts: whether a reply breaks a guideline is judged on the whole reply.)
 */
export const SENTENCE_LABELS: readonly string[] = [...DOES];
export const EMOTIONS = [
  'frustration',
  'urgency',
  'fear',
  'repeated-contact',
  'loss',
  'sarcasm',
] as const;
/** The labels of the customer model: any emotion at all, then each one. */
export const CUSTOMER_LABELS: readonly string[] = ['emotional', ...EMOTIONS];

export interface LabelledText {
  id: string;
  lang: Lang;
  setting: string;
  writer: string;
  heldOut: boolean;
  text: string;
  /** The labels that apply, from SENTENCE_LABELS or CUSTOMER_LABELS. */
  labels: string[];
}

export interface LabelledData {
  items: LabelledText[];
  errors: string[];
}

const FILE = /^([a-z0-9-]+)\.(w\d+)\.json$/;

function readKind(
  root: string,
  kind: 'sentences' | 'customers',
  heldOutWriters: readonly string[],
): LabelledData {
  const items: LabelledText[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  for (const lang of LANGS) {
    let names: string[] = [];
    try {
      names = readdirSync(join(root, kind, lang)).filter((n) => n.endsWith('.json'));
    } catch {
      continue;
    }
    for (const name of names.sort()) {
      const file = `tests/corpus/${kind}/${lang}/${name}`;
      const parts = FILE.exec(name);
      if (!parts) {
        errors.push(`${file}: name must be <setting>.<writer>.json`);
        continue;
      }
      const [, setting = '', writer = ''] = parts;
      let raw: unknown;
      try {
        raw = JSON.parse(readFileSync(join(root, kind, lang, name), 'utf8'));
      } catch (error) {
        errors.push(`${file}: not valid JSON (${(error as Error).message})`);
        continue;
      }
      if (!Array.isArray(raw)) {
        errors.push(`${file}: must be an array`);
        continue;
      }
      raw.forEach((entry: Record<string, unknown>, index) => {
        const where = `${file} [${index}]`;
        const id = typeof entry?.id === 'string' ? entry.id : '';
        const text = typeof entry?.text === 'string' ? entry.text.trim() : '';
        if (!id || !text) {
          errors.push(`${where}: needs "id" and "text"`);
          return;
        }
        if (seen.has(id)) {
          errors.push(`${where}: id ${id} used twice`);
          return;
        }
        seen.add(id);
        const labels =
          kind === 'sentences'
            ? sentenceLabels(entry, where, errors)
            : emotionLabels(entry, where, errors);
        if (!labels) return;
        items.push({
          id,
          lang,
          setting,
          writer,
          heldOut: heldOutWriters.includes(writer),
          text,
          labels,
        });
      });
    }
  }
  return { items, errors };
}

function listOf(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : undefined;
}

function sentenceLabels(
  entry: Record<string, unknown>,
  where: string,
  errors: string[],
): string[] | undefined {
  const problems = listOf(entry.problems);
  const does = listOf(entry.does ?? []);
  if (!problems || !does) {
    errors.push(`${where}: "problems" and "does" must be lists of names`);
    return undefined;
  }
  const unknown = [
    ...problems.filter((p) => !(CATEGORIES as readonly string[]).includes(p)),
    ...does.filter((d) => !(DOES as readonly string[]).includes(d)),
  ];
  if (unknown.length > 0) {
    errors.push(`${where}: unknown label ${unknown.join(', ')}`);
    return undefined;
  }
  return [...new Set([...problems, ...does])];
}

function emotionLabels(
  entry: Record<string, unknown>,
  where: string,
  errors: string[],
): string[] | undefined {
  const emotions = listOf(entry.emotions);
  const unknown = emotions?.filter((e) => !(EMOTIONS as readonly string[]).includes(e));
  if (!emotions || (unknown && unknown.length > 0)) {
    errors.push(`${where}: "emotions" must list names from ${EMOTIONS.join(', ')}`);
    return undefined;
  }
  return emotions.length > 0 ? ['emotional', ...new Set(emotions)] : [];
}

export function readLabelled(root: string): {
  sentences: LabelledData;
  customers: LabelledData;
} {
  const split = JSON.parse(readFileSync(join(root, 'split.json'), 'utf8')) as {
    heldOutWriters: string[];
  };
  return {
    sentences: readKind(root, 'sentences', split.heldOutWriters),
    customers: readKind(root, 'customers', split.heldOutWriters),
  };
}

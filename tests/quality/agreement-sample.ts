// npx tsx tests/quality/agreement-sample.ts [-- --per-lang 60] [-- --out /tmp]
// Picks a fixed sample of held-out drafts (tests/corpus/split.json) for a second labeller and
// writes them WITHOUT their labels to <out>/agreement-blind-<lang>.json: only id, lang,
// customer and draft, so the second labeller cannot see the original judgement.
// The sample is deterministic: drafts are ordered by a hash of their id (spreads it over
// settings and writers without favouring any file) and the first N per language are taken.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGS, type Lang } from '../../rules/index';
import { loadCorpus, type CorpusEntry } from './corpus';

export const SAMPLE_PER_LANG = 60;

export interface BlindDraft {
  id: string;
  lang: Lang;
  customer: string;
  draft: string;
}

const idHash = (id: string): string =>
  createHash('sha256').update(`klartext-agreement:${id}`).digest('hex');

/** The first `perLang` held-out drafts of each language, ordered by a hash of their ids. */
export function agreementSample(entries: CorpusEntry[], perLang = SAMPLE_PER_LANG): CorpusEntry[] {
  return LANGS.flatMap((lang) =>
    entries
      .filter((e) => e.heldOut && e.lang === lang)
      .map((e) => ({ e, h: idHash(e.id) }))
      .sort((a, b) => (a.h < b.h ? -1 : a.h > b.h ? 1 : 0))
      .slice(0, perLang)
      .map(({ e }) => e),
  );
}

/** Only what a labeller needs to judge; never the labels. */
export const blind = (e: CorpusEntry): BlindDraft => ({
  id: e.id,
  lang: e.lang,
  customer: e.customer,
  draft: e.draft,
});

function main(): void {
  const args = process.argv.slice(2);
  const opt = (name: string, fallback: string): string => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] !== undefined ? args[i + 1]! : fallback;
  };
  const perLang = Number(opt('--per-lang', String(SAMPLE_PER_LANG)));
  const out = opt('--out', '/tmp');
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'corpus');
  const { entries } = loadCorpus(root);
  const sample = agreementSample(entries, perLang);
  for (const lang of LANGS) {
    const part = sample.filter((e) => e.lang === lang);
    const file = join(out, `agreement-blind-${lang}.json`);
    writeFileSync(file, `${JSON.stringify(part.map(blind), null, 2)}\n`);
    const spread = new Map<string, number>();
    for (const e of part) {
      const key = `${e.setting}.${e.writer}`;
      spread.set(key, (spread.get(key) ?? 0) + 1);
    }
    console.log(`${file}: ${part.length} drafts from ${spread.size} files`);
    const writers = new Map<string, number>();
    for (const e of part) writers.set(e.writer, (writers.get(e.writer) ?? 0) + 1);
    console.log(`  writers: ${[...writers].map(([w, n]) => `${w} ${n}`).join(', ')}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();

// Loads the labelled corpus (tests/corpus/<lang>/<setting>.json) and checks every label
// before anything is measured: a wrong label silently skews precision and recall.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORIES, LANGS, type Category, type Lang } from '../../rules/index';

export const SETTINGS = [
  'it-helpdesk',
  'telecom',
  'logistics',
  'retail',
  'field-service',
  'internal',
  'public-administration',
  'banking-insurance',
  'utilities',
  'saas-b2b',
  'ecommerce',
  'travel',
  'healthcare-admin',
  'facility',
  'hr-internal',
] as const;
export type Setting = (typeof SETTINGS)[number];

/** The fewest drafts per language the issue asks for. */
export const MIN_PER_LANG = 150;

export interface CorpusEntry {
  id: string;
  lang: Lang;
  setting: Setting;
  customer: string;
  draft: string;
  /** Categories the engine must flag. */
  flag: Category[];
  /** Categories the engine must leave clean. */
  clean: Category[];
  /** A good reply: clean in all six categories. */
  good: boolean;
  note: string;
  /** Where the entry came from, for error messages. */
  file: string;
  /** Who wrote it (tests/corpus/WRITING.md); 'original' for the files the rules were tuned on. */
  writer: string;
  /** Held out (split.json): no rule is tuned and no model trained on it. */
  heldOut: boolean;
}

/** `<setting>.json` (the original corpus) or `<setting>.<writer>.json` (WRITING.md). */
export const CORPUS_FILE = /^([a-z0-9-]+)(?:\.(w\d+))?\.json$/;

export interface Split {
  heldOutWriters: readonly string[];
}

/** Which writers are held out, fixed in tests/corpus/split.json before their data existed. */
export function readSplit(root: string): Split {
  const raw = JSON.parse(readFileSync(join(root, 'split.json'), 'utf8')) as Split;
  return { heldOutWriters: raw.heldOutWriters };
}

export interface CorpusLoad {
  entries: CorpusEntry[];
  errors: string[];
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isCategory = (v: unknown): v is Category =>
  isString(v) && (CATEGORIES as readonly string[]).includes(v);

/** Checks one raw entry; returns the typed entry or pushes messages naming file and id. */
function validateEntry(
  raw: unknown,
  index: number,
  file: string,
  lang: Lang,
  setting: string,
  errors: string[],
  writer: string,
  heldOut: boolean,
): CorpusEntry | undefined {
  const where = (id: string) => `${file} [${index}] ${id}`;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    errors.push(`${where('?')}: entry is not an object`);
    return undefined;
  }
  const r = raw as Record<string, unknown>;
  const id = isString(r.id) && r.id.trim() !== '' ? r.id : '?';
  const fail = (msg: string) => errors.push(`${where(id)}: ${msg}`);
  const before = errors.length;

  if (id === '?') fail('missing or empty "id"');
  else if (!id.startsWith(`${lang}-`)) fail(`id must start with "${lang}-"`);
  if (r.lang !== lang) fail(`"lang" is ${JSON.stringify(r.lang)}, the folder says "${lang}"`);
  if (r.setting !== setting)
    fail(`"setting" is ${JSON.stringify(r.setting)}, the file name says "${setting}"`);
  for (const key of ['customer', 'draft', 'note'] as const) {
    if (!isString(r[key]) || (r[key] as string).trim() === '')
      fail(`"${key}" must be a non-empty string`);
  }
  if (typeof r.good !== 'boolean') fail('"good" must be true or false');

  const lists: Record<'flag' | 'clean', Category[]> = { flag: [], clean: [] };
  for (const key of ['flag', 'clean'] as const) {
    const value = r[key];
    if (!Array.isArray(value)) {
      fail(`"${key}" must be an array`);
      continue;
    }
    for (const c of value) {
      if (!isCategory(c)) fail(`"${key}" has unknown category ${JSON.stringify(c)}`);
      else if (lists[key].includes(c)) fail(`"${key}" lists "${c}" twice`);
      else lists[key].push(c);
    }
  }
  for (const c of lists.flag) {
    if (lists.clean.includes(c)) fail(`"${c}" is in both "flag" and "clean"`);
  }
  const unlabelled = CATEGORIES.filter((c) => !lists.flag.includes(c) && !lists.clean.includes(c));
  // Leaving a category out is allowed only as a stated judgement, never by accident.
  if (unlabelled.length > 0 && !(isString(r.note) && /ambiguous/i.test(r.note)))
    fail(`unlabelled ${unlabelled.join(', ')}: label them or say "ambiguous" in the note`);
  if (r.good === true && (lists.flag.length > 0 || unlabelled.length > 0))
    fail('"good": true needs all six categories in "clean"');
  // Not good, yet nothing flagged: only where a category is left open as a stated judgement.
  if (r.good === false && lists.flag.length === 0 && unlabelled.length === 0)
    fail('"good": false needs at least one category in "flag" (or one left ambiguous)');

  if (errors.length > before) return undefined;
  return {
    id,
    lang,
    setting: setting as Setting,
    customer: r.customer as string,
    draft: r.draft as string,
    flag: lists.flag,
    clean: lists.clean,
    good: r.good as boolean,
    note: r.note as string,
    file,
    writer,
    heldOut,
  };
}

/**
 * Reads and validates every corpus file; errors name the file and the entry id. With
 * `originalOnly`, just the original files (no writer): the frozen findings and the speed
 * benches stay on the drafts they were made with.
 */
export function loadCorpus(root: string, options: { originalOnly?: boolean } = {}): CorpusLoad {
  const split = readSplit(root);
  const errors: string[] = [];
  const entries: CorpusEntry[] = [];
  const seen = new Map<string, string>();

  for (const lang of LANGS) {
    let files: string[];
    try {
      files = readdirSync(join(root, lang)).filter((f) => f.endsWith('.json'));
    } catch {
      errors.push(`${join(root, lang)}: folder missing`);
      continue;
    }
    for (const name of files.sort()) {
      const file = join('tests/corpus', lang, name);
      const [, setting = name, writer = 'original'] = CORPUS_FILE.exec(name) ?? [];
      if (options.originalOnly && writer !== 'original') continue;
      const heldOut = split.heldOutWriters.includes(writer);
      if (!(SETTINGS as readonly string[]).includes(setting))
        errors.push(`${file}: unknown setting "${setting}" (expected ${SETTINGS.join(', ')})`);
      let data: unknown;
      try {
        data = JSON.parse(readFileSync(join(root, lang, name), 'utf8'));
      } catch (e) {
        errors.push(`${file}: not valid JSON (${(e as Error).message})`);
        continue;
      }
      if (!Array.isArray(data)) {
        errors.push(`${file}: top level must be an array of entries`);
        continue;
      }
      data.forEach((raw, i) => {
        const entry = validateEntry(raw, i, file, lang, setting, errors, writer, heldOut);
        if (!entry) return;
        const other = seen.get(entry.id);
        if (other) errors.push(`${file} ${entry.id}: id already used in ${other}`);
        else seen.set(entry.id, file);
        entries.push(entry);
      });
    }
    const count = entries.filter((e) => e.lang === lang).length;
    if (count < MIN_PER_LANG)
      errors.push(`tests/corpus/${lang}: ${count} valid drafts, at least ${MIN_PER_LANG} needed`);
  }
  return { entries, errors };
}

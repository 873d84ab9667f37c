// The engine's findings on every corpus text, written compactly so that a test can hold the
// engine to them. Optimising the engine must not change a single finding; a rule change that
// is meant to change them rewrites the file (npx tsx tests/quality/freeze.ts) and shows up in review.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, RULES, type CheckInput } from '../../rules/index';
import { loadCorpus } from './corpus';

export const FROZEN_FILE = join(dirname(fileURLToPath(import.meta.url)), 'frozen-findings.json');

const corpusRoot = join(dirname(fileURLToPath(import.meta.url)), '..', 'corpus');
const defaults = new Map(RULES.map((r) => [r.id, r.messages]));

/** One line per finding: rule, span, suggestions, and the message where a rule wrote its own. */
function describe(input: CheckInput): string[] {
  const result = check(input);
  const lines = [`lang ${result.lang}`];
  for (const f of result.findings) {
    let line = `${f.ruleId} ${f.start}-${f.end}`;
    if (f.suggestions) line += ` -> ${f.suggestions.join(' | ')}`;
    if (f.message !== defaults.get(f.ruleId)?.[result.lang]) line += ` "${f.message}"`;
    lines.push(line);
  }
  return lines;
}

/**
 * Per corpus entry: the draft with the customer's message (language detected), the same draft
 * judged as the other language (every rule of that language runs on foreign words), and the
 * customer's message judged as a draft (angry, shouting, vague texts).
 */
export function currentFindings(): Record<string, Record<string, string[]>> {
  const { entries, errors } = loadCorpus(corpusRoot, { originalOnly: true });
  if (errors.length > 0) throw new Error(`invalid corpus: ${errors[0]}`);
  const out: Record<string, Record<string, string[]>> = {};
  for (const e of [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const other = e.lang === 'de' ? 'en' : 'de';
    out[e.id] = {
      draft: describe({ draft: e.draft, customer: e.customer }),
      [`as ${other}`]: describe({ draft: e.draft, lang: other }),
      customer: describe({ draft: e.customer }),
    };
  }
  return out;
}

// npm run bench:quality [-- --verbose] [-- --json]
// Validates the labelled corpus, runs the engine on every draft and reports precision,
// recall and false alarms per category and language. Exits non-zero only when the corpus
// itself is invalid; missed targets are information for rule authors, not a build failure.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, type Category } from '../../rules/index';
import { loadCorpus } from './corpus';
import { computeMetrics, type Outcome } from './metrics';
import { corpusSummary, metricsJson, metricsTable, missList } from './report';

const args = new Set(process.argv.slice(2));
const verbose = args.has('--verbose');
const asJson = args.has('--json');

const corpusRoot = join(dirname(fileURLToPath(import.meta.url)), '..', 'corpus');
const { entries, errors } = loadCorpus(corpusRoot);

if (errors.length > 0) {
  console.error(`Invalid corpus (${errors.length} problem${errors.length === 1 ? '' : 's'}):`);
  for (const e of errors) console.error(`  ${e}`);
  process.exit(1);
}

const outcomes: Outcome[] = entries.map((entry) => {
  const result = check({ draft: entry.draft, customer: entry.customer, lang: entry.lang });
  const fired = new Map<Category, string[]>();
  for (const f of result.findings) {
    const ids = fired.get(f.category) ?? [];
    if (!ids.includes(f.ruleId)) ids.push(f.ruleId);
    fired.set(f.category, ids);
  }
  return { entry, fired };
});

const metrics = computeMetrics(outcomes);

if (asJson) {
  console.log(metricsJson(entries, metrics));
} else {
  console.log(corpusSummary(entries));
  console.log('');
  console.log(metricsTable(metrics));
  if (verbose) {
    console.log('');
    console.log(missList(metrics));
  }
}

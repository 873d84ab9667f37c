// npm run bench:quality [-- --verbose] [-- --json] [-- --no-curve] [-- --lenient]
// Validates the labelled corpus, runs the engine on every draft and reports precision,
// recall and false alarms per category and language. Exits non-zero only when the corpus
// itself is invalid; missed targets are information for rule authors, not a build failure.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, LANGS, type Category } from '../../rules/index';
import { agreementReport, readSecondLabels } from './agreement';
import { loadCorpus } from './corpus';
import { learnedReport } from './learned';
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
  // --lenient: measure the valid entries anyway (while writers are still at work).
  if (!args.has('--lenient')) process.exit(1);
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

// Two parts (tests/corpus/split.json): development (the rules were tuned and the model trained
// on it, so its figures flatter them) and held out (never tuned on: the figure that counts).
const parts = [
  { name: 'development', held: false },
  { name: 'held out', held: true },
] as const;

if (asJson) {
  console.log(
    JSON.stringify(
      Object.fromEntries(
        parts.map(({ name, held }) => {
          const part = outcomes.filter((o) => o.entry.heldOut === held);
          const json = metricsJson(
            part.map((o) => o.entry),
            computeMetrics(part),
          );
          return [name, JSON.parse(json) as unknown];
        }),
      ),
      null,
      2,
    ),
  );
} else {
  for (const { name, held } of parts) {
    const part = outcomes.filter((o) => o.entry.heldOut === held);
    console.log(`\n== ${name} part (${part.length} drafts) ==`);
    if (part.length === 0) {
      console.log('(no drafts yet)');
      continue;
    }
    const metrics = computeMetrics(part);
    console.log(corpusSummary(part.map((o) => o.entry)));
    console.log('');
    console.log(metricsTable(metrics));
    // Misses are listed for the development part only: reading the held-out ones invites
    // tuning the rules on them, and then they are no longer held out.
    if (verbose && !held) {
      console.log('');
      console.log(missList(metrics));
    }
  }
  // How far two labellers agree bounds what any engine can reach against one of them.
  console.log('\n== a second labeller on a sample of held-out drafts ==');
  console.log(agreementReport(corpusRoot).join('\n'));
  const sampled = new Set(
    LANGS.flatMap((lang) => readSecondLabels(corpusRoot, lang, []).map((label) => label.id)),
  );
  const onSample = outcomes.filter((o) => sampled.has(o.entry.id));
  console.log(
    `\nthe engine on the same ${onSample.length} drafts, against the corpus labels (as the second labeller is scored)`,
  );
  console.log(metricsTable(computeMetrics(onSample)));
  console.log('\n== the learned judgement on labelled sentences and customer messages ==');
  console.log(learnedReport({ curve: !args.has('--no-curve') }));
}

// Child of bad-input.ts: checks every hostile draft, first once (cold), then repeatedly,
// printing one JSON line per case as soon as it is done.
import { check, compileRules } from '../../rules/index';
import { BAD_INPUTS, buildBadInput, type BadInputResult } from './bad-input';
import { watchRuleFailures } from './rule-failures';
import { summarize } from './stats';

compileRules();
let failed = false;
for (const name of BAD_INPUTS) {
  const { draft, customer } = buildBadInput(name);
  const result: BadInputResult = { name, chars: draft.length };
  const watch = watchRuleFailures();
  try {
    const reps = draft.length > 200_000 ? 3 : 15;
    let t = performance.now();
    const first = check({ draft, customer });
    result.firstMs = performance.now() - t;
    const times: number[] = [];
    for (let i = 0; i < reps; i++) {
      t = performance.now();
      check({ draft, customer });
      times.push(performance.now() - t);
    }
    result.time = summarize(times);
    result.findings = first.findings.length;
    result.lang = first.lang;
    const outside = first.findings.find(
      (f) => f.start < 0 || f.end > draft.length || f.start > f.end,
    );
    if (outside) result.failure = `finding ${outside.ruleId} spans ${outside.start}-${outside.end}`;
  } catch (error) {
    result.failure = `threw: ${error instanceof Error ? error.message : String(error)}`;
  }
  watch.stop();
  if (Object.keys(watch.counts).length > 0) result.ruleFailures = watch.counts;
  if (result.failure) failed = true;
  console.log(JSON.stringify(result));
}
process.exitCode = failed ? 1 : 0;

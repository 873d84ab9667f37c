// npm run bench [-- --json] [-- --rounds N]
// Speed of the rule engine against write-good, alex and harper.js on the same realistic
// drafts in the same process, cold start, hostile input, and rule packs at scale (packs.ts).
// Reports medians, p95 and ratios with the targets beside them. Exit 0 whatever the
// figures (a bench reports, it does not gate); exit 1 only if a Klartext check threw, crashed,
// hung or returned spans outside the draft, or a pack failed to load, compose or check.
import { cpus, loadavg } from 'node:os';
import { check, compileRules } from '../../rules/index';
import { runBadInputs } from './bad-input';
import { measureColdStart } from './cold-start';
import { benchDrafts } from './drafts';
import { loadReferences, type Tool } from './references';
import { badInputTable, coldTable, findingsTable, speedTable, verdictTable } from './report';
import { describeRuleFailures, watchRuleFailures } from './rule-failures';
import { runSpeed } from './speed';
import { measurePacks, packTable, packVerdicts, type PackBench } from './packs';
import { judge, OURS } from './targets';

const argv = process.argv.slice(2);
const asJson = argv.includes('--json');
const roundsAt = argv.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Math.max(1, Number(argv[roundsAt + 1]) || 1) : 15;
const log = (text: string) => {
  if (!asJson) console.log(text);
};

const ours: Tool = {
  name: OURS,
  langs: ['de', 'en'],
  run: (draft) => check({ draft }).findings.length,
};

const started = performance.now();
const load = loadavg()
  .map((l) => l.toFixed(1))
  .join(' ');
const env = `node ${process.version}, ${process.platform}/${process.arch}, ${cpus().length} CPUs, load ${load}`;
log(`Klartext engine bench (${env})\n`);

// Cold start first, before this process has compiled or warmed anything it might share.
log('Cold start (rule set compiled from scratch, cache bypassed) ...');
const cold = measureColdStart(5, 3_000);
log(coldTable(cold) + '\n');

compileRules();
const drafts = benchDrafts(3);
const refs = await loadReferences();
for (const [name, why] of Object.entries(refs.unavailable)) log(`! ${name} unavailable: ${why}`);
for (const [name, setup] of Object.entries(refs.setupMs))
  log(`${name} one-time setup (WASM): ${Math.round(setup)} ms, not counted per check`);

const opts = { rounds, warmup: 2, oursPerVisit: 10 };
log(`\nSpeed, warm: ${rounds} interleaved rounds after ${opts.warmup} warm-up rounds, ...`);
const watch = watchRuleFailures();
const speed = await runSpeed(ours, refs.tools, drafts, opts);
watch.stop();
const names = [OURS, ...refs.tools.map((t) => t.name)];
log(speedTable(speed.cells, names) + '\n');
log(findingsTable(speed.cells, names) + '\n');
for (const e of speed.errors) log(`! ${e.tool} threw on ${e.lang} ~${e.bucket}: ${e.message}`);
const crashed = describeRuleFailures(watch.counts);
if (crashed) log(`! rules that threw (caught by the engine, check went on): ${crashed}\n`);

log('Bad input (fresh process, watchdog 90 s):');
const bad = runBadInputs(90_000);
log(badInputTable(bad) + '\n');

log('Rule packs at scale ...');
let packs: PackBench | undefined;
let packFailure: string | undefined;
try {
  packs = measurePacks(7);
  log(packTable(packs) + '\n');
} catch (error) {
  packFailure = error instanceof Error ? error.message : String(error);
  log(`! packs bench failed: ${packFailure}\n`);
}

const verdicts = [...judge(speed.cells, cold), ...(packs ? packVerdicts(packs) : [])];
log('Targets');
log(verdictTable(verdicts));
const totalS = (performance.now() - started) / 1000;
log(`\nBench took ${totalS.toFixed(0)} s. Figures vary between runs; compare ratios, not ms.`);

const oursThrew = speed.errors.some((e) => e.tool === OURS);
const badFailed = bad.some((r) => r.failure);
if (asJson) {
  const ruleFailures = watch.counts;
  const data = {
    env,
    rounds,
    cold,
    refs,
    speed,
    ruleFailures,
    badInput: bad,
    packs: packs ?? { failure: packFailure },
    verdicts,
    totalS,
  };
  console.log(JSON.stringify(data, (_k, v) => (v === Infinity || Number.isNaN(v) ? null : v), 2));
}
process.exitCode = oursThrew || badFailed || packFailure !== undefined ? 1 : 0;

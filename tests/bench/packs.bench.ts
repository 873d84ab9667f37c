// npm run bench:packs [-- --json] [-- --rounds N]
// Rule packs at scale: importing and compiling a generated pack of 5,000 rules, and checking a
// 3,000-character draft with it, against the targets. Baselines from the same run sit
// beside the figures (JSON.parse of the same file; the built-in check of the same drafts), so
// a slow or busy machine shows as a ratio, not as a verdict. Exit 0 whatever the figures; exit
// 1 only if loading, composing or a check failed.
import { cpus, loadavg } from 'node:os';
import {
  check,
  createChecker,
  loadPack,
  serializePack,
  type Checker,
  type Pack,
} from '../../rules/index';
import { benchDrafts } from './drafts';
import { generatedPack } from './generated-pack';
import { ms, summarize, type Summary } from './stats';

const RULES = 5_000;
const TARGET_IMPORT_MS = 200;
const TARGET_CHECK_MS = 2;

const argv = process.argv.slice(2);
const asJson = argv.includes('--json');
const roundsAt = argv.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Math.max(1, Number(argv[roundsAt + 1]) || 1) : 7;
const log = (line: string) => {
  if (!asJson) console.log(line);
};

function time<T>(fn: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t0 };
}

function repeat(n: number, fn: () => unknown): Summary {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) samples.push(time(fn).ms);
  return summarize(samples);
}

function loadOrThrow(text: string, examples: boolean): Pack {
  const result = loadPack(text, { examples });
  if (!result.ok) throw new Error(`generated pack refused: ${result.errors[0]!.message}`);
  return result.pack;
}

function composeOrThrow(pack: Pack): Checker {
  const result = createChecker({ packs: [pack] });
  if (!result.ok) throw new Error(`generated pack not composed: ${result.errors[0]!.message}`);
  return result;
}

/** A draft of about `length` characters made of the pack's own invalid examples. */
function hittingDraft(pack: Pack, length: number): string {
  const parts: string[] = [];
  let size = 0;
  for (const rule of pack.rules) {
    if (rule.kind !== 'phrases') continue;
    const example = rule.examples.en?.invalid[0];
    if (!example || size + example.draft.length > length) continue;
    parts.push(example.draft);
    size += example.draft.length + 1;
  }
  return parts.join(' ');
}

const env = `node ${process.version}, ${process.platform}/${process.arch}, ${cpus().length} CPUs, load ${loadavg()
  .map((l) => l.toFixed(1))
  .join(' ')}`;
log(`Klartext rule pack bench (${env})\n`);

let failed = false;
try {
  const text = serializePack(generatedPack(RULES));
  log(
    `Generated pack: ${RULES} rules, ${(text.length / 1024 / 1024).toFixed(1)} MB as written by serializePack`,
  );

  // Warm up the code paths once, then measure fresh imports (each round a new pack object, so
  // nothing parsed in one round helps the next).
  composeOrThrow(loadOrThrow(text, false));
  const parse: number[] = [];
  const load: number[] = [];
  const compose: number[] = [];
  const total: number[] = [];
  let checker: Checker | undefined;
  let pack: Pack | undefined;
  for (let r = 0; r < rounds; r++) {
    parse.push(time(() => JSON.parse(text)).ms);
    const loaded = time(() => loadOrThrow(text, false));
    const composed = time(() => composeOrThrow(loaded.value));
    load.push(loaded.ms);
    compose.push(composed.ms);
    total.push(loaded.ms + composed.ms);
    checker = composed.value;
    pack = loaded.value;
  }
  const withExamples = repeat(Math.min(rounds, 3), () => loadOrThrow(text, true));
  const importMs = summarize(total);
  const parseMs = summarize(parse);

  log(`\nImport (${rounds} rounds, median / p95 ms)`);
  log(`  JSON.parse of the same file (baseline)   ${ms(parseMs.median)} / ${ms(parseMs.p95)}`);
  log(
    `  loadPack: validate, limits, parse patterns ${ms(summarize(load).median)} / ${ms(summarize(load).p95)}`,
  );
  log(
    `  createChecker: compile                   ${ms(summarize(compose).median)} / ${ms(summarize(compose).p95)}`,
  );
  log(
    `  import + compile                         ${ms(importMs.median)} / ${ms(importMs.p95)}  (${(importMs.median / parseMs.median).toFixed(1)}x JSON.parse)`,
  );
  const exampleCount = pack!.rules.reduce(
    (n, r) =>
      n + Object.values(r.examples).reduce((k, e) => k + e!.valid.length + e!.invalid.length, 0),
    0,
  );
  log(
    `  loadPack running all ${exampleCount} examples     ${ms(withExamples.median)} (reported, not a target)`,
  );

  // Checking: the same real 3,000-character drafts with the built-ins alone and with the pack,
  // interleaved so both see the same machine; plus a draft that fires many pack rules.
  const drafts = benchDrafts(3).filter((d) => d.bucket === 3000);
  const hitting = hittingDraft(pack!, 3000);
  const builtinSamples: number[] = [];
  const packSamples: number[] = [];
  const hittingSamples: number[] = [];
  for (let i = 0; i < 20; i++) for (const d of drafts) checker!.check(d);
  for (let r = 0; r < 40; r++) {
    for (const d of drafts) {
      builtinSamples.push(time(() => check(d)).ms);
      packSamples.push(time(() => checker!.check(d)).ms);
    }
    hittingSamples.push(time(() => checker!.check({ draft: hitting, lang: 'en' })).ms);
  }
  const hits = checker!.check({ draft: hitting, lang: 'en' }).findings.length;
  const builtinMs = summarize(builtinSamples);
  const packMs = summarize(packSamples);
  const hittingMs = summarize(hittingSamples);
  log(`\nCheck, ~3,000 characters (${drafts.length} corpus drafts x 40 rounds, median / p95 ms)`);
  log(`  built-in rules only (baseline)           ${ms(builtinMs.median)} / ${ms(builtinMs.p95)}`);
  log(
    `  built-ins + ${RULES}-rule pack              ${ms(packMs.median)} / ${ms(packMs.p95)}  (${(packMs.median / builtinMs.median).toFixed(2)}x baseline)`,
  );
  log(
    `  a draft made of pack phrases (${hits} findings) ${ms(hittingMs.median)} / ${ms(hittingMs.p95)}`,
  );

  const verdicts = [
    {
      target: `import + compile of ${RULES} rules ≤ ${TARGET_IMPORT_MS} ms`,
      measured: `${ms(importMs.median)} ms`,
      met: importMs.median <= TARGET_IMPORT_MS,
    },
    {
      target: `check of 3,000 chars with the pack ≤ ${TARGET_CHECK_MS} ms median`,
      measured: `${ms(packMs.median)} ms`,
      met: packMs.median <= TARGET_CHECK_MS,
    },
  ];
  log('\nTargets');
  for (const v of verdicts) log(`  ${v.met ? 'met   ' : 'MISSED'}  ${v.target}: ${v.measured}`);
  log('\nFigures vary with the machine and its load; compare the ratios to the baselines.');
  if (asJson) {
    console.log(
      JSON.stringify(
        {
          env,
          rounds,
          packBytes: text.length,
          import: {
            parse: parseMs,
            load: summarize(load),
            compose: summarize(compose),
            total: importMs,
            withExamples,
          },
          check: { builtin: builtinMs, pack: packMs, hitting: hittingMs, hittingFindings: hits },
          verdicts,
        },
        null,
        2,
      ),
    );
  }
} catch (error) {
  failed = true;
  console.error(`packs bench failed: ${error instanceof Error ? error.message : String(error)}`);
}
process.exitCode = failed ? 1 : 0;

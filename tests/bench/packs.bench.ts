// npm run bench:packs [-- --json] [-- --rounds N]
// Rule packs at scale (see packs.ts) against the targets. Exit 0 whatever the figures
// (a bench reports, it does not gate); exit 1 only if loading, composing or a check failed.
import { cpus, loadavg } from 'node:os';
import { measurePacks, packTable, packVerdicts } from './packs';
import { verdictTable } from './report';

const argv = process.argv.slice(2);
const asJson = argv.includes('--json');
const roundsAt = argv.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Math.max(1, Number(argv[roundsAt + 1]) || 1) : 7;
const load = loadavg().map((l) => l.toFixed(1));
const env = `node ${process.version}, ${process.platform}/${process.arch}, ${cpus().length} CPUs, load ${load.join(' ')}`;

try {
  const bench = measurePacks(rounds);
  const verdicts = packVerdicts(bench);
  if (asJson) {
    console.log(JSON.stringify({ env, ...bench, verdicts }, null, 2));
  } else {
    console.log(`Klartext rule pack bench (${env})\n`);
    console.log(packTable(bench) + '\n');
    console.log('Targets');
    console.log(verdictTable(verdicts));
    console.log(
      '\nFigures vary with the machine and its load; compare the ratios to the baselines.',
    );
  }
  process.exitCode = 0;
} catch (error) {
  console.error(`packs bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}

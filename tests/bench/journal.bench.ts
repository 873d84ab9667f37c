// npm run bench:journal [-- --json] [-- --runs N] [-- --entries N]
// The journal with 10,000 entries in Chromium (see journal.ts) against the targets.
// Needs the built extension (npm run build, or KLARTEXT_EXTENSION_DIR). Exit 0 whatever the
// figures (a bench reports, it does not gate); exit 1 only if the bench itself failed or
// anything tried to leave the machine (its browser goes through the refusing proxy).
import { cpus, loadavg } from 'node:os';
import { journalFailure, journalTable, journalVerdicts, measureJournal } from './journal';
import { verdictTable } from './report';

const argv = process.argv.slice(2);
const asJson = argv.includes('--json');
const numberAfter = (flag: string) => {
  const at = argv.indexOf(flag);
  return at >= 0 ? Number(argv[at + 1]) || undefined : undefined;
};
const load = loadavg().map((l) => l.toFixed(1));
const env = `node ${process.version}, ${process.platform}/${process.arch}, ${cpus().length} CPUs, load ${load.join(' ')}`;

try {
  const bench = await measureJournal({
    runs: numberAfter('--runs'),
    entries: numberAfter('--entries'),
  });
  const verdicts = journalVerdicts(bench);
  if (asJson) {
    console.log(JSON.stringify({ env, ...bench, verdicts }, null, 2));
  } else {
    console.log(`Klartext journal bench, Chromium with the built extension (${env})\n`);
    console.log(journalTable(bench) + '\n');
    console.log('Targets');
    console.log(verdictTable(verdicts));
    console.log(
      '\nFigures vary with the machine and its load; compare the ratios to the empty journal.',
    );
  }
  const failure = journalFailure(bench);
  if (failure) console.error(failure);
  process.exitCode = failure ? 1 : 0;
} catch (error) {
  console.error(`journal bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}

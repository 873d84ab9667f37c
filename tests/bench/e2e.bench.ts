// npm run bench:e2e [-- --json] [-- --keys N] [-- --editors textarea,ckeditor5]
//                   [-- --huge-editors textarea,contenteditable | none] [-- --huge-only]
// Keystroke to updated hints in Chromium with the built extension on the editor fixture pages,
// a 1 MB draft pasted into the reply box (huge-draft.ts), opening the badge's popover and
// switching modes (placement.ts) and the content script's size (see e2e.ts). Exit 0 whatever
// the figures (a bench reports, it does not gate); exit 1 if the measurement itself failed or
// anything tried to leave the machine (the refusing proxy).
import { cpus, loadavg } from 'node:os';
import { e2eFailure, e2eTable, e2eVerdicts, measureE2e } from './e2e';
import { verdictTable } from './report';

const argv = process.argv.slice(2);
const option = (name: string) => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
};
const asJson = argv.includes('--json');
const keys = Math.max(4, Number(option('--keys')) || 40);
const editors = option('--editors')?.split(',');
const hugeOption = option('--huge-editors');
const hugeEditors = hugeOption === 'none' ? [] : hugeOption?.split(',');
const hugeOnly = argv.includes('--huge-only');
const load = loadavg().map((l) => l.toFixed(1));
const env = `node ${process.version}, ${process.platform}/${process.arch}, ${cpus().length} CPUs, load ${load.join(' ')}`;

try {
  const bench = await measureE2e({
    keys,
    hugeOnly,
    ...(editors ? { editors } : {}),
    ...(hugeEditors ? { hugeEditors } : {}),
  });
  const verdicts = e2eVerdicts(bench);
  if (asJson) {
    console.log(JSON.stringify({ env, ...bench, verdicts }, null, 2));
  } else {
    console.log(`Klartext in the browser: keystroke to updated hints (${env})\n`);
    console.log(e2eTable(bench) + '\n');
    console.log('Targets');
    console.log(verdictTable(verdicts));
    console.log(
      '\nFigures vary with the machine and its load; compare them to the next-frame baseline.',
    );
  }
  const failure = e2eFailure(bench);
  if (failure) console.error(failure);
  process.exitCode = failure ? 1 : 0;
} catch (error) {
  console.error(`e2e bench failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exitCode = 1;
}

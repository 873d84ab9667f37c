// npx tsx tests/quality/freeze.ts rewrites tests/quality/frozen-findings.json from the engine
// as it is. Only for intended changes of judgement (a rule or phrase list changed): review the
// diff, every changed line is a finding that appeared, moved or went away.
import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { currentFindings, FROZEN_FILE } from './frozen-findings';

const findings = currentFindings();
const options = { ...(await resolveConfig(FROZEN_FILE)), parser: 'json' };
writeFileSync(FROZEN_FILE, await format(JSON.stringify(findings), options));
const count = Object.values(findings).reduce(
  (n, e) => n + Object.values(e).reduce((k, lines) => k + lines.length - 1, 0),
  0,
);
console.log(`${FROZEN_FILE}: ${Object.keys(findings).length} corpus entries, ${count} findings`);

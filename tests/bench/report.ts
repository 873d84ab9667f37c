// Plain-text tables for the bench; the JSON form is the same data, unformatted.
import type { BadInputResult } from './bad-input';
import type { ColdStart } from './cold-start';
import type { SpeedCell } from './speed';
import { describeRuleFailures } from './rule-failures';
import { ms } from './stats';
import { OURS, type Verdict } from './targets';

const pad = (s: string, n: number) => s.padEnd(n);
const lpad = (s: string, n: number) => s.padStart(n);

export function speedTable(cells: SpeedCell[], toolNames: string[]): string {
  const width = 24;
  const head = [pad('lang', 5), pad('chars (drafts)', 16)];
  for (const name of toolNames) head.push(pad(name, width));
  const lines = [head.join(''), '-'.repeat(21 + width * toolNames.length)];
  let foreignSeen = false;
  for (const cell of cells) {
    const lo = Math.min(...cell.chars);
    const hi = Math.max(...cell.chars);
    const row = [pad(cell.lang, 5), pad(`${lo}-${hi} (${cell.chars.length})`, 16)];
    const ours = cell.tools[OURS];
    for (const name of toolNames) {
      const t = cell.tools[name];
      if (!t) {
        row.push(pad('-', width));
        continue;
      }
      let text = `${ms(t.median)} / ${ms(t.p95)}`;
      if (name !== OURS && ours) text += `  ${(t.median / ours.median).toFixed(0)}×`;
      if (t.foreign) {
        text += ' †';
        foreignSeen = true;
      }
      row.push(pad(text, width));
    }
    lines.push(row.join('').trimEnd());
  }
  lines.push('');
  lines.push('ms per check, median / p95; N× = reference median / Klartext median.');
  if (foreignSeen) {
    lines.push(
      '† English-only tool run on German text: raw throughput only, its findings there are',
      '  meaningless, so these rows are not judged against the 10× target.',
    );
  }
  return lines.join('\n');
}

export function findingsTable(cells: SpeedCell[], toolNames: string[]): string {
  const lines = [`median findings per draft: ${toolNames.join(' / ')}`];
  for (const cell of cells) {
    const counts = toolNames.map((n) => String(cell.tools[n]?.findings ?? '-'));
    lines.push(`  ${cell.lang} ~${lpad(String(cell.bucket), 4)}: ${counts.join(' / ')}`);
  }
  return lines.join('\n');
}

export function coldTable(cold: ColdStart): string {
  const row = (label: string, s: ColdStart['recompile']) =>
    `  ${pad(label, 46)} ${lpad(ms(s.median), 8)} ms median, p95 ${ms(s.p95)} (n=${s.n})`;
  const lines = [
    row('first compile, fresh process (packed tries)', cold.freshCompile),
    row('first check after it (en, 3,000 chars)', cold.firstCheck),
    row('until the first findings (compile + check)', cold.firstResult),
    row('second check', cold.secondCheck),
    row('tries built from the patterns, both languages (JIT warm)', cold.recompile),
  ];
  for (const f of cold.failures) lines.push(`  FAILED child: ${f}`);
  return lines.join('\n');
}

export function badInputTable(results: BadInputResult[]): string {
  const lines = [
    `  ${pad('input', 28)}${lpad('chars', 10)}${lpad('first', 10)}${lpad('median', 10)}${lpad('max', 10)}  lang  findings`,
  ];
  for (const r of results) {
    if (r.failure && !r.time) {
      lines.push(`  ${pad(r.name, 28)}${lpad(String(r.chars), 10)}  FAILED: ${r.failure}`);
      continue;
    }
    const t = r.time!;
    lines.push(
      `  ${pad(r.name, 28)}${lpad(r.chars.toLocaleString('en-US'), 10)}${lpad(ms(r.firstMs!), 10)}` +
        `${lpad(ms(t.median), 10)}${lpad(ms(t.max), 10)}  ${pad(r.lang ?? '', 6)}${r.findings}` +
        (r.failure ? `  FAILED: ${r.failure}` : ''),
    );
    const crashed = describeRuleFailures(r.ruleFailures ?? {});
    if (crashed) lines.push(`    ! rules that threw (caught by the engine): ${crashed}`);
  }
  lines.push('  ms per check; every case returned (watchdog: the child is killed if one hangs).');
  return lines.join('\n');
}

export function verdictTable(verdicts: Verdict[]): string {
  return verdicts
    .map((v) => {
      const mark = v.met === undefined ? '  ?  ' : v.met ? '  ok ' : ' MISS';
      return `${mark}  ${pad(v.target, 62)} ${v.measured}`;
    })
    .join('\n');
}

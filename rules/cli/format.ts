// Output of `klartext check`: JSON results, or linter-style lines with a summary. Messages and
// ids may come from a pack and the label is a file name: control characters in them are shown
// as escapes, never sent raw to the terminal (see visible.ts).
import type { CheckResult } from '../engine/types';
import { lineColumn } from '../packs/json';
import { visible, visibleJson } from './visible';

export function formatJson(results: CheckResult[], isArray: boolean): string {
  return visibleJson(JSON.stringify(isArray ? results : results[0], null, 2));
}

/**
 * A severity as the sidebar, the cards and the options page name it ("Important", "Hint"):
 * one pair of names everywhere. The JSON output keeps the codes (`warning`, `hint`).
 */
const SEVERITY_NAMES = { warning: 'important', hint: 'hint' } as const;

export function formatText(
  name: string,
  drafts: string[],
  results: CheckResult[],
  isArray: boolean,
): string {
  const lines: string[] = [];
  let important = 0;
  let hints = 0;
  results.forEach((result, index) => {
    const label = isArray ? `${name}[${index}]` : name;
    for (const f of result.findings) {
      const { line, column } = lineColumn(drafts[index]!, f.start);
      lines.push(
        visible(
          `${label}:${line}:${column}  ${f.category}  ${SEVERITY_NAMES[f.severity]}  ${f.message}  (${f.ruleId})`,
        ),
      );
      if (f.severity === 'warning') important++;
      else hints++;
    }
  });
  const total = important + hints;
  const draftsWord = results.length === 1 ? 'draft' : 'drafts';
  lines.push(
    `${total} finding${total === 1 ? '' : 's'} (${important} important, ${hints} hint${hints === 1 ? '' : 's'}) in ${results.length} ${draftsWord}`,
  );
  return lines.join('\n');
}

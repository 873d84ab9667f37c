// `klartext pack lint PACK`: validates a rule pack and runs its examples, printing every problem
// with its place. Exit 0 when clean (warnings allowed), 1 when the pack has problems, 2 when the
// file cannot be read at all. Everything printed may quote the pack (ids, messages, example
// drafts, keys) or name a file: control characters are shown as escapes (see visible.ts).
import { loadPack, MAX_PACK_BYTES, problemMessage, type PackProblem } from '../index';
import type { Format } from './args';
import { InputError } from './input';
import { readInput, TooLarge, type Io } from './read';
import { visible, visibleJson } from './visible';

function line(name: string, level: 'error' | 'warning', p: PackProblem): string {
  const at = p.line === undefined ? name : `${name}:${p.line}:${p.column}`;
  return visible(`${at}  ${level}  ${problemMessage(p, 'en')}  (${p.path === '' ? '/' : p.path})`);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export async function lintPack(file: string | undefined, format: Format, io: Io): Promise<number> {
  let name: string;
  let raw: string;
  try {
    ({ name, raw } = await readInput(file, io, MAX_PACK_BYTES));
  } catch (error) {
    if (error instanceof TooLarge) {
      // Too big is a problem of the pack, not an unreadable file: refused without reading it.
      const problem: PackProblem = { path: '', code: 'too-large', data: { max: MAX_PACK_BYTES } };
      report(error.source, format, [problem], [], undefined, io);
      return 1;
    }
    if (error instanceof InputError) {
      io.stderr(`klartext: ${visible(error.message)}\n`);
      return 2;
    }
    throw error;
  }
  const result = loadPack(raw);
  const summary = result.ok
    ? `${result.pack.id} ${result.pack.version}: ${plural(result.pack.rules.length, 'rule')}, examples pass`
    : undefined;
  report(name, format, result.ok ? [] : result.errors, result.warnings, summary, io);
  return result.ok ? 0 : 1;
}

function report(
  name: string,
  format: Format,
  errors: PackProblem[],
  warnings: PackProblem[],
  summary: string | undefined,
  io: Io,
): void {
  if (format === 'json') {
    // Code and data for scripts, the English message for people reading the output.
    const worded = (problems: PackProblem[]) =>
      problems.map((p) => ({ ...p, message: problemMessage(p, 'en') }));
    const json = JSON.stringify(
      { file: name, ok: errors.length === 0, errors: worded(errors), warnings: worded(warnings) },
      null,
      2,
    );
    io.stdout(visibleJson(json) + '\n');
    return;
  }
  const lines = [
    ...errors.map((p) => line(name, 'error', p)),
    ...warnings.map((p) => line(name, 'warning', p)),
    visible(
      `${plural(errors.length, 'error')}, ${plural(warnings.length, 'warning')}${summary ? ` (${summary})` : ''}`,
    ),
  ];
  io.stdout(lines.join('\n') + '\n');
}

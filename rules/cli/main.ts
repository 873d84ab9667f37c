// `klartext check`: reads one input, checks every draft, prints the result. Exit 0 when the
// check ran, 2 with one line on stderr when the input, the options or a --pack are wrong.
// `klartext pack lint` lives in pack-lint.ts.
import {
  check,
  createChecker,
  loadPack,
  MAX_PACK_BYTES,
  problemMessage,
  type CheckInput,
  type CheckResult,
  type Pack,
} from '../index';
import { ArgsError, parseArgs, USAGE } from './args';
import { formatJson, formatText } from './format';
import { InputError, parseInput } from './input';
import { lintPack } from './pack-lint';
import { readInput, TooLarge, type Io } from './read';
import { visible } from './visible';

export { MAX_INPUT_BYTES, type Io } from './read';

/** Loads every --pack and builds one checker; any problem stops the check. */
async function packChecker(
  files: readonly string[],
  io: Io,
): Promise<(input: CheckInput) => CheckResult> {
  if (files.length === 0) return check;
  const packs: Pack[] = [];
  const validPatterns: ReadonlySet<string>[] = [];
  for (const file of files) {
    const { raw } = await readInput(file, io, MAX_PACK_BYTES);
    const result = loadPack(raw);
    if (!result.ok) {
      const first = result.errors[0]!;
      const at = first.line === undefined ? file : `${file}:${first.line}:${first.column}`;
      const more = result.errors.length > 1 ? ` (and ${result.errors.length - 1} more)` : '';
      const message = problemMessage(first, 'en');
      throw new InputError(`pack ${at}: ${message}${more}; run "klartext pack lint ${file}"`);
    }
    packs.push(result.pack);
    validPatterns.push(result.validPatterns);
  }
  const checker = createChecker({ packs, validPatterns });
  if (!checker.ok) {
    const first = checker.errors[0]!;
    throw new InputError(
      `packs cannot be combined: ${first.pack ? `pack ${first.pack}: ` : ''}${problemMessage(first, 'en')}`,
    );
  }
  return checker.check;
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    const options = parseArgs(argv);
    if (options.help) {
      io.stdout(USAGE + '\n');
      return 0;
    }
    if (options.command === 'pack-lint') return await lintPack(options.file, options.format, io);
    const run = await packChecker(options.packs, io);
    const { name, raw } = await readInput(options.file, io);
    const parsed = parseInput(raw, options.lang);
    const results = parsed.items.map((item) =>
      run(options.uiLang ? { ...item, uiLang: options.uiLang } : item),
    );
    const output =
      options.format === 'json'
        ? formatJson(results, parsed.isArray)
        : formatText(
            name,
            parsed.items.map((i) => i.draft),
            results,
            parsed.isArray,
          );
    io.stdout(output + '\n');
    return 0;
  } catch (error) {
    if (error instanceof TooLarge || error instanceof ArgsError || error instanceof InputError) {
      // The message may quote a pack or name a file: shown, never obeyed by the terminal.
      io.stderr(`klartext: ${visible(error.message)}\n`);
      return 2;
    }
    const why = error instanceof Error ? error.message : String(error);
    io.stderr(`klartext: unexpected error: ${visible(why.split('\n')[0]!)}\n`);
    return 2;
  }
}

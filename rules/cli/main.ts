// `klartext check`: reads one input, checks every draft, prints the result. Exit 0 when the
// check ran, 2 with one line on stderr when the input or the options are wrong.
import { check } from '../index';
import { ArgsError, parseArgs, USAGE } from './args';
import { formatJson, formatText } from './format';
import { InputError, parseInput } from './input';

/** Larger inputs are not support replies; refuse them instead of hogging memory. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

export interface Io {
  readFile(path: string): Promise<Buffer>;
  fileSize(path: string): Promise<number>;
  readStdin(limit: number): Promise<Buffer>;
  stdout(text: string): void;
  stderr(text: string): void;
}

class TooLarge extends Error {}

async function readInput(file: string | undefined, io: Io): Promise<{ name: string; raw: string }> {
  if (file === undefined || file === '-') {
    const buffer = await io.readStdin(MAX_INPUT_BYTES);
    if (buffer.length > MAX_INPUT_BYTES) throw new TooLarge('standard input');
    return { name: '<stdin>', raw: decode(buffer, 'standard input') };
  }
  let size: number;
  try {
    size = await io.fileSize(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'ENOENT'
        ? `file not found: ${file}`
        : `cannot read ${file}: ${code ?? String(error)}`,
    );
  }
  if (size > MAX_INPUT_BYTES) throw new TooLarge(file);
  let buffer: Buffer;
  try {
    buffer = await io.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      `cannot read ${file}: ${code === 'EISDIR' ? 'it is a directory' : (code ?? String(error))}`,
    );
  }
  return { name: file, raw: decode(buffer, file) };
}

function decode(buffer: Buffer, name: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    throw new InputError(`cannot read ${name}: not UTF-8 text`);
  }
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    const options = parseArgs(argv);
    if (options.help) {
      io.stdout(USAGE + '\n');
      return 0;
    }
    const { name, raw } = await readInput(options.file, io);
    const parsed = parseInput(raw, options.lang);
    const results = parsed.items.map((item) =>
      check(options.uiLang ? { ...item, uiLang: options.uiLang } : item),
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
    if (error instanceof TooLarge) {
      io.stderr(`klartext: ${error.message} is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB\n`);
      return 2;
    }
    if (error instanceof ArgsError || error instanceof InputError) {
      io.stderr(`klartext: ${error.message}\n`);
      return 2;
    }
    const why = error instanceof Error ? error.message : String(error);
    io.stderr(`klartext: unexpected error: ${why.split('\n')[0]}\n`);
    return 2;
  }
}

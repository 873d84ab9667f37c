// Reading a CLI input (a file or standard input) as UTF-8 text, refusing it by size first.
import { InputError } from './input';

/** Larger inputs are not support replies; refuse them instead of hogging memory. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

export interface Io {
  readFile(path: string): Promise<Buffer>;
  fileSize(path: string): Promise<number>;
  readStdin(limit: number): Promise<Buffer>;
  stdout(text: string): void;
  stderr(text: string): void;
}

export class TooLarge extends Error {
  constructor(
    readonly source: string,
    readonly limit: number,
  ) {
    super(`${source} is larger than ${limit / 1024 / 1024} MB`);
  }
}

export async function readInput(
  file: string | undefined,
  io: Io,
  limit = MAX_INPUT_BYTES,
): Promise<{ name: string; raw: string }> {
  if (file === undefined || file === '-') {
    const buffer = await io.readStdin(limit);
    if (buffer.length > limit) throw new TooLarge('standard input', limit);
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
  if (size > limit) throw new TooLarge(file, limit);
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

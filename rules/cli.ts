// Entry point of `npm run --silent klartext -- check [FILE|-] ...`; the logic lives in cli/.
import { readFile, stat } from 'node:fs/promises';
import { main, type Io } from './cli/main';

async function readStdin(limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    chunks.push(buffer);
    size += buffer.length;
    // Stop reading once over the limit; the caller reports it.
    if (size > limit) break;
  }
  return Buffer.concat(chunks);
}

const io: Io = {
  readFile: (path) => readFile(path),
  fileSize: async (path) => (await stat(path)).size,
  readStdin,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

process.exitCode = await main(process.argv.slice(2), io);

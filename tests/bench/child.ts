// Runs a bench child script in a fresh Node process with the same loader (tsx) as this one,
// under a watchdog, and collects the JSON lines it prints.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ChildRun<T> {
  lines: T[];
  /** Set when the child was killed by the watchdog. */
  timedOut: boolean;
  status: number | null;
  stderr: string;
}

export function runChild<T>(script: string, args: string[], timeoutMs: number): ChildRun<T> {
  const path = join(dirname(fileURLToPath(import.meta.url)), script);
  const out = spawnSync(process.execPath, [...process.execArgv, path, ...args], {
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 16 * 1024 * 1024,
  });
  const lines = (out.stdout ?? '')
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as T);
  const timedOut = (out.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
  return { lines, timedOut, status: out.status, stderr: (out.stderr ?? '').trim() };
}

// The CLI as a user meets it: main() with fake stdio for each case, and one real spawn.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { main, MAX_INPUT_BYTES, type Io } from '../../../../rules/cli/main';

interface Run {
  code: number;
  out: string;
  err: string;
}

function fakeIo(
  files: Record<string, string | Buffer>,
  stdin = '',
): { io: Io; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const missing = (path: string) => Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
  const io: Io = {
    readFile: async (path) => {
      const content = files[path];
      if (content === undefined) throw missing(path);
      return Buffer.from(content);
    },
    fileSize: async (path) => {
      const content = files[path];
      if (content === undefined) throw missing(path);
      return Buffer.byteLength(content);
    },
    readStdin: async () => Buffer.from(stdin),
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
  };
  return { io, out, err };
}

async function run(
  argv: string[],
  files: Record<string, string | Buffer> = {},
  stdin = '',
): Promise<Run> {
  const { io, out, err } = fakeIo(files, stdin);
  const code = await main(argv, io);
  return { code, out: out.join(''), err: err.join('') };
}

function expectUsageError(result: Run, mentions: string): void {
  expect(result.code).toBe(2);
  expect(result.out).toBe('');
  const lines = result.err.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(mentions);
}

describe('klartext check: output', () => {
  it('prints a JSON object for a JSON object input', async () => {
    const input = JSON.stringify({
      draft: 'Wir melden uns zeitnah.',
      customer: 'Wann?',
      lang: 'de',
    });
    const r = await run(['check', 'in.json', '--format', 'json'], { 'in.json': input });
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.out);
    expect(parsed.lang).toBe('de');
    expect(parsed.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('vague-time');
  });

  it('keeps input order for a JSON array', async () => {
    const input = JSON.stringify([
      { draft: 'Dear customer, thanks.' },
      { draft: 'Sehr geehrter Kunde, danke.' },
      { draft: 'Hi Sam, your parcel left today.' },
    ]);
    const r = await run(['check', '-', '--format', 'json'], {}, input);
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.out) as { lang: string; findings: unknown[] }[];
    expect(parsed.map((p) => p.lang)).toEqual(['en', 'de', 'en']);
    expect(parsed[2]!.findings).toEqual([]);
    expect(parsed[0]!.findings.length).toBeGreaterThan(0);
  });

  it('treats plain text as one draft and prints an object', async () => {
    const r = await run(['check', 'draft.txt', '--format', 'json'], {
      'draft.txt': 'We will get back to you soon.',
    });
    expect(JSON.parse(r.out).findings[0].ruleId).toBe('vague-time');
  });

  it('prints linter-style lines with line:column and a summary in text format', async () => {
    const r = await run(['check', 'draft.txt'], {
      'draft.txt':
        'Hello Sam,\n\nThanks for the photos of the damaged lamp. I have ordered a replacement for you, and we will reply soon.\n\nBest wishes,\nAnn',
    });
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toMatch(
      /^draft\.txt:3:100 {2}next-steps {2}important {2}.+ {2}\(vague-time\)$/,
    );
    expect(lines.at(-1)).toBe('1 finding (1 important, 0 hints) in 1 draft');
  });

  it('uses --ui-lang for the messages and --lang for the draft', async () => {
    const r = await run(
      ['check', '-', '--format=json', '--lang', 'de', '--ui-lang', 'en'],
      {},
      'Wir melden uns zeitnah.',
    );
    const parsed = JSON.parse(r.out);
    expect(parsed.lang).toBe('de');
    expect(parsed.findings[0].message).toMatch(/vague time/);
  });

  it('prints usage for --help and exits 0', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage: klartext check');
  });
});

describe('klartext check: errors exit 2 with one line', () => {
  it('names a missing file', async () => {
    expectUsageError(await run(['check', 'nope.txt']), 'file not found: nope.txt');
  });
  it('names the JSON problem', async () => {
    expectUsageError(await run(['check', '-'], {}, '{"draft": "hi",'), 'invalid JSON');
  });
  it('rejects a draft that is not a string', async () => {
    expectUsageError(await run(['check', '-'], {}, '{"draft": 42}'), '"draft" must be a string');
  });
  it('rejects a wrong lang', async () => {
    expectUsageError(
      await run(['check', '-'], {}, '{"draft": "x", "lang": "fr"}'),
      '"lang" must be "de" or "en"',
    );
  });
  it('names the index of a bad array item', async () => {
    expectUsageError(await run(['check', '-'], {}, '[{"draft": "ok"}, "not an object"]'), 'item 1');
  });
  it('rejects an unknown option', async () => {
    expectUsageError(await run(['check', '--colour']), 'unknown option --colour');
  });
  it('rejects a bad --lang value', async () => {
    expectUsageError(await run(['check', '-', '--lang', 'fr']), '--lang must be "de" or "en"');
  });
  it('rejects input over the size limit', async () => {
    const big = Buffer.alloc(MAX_INPUT_BYTES + 1, 'a');
    expectUsageError(await run(['check', 'big.txt'], { 'big.txt': big }), 'larger than 5 MB');
  });
  it('rejects input that is not UTF-8', async () => {
    expectUsageError(
      await run(['check', 'bin.txt'], { 'bin.txt': Buffer.from([0xff, 0xfe, 0xfd]) }),
      'not UTF-8',
    );
  });
  it('rejects a missing command', async () => {
    expectUsageError(await run([]), 'missing command');
  });
});

describe('the real CLI process', () => {
  const exec = promisify(execFile);
  it('runs through tsx and exits 0, or 2 on a missing file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'klartext-cli-'));
    const file = join(dir, 'draft.json');
    writeFileSync(file, JSON.stringify({ draft: 'Please calm down.' }));
    const ok = await exec('npx', ['tsx', 'rules/cli.ts', 'check', file, '--format', 'json']);
    expect(JSON.parse(ok.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toContain(
      'dismissive',
    );
    const failed = await exec('npx', [
      'tsx',
      'rules/cli.ts',
      'check',
      join(dir, 'missing.txt'),
    ]).catch((e) => e);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toContain('file not found');
  }, 30_000);
});

describe('klartext check: control characters from drafts and names are shown, never obeyed', () => {
  const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

  it('escapes them in the file name of each text line', async () => {
    const name = 'reply\u001b[2J\u001b]0;pwned\u0007\u202e.txt';
    const r = await run(['check', name], { [name]: 'We will reply soon. \u202e\u001b[31mok' });
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(RAW);
    expect(r.out).toMatch(/^reply\\x1b\[2J\\x1b\]0;pwned\\x07\\u202e\.txt:1:15 {2}next-steps/);
  });

  it('escapes them where an error quotes the draft input', async () => {
    const r = await run(['check', '-'], {}, '{"draft": "x", "lang": "\u202ede\\u001b[2J\u009b"}');
    expect(r.code).toBe(2);
    expect(r.err).not.toMatch(RAW);
    expect(r.err).toContain('got "\\u202ede\\u001b[2J\\x9b"');
  });

  it('escapes them in an option the CLI does not know', async () => {
    const r = await run(['check', '--\u001b[2J\u202e']);
    expect(r.err).not.toMatch(RAW);
    expect(r.err).toContain('--\\x1b[2J\\u202e');
  });
});

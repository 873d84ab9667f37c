// `klartext pack lint` and `klartext check --pack` as a team's CI meets them: main() with fake
// files for each case, and real spawns through tsx.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { main, type Io } from '../../../../rules/cli/main';
import { MAX_PACK_BYTES } from '../../../../rules/index';
import { minimalPack, SAMPLE_PACK_PATH, samplePackText, text } from '../../../support/packs';

async function run(argv: string[], files: Record<string, string | Buffer>, stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const missing = (path: string) => Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
  const io: Io = {
    readFile: async (path) => {
      if (files[path] === undefined) throw missing(path);
      return Buffer.from(files[path]!);
    },
    fileSize: async (path) => {
      if (files[path] === undefined) throw missing(path);
      return Buffer.byteLength(files[path]!);
    },
    readStdin: async () => Buffer.from(stdin),
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
  };
  const code = await main(argv, io);
  return { code, out: out.join(''), err: err.join('') };
}

const broken = () => {
  const pack = minimalPack();
  pack.rules[0]!.examples.en!.invalid.push({ draft: 'All done.' });
  (pack.rules[0] as { category: string }).category = 'politeness';
  return text(pack);
};

describe('klartext pack lint', () => {
  it('exits 0 on a clean pack and says so', async () => {
    const r = await run(['pack', 'lint', 'team.json'], { 'team.json': samplePackText() });
    expect(r).toEqual({
      code: 0,
      out: '0 errors, 0 warnings (acme-support 1.2.0: 3 rules, examples pass)\n',
      err: '',
    });
  });

  it('exits 1 and prints each problem with file:line:column and pointer', async () => {
    const r = await run(['pack', 'lint', 'bad.json'], { 'bad.json': broken() });
    expect(r.code).toBe(1);
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toMatch(
      /^bad\.json:\d+:\d+ {2}error {2}must be one of "tone", .*got "politeness" {2}\(\/rules\/0\/category\)$/,
    );
    expect(lines.at(-1)).toBe('1 error, 0 warnings');
  });

  it('runs the examples once the schema is met', async () => {
    const pack = minimalPack();
    pack.rules[0]!.examples.en!.invalid.push({ draft: 'All done.' });
    const r = await run(['pack', 'lint', 'p.json'], { 'p.json': text(pack) });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(
      /p\.json:\d+:\d+ {2}error {2}rule "no-asap" should fire on this en example but does not: "All done\." {2}\(\/rules\/0\/examples\/en\/invalid\/1\)/,
    );
  });

  it('prints warnings but exits 0 for markup in messages', async () => {
    const pack = minimalPack();
    pack.rules[0]!.messages.en = 'Give a <b>time</b>.';
    const r = await run(['pack', 'lint', 'p.json'], { 'p.json': text(pack) });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/p\.json:\d+:\d+ {2}warning {2}contains markup \("<b>"\)/);
  });

  it('reports invalid JSON at its position', async () => {
    const r = await run(['pack', 'lint', 'p.json'], { 'p.json': '{\n  "id": "x",,\n}' });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^p\.json:2:13 {2}error {2}invalid JSON: /);
  });

  it('refuses a pack over the size limit without reading it (exit 1)', async () => {
    const r = await run(['pack', 'lint', 'big.json'], {
      'big.json': Buffer.alloc(MAX_PACK_BYTES + 1, ' '),
    });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^big\.json {2}error {2}the pack is larger than 8 MB {2}\(\/\)/);
  });

  it('prints JSON with --format json', async () => {
    const r = await run(['pack', 'lint', 'bad.json', '--format', 'json'], { 'bad.json': broken() });
    expect(r.code).toBe(1);
    const parsed = JSON.parse(r.out);
    expect(parsed).toMatchObject({ file: 'bad.json', ok: false, warnings: [] });
    expect(parsed.errors[0]).toMatchObject({ path: '/rules/0/category' });
  });

  it('exits 2 when the file cannot be read', async () => {
    const missing = await run(['pack', 'lint', 'nope.json'], {});
    expect(missing).toMatchObject({
      code: 2,
      out: '',
      err: 'klartext: file not found: nope.json\n',
    });
    const binary = await run(['pack', 'lint', 'bin.json'], {
      'bin.json': Buffer.from([0xff, 0xfe]),
    });
    expect(binary).toMatchObject({
      code: 2,
      err: 'klartext: cannot read bin.json: not UTF-8 text\n',
    });
  });

  it('reads standard input with -', async () => {
    const r = await run(['pack', 'lint', '-'], {}, samplePackText());
    expect(r.code).toBe(0);
  });

  it('explains a wrong pack command', async () => {
    expect((await run(['pack'], {})).err).toContain('missing pack command');
    expect((await run(['pack', 'check', 'x'], {})).err).toContain('only "lint" exists');
    expect((await run(['pack', 'lint'], {})).err).toContain('pack lint needs a PACK file');
  });
});

describe('klartext check --pack', () => {
  const draft = 'Kindly send us the serial number. We will get back to you asap.';

  it('checks by the pack rules beside the built-ins', async () => {
    const r = await run(['check', 'd.txt', '--pack', 'team.json', '--format', 'json'], {
      'd.txt': draft,
      'team.json': samplePackText(),
    });
    expect(r.code).toBe(0);
    const ruleIds = JSON.parse(r.out).findings.map((f: { ruleId: string }) => f.ruleId);
    expect(ruleIds).toContain('disliked-phrases');
    expect(ruleIds).toContain('vague-time');
    expect(ruleIds).not.toContain('no-asap');
  });

  it('takes several packs', async () => {
    const r = await run(
      ['check', 'd.txt', '--pack', 'team.json', '--pack=mini.json', '--format', 'json'],
      { 'd.txt': draft, 'team.json': samplePackText(), 'mini.json': text(minimalPack()) },
    );
    const ruleIds = JSON.parse(r.out).findings.map((f: { ruleId: string }) => f.ruleId);
    expect(ruleIds).toEqual(expect.arrayContaining(['disliked-phrases', 'no-asap']));
  });

  it('stops with exit 2 and the first problem when a pack is broken', async () => {
    const r = await run(['check', 'd.txt', '--pack', 'bad.json'], {
      'd.txt': draft,
      'bad.json': broken(),
    });
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(
      /^klartext: pack bad\.json:\d+:\d+: must be one of .*; run "klartext pack lint bad\.json"\n$/,
    );
  });

  it('stops with exit 2 when packs clash', async () => {
    const r = await run(['check', 'd.txt', '--pack', 'a.json', '--pack', 'a.json'], {
      'd.txt': draft,
      'a.json': text(minimalPack()),
    });
    expect(r).toMatchObject({
      code: 2,
      err: 'klartext: packs cannot be combined: pack mini: pack "mini" is given twice\n',
    });
  });

  it('names a missing pack file', async () => {
    const r = await run(['check', 'd.txt', '--pack', 'nope.json'], { 'd.txt': draft });
    expect(r).toMatchObject({ code: 2, err: 'klartext: file not found: nope.json\n' });
  });

  it('lists --pack and pack lint in the usage', async () => {
    const r = await run(['--help'], {});
    expect(r.out).toContain('--pack PACK');
    expect(r.out).toContain('klartext pack lint PACK');
  });
});

describe('the real CLI process', () => {
  const exec = promisify(execFile);
  it('lints the sample pack (0), a broken one (1), and checks with --pack', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'klartext-pack-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, broken());
    const draft = join(dir, 'draft.txt');
    writeFileSync(draft, 'No worries, we will sort it out today.');

    const ok = await exec('npx', ['tsx', 'rules/cli.ts', 'pack', 'lint', SAMPLE_PACK_PATH]);
    expect(ok.stdout).toContain('0 errors');
    const failed = await exec('npx', ['tsx', 'rules/cli.ts', 'pack', 'lint', bad]).catch((e) => e);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain(`${bad}:`);
    const checked = await exec('npx', [
      'tsx',
      'rules/cli.ts',
      'check',
      draft,
      '--pack',
      SAMPLE_PACK_PATH,
    ]);
    expect(checked.stdout).toMatch(
      /tone {2}hint {2}Our customers told us they dislike this phrase/,
    );
  }, 60_000);
});

describe('text from packs and drafts reaches the terminal only as visible escapes', () => {
  const ATTACK = '\u001b[2J\u001b]0;pwned\u0007';
  const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
  const hostile = () => {
    const pack = minimalPack();
    pack.name = `Mini ${ATTACK}`;
    pack.rules[0]!.messages.en = `Give a time.${ATTACK} \u009b31m \u202eevil`;
    return text(pack);
  };
  const draft = 'I will call you asap.';

  it('prints a pack rule message with escapes in text output', async () => {
    const r = await run(['check', 'd.txt', '--pack', 'p.json'], {
      'p.json': hostile(),
      'd.txt': draft,
    });
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(RAW);
    expect(r.out).toContain(
      'Give a time.\\x1b[2J\\x1b]0;pwned\\x07 \\x9b31m \\u202eevil  (no-asap)',
    );
  });

  it('escapes C1 and bidi controls in JSON output too, keeping the same JSON', async () => {
    const r = await run(['check', 'd.txt', '--pack', 'p.json', '--format', 'json'], {
      'p.json': hostile(),
      'd.txt': draft,
    });
    expect(r.out).not.toMatch(RAW);
    expect(r.out).toContain('\\u001b[2J');
    expect(r.out).toContain('\\u009b31m \\u202eevil');
    const message = JSON.parse(r.out).findings.find(
      (f: { ruleId: string }) => f.ruleId === 'no-asap',
    ).message;
    expect(message).toBe(`Give a time.${ATTACK} \u009b31m \u202eevil`);
  });

  it('shows a draft quoted from a pack example with its bidi override escaped', async () => {
    const pack = minimalPack();
    pack.rules[0]!.examples.en!.invalid.push({ draft: 'All \u202edone\u202c, bye.' });
    const files = { 'p.json': text(pack), 'd.txt': draft };
    const lint = await run(['pack', 'lint', 'p.json'], files);
    expect(lint.code).toBe(1);
    expect(lint.out).not.toMatch(RAW);
    expect(lint.out).toContain('does not: "All \\u202edone\\u202c, bye."');
    const json = await run(['pack', 'lint', 'p.json', '--format', 'json'], files);
    expect(json.out).not.toMatch(RAW);
    expect(json.out).toContain('All \\u202edone\\u202c, bye.');
    // klartext check --pack names the same problem on stderr, escaped as well.
    const check = await run(['check', 'd.txt', '--pack', 'p.json'], files);
    expect(check.code).toBe(2);
    expect(check.err).not.toMatch(RAW);
    expect(check.err).toContain('\\u202edone\\u202c');
  });

  it('escapes control characters in file names', async () => {
    const name = `team${ATTACK}\u202e.json`;
    const lint = await run(['pack', 'lint', name], { [name]: broken() });
    expect(lint.out).not.toMatch(RAW);
    expect(lint.out).toContain('team\\x1b[2J\\x1b]0;pwned\\x07\\u202e.json:');
    const missing = await run(['pack', 'lint', `${name}x`], {});
    expect(missing.err).not.toMatch(RAW);
    expect(missing.err).toContain('file not found: team\\x1b[2J');
  });
});

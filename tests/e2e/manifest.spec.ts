// What ships: the production builds (npm run build, npm run build:firefox) run on the tools'
// cloud domains only, expose no file to web pages and restrict their own pages; only the test
// build (npm run build:test), which the other e2e tests load, adds the local fixture pages.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { EXTENSION_DIR, REPO_ROOT } from '../support/chromium';

interface Manifest {
  host_permissions?: string[];
  content_scripts?: { matches?: string[] }[];
  web_accessible_resources?: unknown[];
  content_security_policy?: { extension_pages?: string };
  externally_connectable?: unknown;
}

const read = (dir: string): Manifest =>
  JSON.parse(readFileSync(resolve(dir, 'manifest.json'), 'utf8')) as Manifest;

const patterns = (manifest: Manifest) => [
  ...(manifest.host_permissions ?? []),
  ...(manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []),
];

/** Whether pattern `a` already covers everything pattern `b` matches (scheme://host/*). */
function covers(a: string, b: string): boolean {
  const [schemeA, hostA] = a.split('://') as [string, string];
  const [schemeB, hostB] = b.split('://') as [string, string];
  if (schemeA !== schemeB) return false;
  const [ha, hb] = [hostA.split('/')[0]!, hostB.split('/')[0]!];
  return ha.startsWith('*.') && hb.endsWith(ha.slice(1));
}

for (const build of ['chrome-mv3', 'firefox-mv3']) {
  test(`the production ${build} build runs on no local page and exposes nothing`, () => {
    const manifest = read(resolve(REPO_ROOT, '.output', build));
    const all = patterns(manifest);
    expect(all.length).toBeGreaterThan(10);
    expect(all.filter((p) => /127\.0\.0\.1|localhost/.test(p))).toEqual([]);
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    expect(manifest.externally_connectable).toBeUndefined();
    const csp = manifest.content_security_policy?.extension_pages ?? '';
    for (const directive of ["script-src 'self'", "object-src 'none'", "connect-src 'self'"]) {
      expect(csp).toContain(directive);
    }
    // One pattern per domain: none is already covered by another.
    const unique = [...new Set(manifest.host_permissions)];
    expect(unique.filter((b) => unique.some((a) => a !== b && covers(a, b)))).toEqual([]);
  });
}

test('the test build adds the local fixture pages, and nothing else', () => {
  const production = patterns(read(resolve(REPO_ROOT, '.output/chrome-mv3')));
  const testBuild = patterns(read(EXTENSION_DIR));
  const added = testBuild.filter((p) => !production.includes(p));
  expect([...new Set(added)].sort()).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
});

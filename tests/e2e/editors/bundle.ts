// Bundles the editor fixture pages (tests/fixtures/editors/<name>/main.js) with esbuild into
// tests/fixtures/vendor/editors/<name>/ (gitignored), and links the editors that load their
// own files at run time (TinyMCE, CKEditor 4) from node_modules into tests/fixtures/vendor/.
// Everything is served by the fixture server on 127.0.0.1; nothing comes from a CDN.
// A stamp of the inputs' newest mtime skips the work when nothing changed.
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { rm, symlink, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const SOURCES = join(ROOT, 'tests/fixtures/editors');
export const VENDOR_DIR = join(ROOT, 'tests/fixtures/vendor');
const OUT = join(VENDOR_DIR, 'editors');
const STAMP = join(OUT, '.stamp');
/** Editors that fetch their plugins, skins and languages from their own folder. */
const LINKED = ['tinymce', 'ckeditor4'];

function newestMtime(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), 0);
}

function entryPoints(): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const name of readdirSync(SOURCES)) {
    const main = join(SOURCES, name, 'main.js');
    if (existsSync(main)) entries[`${name}/main`] = main;
  }
  return entries;
}

async function linkEditor(name: string): Promise<void> {
  const link = join(VENDOR_DIR, name);
  const target = join(ROOT, 'node_modules', name);
  if (!existsSync(target)) throw new Error(`${name} is not installed: run npm ci`);
  try {
    if (lstatSync(link).isSymbolicLink()) return;
  } catch {
    // missing: create it below
  }
  await rm(link, { recursive: true, force: true });
  try {
    await symlink(relative(VENDOR_DIR, target), link, 'dir');
  } catch (error) {
    // Another test run linked it in the meantime.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

/** Builds the fixture bundles if their sources or the installed packages changed. */
export async function bundleEditorFixtures(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  await Promise.all(LINKED.map(linkEditor));
  const stamp = String(
    Math.max(
      newestMtime(SOURCES),
      newestMtime(join(ROOT, 'package-lock.json')),
      newestMtime(fileURLToPath(import.meta.url)),
    ),
  );
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === stamp) return;
  await build({
    entryPoints: entryPoints(),
    outdir: OUT,
    bundle: true,
    format: 'esm',
    target: 'chrome120',
    minify: true,
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    loader: {
      '.woff': 'file',
      '.woff2': 'file',
      '.ttf': 'file',
      '.eot': 'file',
      '.svg': 'file',
      '.png': 'file',
      '.gif': 'file',
    },
  });
  await writeFile(STAMP, stamp);
}

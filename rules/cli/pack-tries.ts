// `npm run build:tries`: packs the built-in rules' tries into rules/builtin/tries.json (see
// rules/packed-builtins.ts). Run it after changing a built-in rule's phrase lists or word sets.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sets from '../builtin/phrases/sets.json' with { type: 'json' };
import { packBuiltins } from '../packed-builtins';
import { BUILTIN_RULES } from '../registry';
import type { WordSets } from '../engine/pattern';

export const TRIES_FILE = fileURLToPath(new URL('../builtin/tries.json', import.meta.url));

export function packedTriesText(): string {
  return `${JSON.stringify(packBuiltins(BUILTIN_RULES, sets as WordSets), null, 1)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(TRIES_FILE, packedTriesText());
  console.log(`wrote ${TRIES_FILE}`);
}

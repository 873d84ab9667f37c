// One normal form for text tokens and pattern tokens, so matching is case-insensitive and
// forgiving about umlaut spellings: "Zuständigkeit", "ZUSTÄNDIGKEIT" and "zustaendigkeit"
// all become "zustaendigkeit".

/** Umlauts, ß, accents and typographic apostrophes, and what they fold to. */
export const FOLD: Readonly<Record<string, string>> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ß: 'ss',
  ẞ: 'ss',
  '’': "'",
  '‘': "'",
  ʼ: "'",
  é: 'e',
  è: 'e',
  ê: 'e',
  à: 'a',
  á: 'a',
  â: 'a',
  ç: 'c',
  ñ: 'n',
  ó: 'o',
  ô: 'o',
  í: 'i',
  ú: 'u',
};

// Every FOLD key is one UTF-16 unit, so one native replace does what a loop over the code
// points did, without building the result a character at a time (tokenize calls this per word).
const FOLDABLE = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'g');
const fold = (ch: string) => FOLD[ch]!;

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

// Latin-1 and the apostrophes and ẞ, the non-ASCII letters of nearly every de/en word: lower-
// cased and folded one character at a time from a table. Same result as toLowerCase + FOLD
// (no character in this range lower-cases differently in context), without toLowerCase,
// which is slow on strings that are not Latin-1 (a draft with one “ or emoji is not).
const LATIN1: string[] = [];
for (let c = 0; c < 256; c++) {
  const lower = String.fromCharCode(c).toLowerCase();
  LATIN1.push(FOLD[lower] ?? lower);
}

function isTabled(c: number): boolean {
  return c < 256 || c === 0x2019 || c === 0x2018 || c === 0x2bc || c === 0x1e9e;
}

export function normalizeWord(word: string): string {
  let ascii = true;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 128) continue;
    ascii = false;
    if (!isTabled(c)) return normalizeAny(word);
  }
  if (ascii) return word.toLowerCase();
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    out += c < 256 ? LATIN1[c] : c === 0x1e9e ? 'ss' : "'";
  }
  return out;
}

function normalizeAny(word: string): string {
  const lower = word.toLowerCase();
  if (isAscii(lower)) return lower;
  return lower.replace(FOLDABLE, fold);
}

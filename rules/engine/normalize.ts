// One normal form for text tokens and pattern tokens, so matching is case-insensitive and
// forgiving about umlaut spellings: "Zuständigkeit", "ZUSTÄNDIGKEIT" and "zustaendigkeit"
// all become "zustaendigkeit".

const FOLD: Record<string, string> = {
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

export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  if (isAscii(lower)) return lower;
  return lower.replace(FOLDABLE, fold);
}

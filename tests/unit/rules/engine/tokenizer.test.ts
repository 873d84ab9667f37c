import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../../rules/engine/tokenizer';
import { referenceTokenize } from './reference-tokenizer';

describe('tokenize', () => {
  it('keeps UTF-16 offsets exact around emoji and surrogate pairs', () => {
    const text = 'Hi 👋🏽 Jürgen, 𝒳-Wert ist 😊 gut';
    const { tokens } = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.text)).toEqual(['Hi', 'Jürgen', '𝒳-Wert', 'ist', 'gut']);
  });

  it('folds case and umlauts in the matching form', () => {
    const { tokens } = tokenize('ZUSTÄNDIGKEIT Straße');
    expect(tokens.map((t) => t.norm)).toEqual(['zustaendigkeit', 'strasse']);
  });

  it('keeps contractions, hyphenated words, times and ticket ids together', () => {
    const { tokens } = tokenize("Don't open E-Mail INC-12345 at 17:00, ok?");
    expect(tokens.map((t) => t.text)).toEqual([
      "Don't",
      'open',
      'E-Mail',
      'INC-12345',
      'at',
      '17:00',
      'ok',
    ]);
  });

  it('splits sentences but not after abbreviations or German ordinals', () => {
    const { sentences, text } = tokenize(
      'Am 14. Juni kommt z. B. Dr. Meier. Danach rufe ich an! Gut?\nNeue Zeile',
    );
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Am 14. Juni kommt z. B. Dr. Meier.',
      'Danach rufe ich an!',
      'Gut?',
      'Neue Zeile',
    ]);
  });

  it('keeps "gem.", "incl." and "lt." inside the sentence', () => {
    const { sentences, text } = tokenize(
      'Schick mir die Liste gem. Vorlage B3. Send it incl. VAT. Lt. Vertrag gilt das.',
    );
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Schick mir die Liste gem. Vorlage B3.',
      'Send it incl. VAT.',
      'Lt. Vertrag gilt das.',
    ]);
  });

  it('records lines with their offsets', () => {
    const { lines, text } = tokenize('eins\r\nzwei\n\ndrei');
    expect(lines.map((l) => text.slice(l.start, l.end))).toEqual(['eins', 'zwei', '', 'drei']);
  });

  it('marks words inside double quotes', () => {
    const { tokens } = tokenize('Klicken Sie auf „Dein Konto“ und dann weiter.');
    expect(tokens.filter((t) => t.quoted).map((t) => t.text)).toEqual(['Dein', 'Konto']);
  });

  it('finds no words in emoji-only text', () => {
    const doc = tokenize('😊😊❤️👍🏽'.repeat(100));
    expect(doc.tokens).toEqual([]);
    expect(doc.sentences).toEqual([]);
  });
});

describe('tokenize, character classes', () => {
  it('treats the tabled ranges (Latin-1, Latin Extended, General Punctuation) as Unicode does', () => {
    const codes = [];
    for (let c = 0x80; c <= 0x24f; c++) codes.push(c);
    for (let c = 0x2000; c <= 0x206f; c++) codes.push(c);
    for (const c of codes) {
      const ch = String.fromCharCode(c);
      const word = /^[\p{L}\p{N}]$/u.test(ch);
      const mark = /^\p{M}$/u.test(ch);
      // A word character is a word; a mark continues one; ’ joins (don’t); anything else
      // separates.
      const joins = c === 0x2019;
      expect(
        tokenize(ch).tokens.map((t) => t.text),
        `U+${c.toString(16)}`,
      ).toEqual(word ? [ch] : []);
      expect(tokenize(`a${ch}b`).tokens.length, `U+${c.toString(16)}`).toBe(
        word || mark || joins ? 1 : 2,
      );
    }
  });
});

describe('tokenize, against the plain reference tokenizer', () => {
  // Words, joiners, quotes, terminators, abbreviations, ordinals, umlauts, marks, emoji, lone
  // surrogates, line breaks: everything the fast paths treat specially.
  const pieces = [
    'word',
    'Wort',
    'ÄRGER',
    'straße',
    'don’t',
    "it's",
    'E-Mail',
    '17:00',
    '3,5',
    'z.',
    'B.',
    'Dr.',
    'am',
    '14.',
    'Juni',
    'no',
    'e.g.',
    'x',
    'A',
    'é',
    'e\u0301',
    '𝒳',
    '😊',
    '👍🏽',
    '\uD800',
    '\uDC00',
    ' ',
    ' ',
    ' ',
    '  ',
    '\t',
    '\u00a0',
    '\n',
    '\r\n',
    '.',
    '. ',
    '! ',
    '? ',
    '… ',
    '?!',
    ', ',
    ': ',
    '"',
    '„',
    '“',
    '”',
    '«',
    '»',
    '(',
    ')',
    '-',
    '/',
    '_',
    '@',
    '&',
    "'",
    '’',
    '#',
    '…',
  ];
  it('splits random text exactly like it', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 80 }), (parts) => {
        const text = parts.join('');
        expect(tokenize(text)).toEqual(referenceTokenize(text));
      }),
      { numRuns: 3000 },
    );
  }, 60_000);
  it('splits random Unicode exactly like it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), (text) => {
        expect(tokenize(text)).toEqual(referenceTokenize(text));
      }),
      { numRuns: 1000 },
    );
  }, 60_000);
});

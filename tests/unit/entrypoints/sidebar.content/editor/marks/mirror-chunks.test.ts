// The textarea mirror's text in blocks of whole lines: the blocks always hold exactly the
// textarea's text, wrap like it (a block ends where a line ends), and a keystroke changes only
// the block it lands in, so a huge draft is not laid out again on every key.
import { describe, expect, it } from 'vitest';
import {
  chunkText,
  LineChunks,
  splitLines,
  type Chunk,
} from '../../../../../../entrypoints/sidebar.content/editor/marks/mirror-chunks';

/** The text the blocks stand for: each block's lines, a line break between two blocks. */
function joined(value: string, chunks: readonly Chunk[]): string {
  return chunks.map((chunk) => value.slice(chunk.start, chunk.end)).join('\n');
}

function expectWholeLines(value: string, chunks: readonly Chunk[]) {
  expect(joined(value, chunks)).toBe(value);
  chunks.forEach((chunk, i) => {
    if (i > 0) expect(chunk.start).toBe(chunks[i - 1]!.end + 1);
    if (i < chunks.length - 1) expect(value[chunk.end]).toBe('\n');
  });
  expect(chunks[0]!.start).toBe(0);
  expect(chunks[chunks.length - 1]!.end).toBe(value.length);
}

describe('splitLines', () => {
  it('gathers whole lines into blocks of at least the given size', () => {
    const value = Array.from({ length: 50 }, (_, i) => `line ${i}`).join('\n');
    const chunks = splitLines(value, 0, value.length, 40);
    expectWholeLines(value, chunks);
    for (const chunk of chunks.slice(0, -1)) {
      expect(chunk.end - chunk.start).toBeGreaterThanOrEqual(40);
    }
  });

  it('keeps a line longer than the size whole', () => {
    const value = `${'x'.repeat(500)}\nshort`;
    expect(splitLines(value, 0, value.length, 40)).toEqual([
      { start: 0, end: 500 },
      { start: 501, end: 506 },
    ]);
  });
});

describe('chunkText', () => {
  it('lets an empty last line make a line, as it does in the textarea', () => {
    expect(chunkText('a\n', { start: 0, end: 2 })).toBe('a\n ');
    expect(chunkText('a\n\nb', { start: 2, end: 2 })).toBe(' ');
    expect(chunkText('ab', { start: 0, end: 2 })).toBe('ab');
  });
});

describe('LineChunks', () => {
  const lines = (n: number) => Array.from({ length: n }, (_, i) => `Line ${i}: words`).join('\n');

  it('changes only the block the agent types in', () => {
    const chunks = new LineChunks(200);
    const value = lines(2_000);
    expect(chunks.update(value)).toMatchObject({ index: 0, removed: 1 });
    const count = chunks.chunks.length;
    expect(count).toBeGreaterThan(100);
    const at = value.indexOf('Line 1000:');
    const typed = `${value.slice(0, at)}x${value.slice(at)}`;
    const splice = chunks.update(typed)!;
    expect(splice.removed).toBe(1);
    expect(splice.added).toHaveLength(1);
    expect(chunks.chunks).toHaveLength(count);
    expectWholeLines(typed, chunks.chunks);
    expect(chunks.update(typed)).toBeUndefined();
  });

  it('holds exactly the text through any edits', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
      return seed % n;
    };
    const pieces = ['', 'a', '\n', 'word ', '\n\n', 'two\nlines', lines(30)];
    const chunks = new LineChunks(64);
    let value = lines(200);
    chunks.update(value);
    for (let step = 0; step < 300; step++) {
      const start = random(value.length + 1);
      const end = Math.min(value.length, start + random(40));
      value = value.slice(0, start) + pieces[random(pieces.length)]! + value.slice(end);
      chunks.update(value);
      expectWholeLines(value, chunks.chunks);
      expect(chunks.value).toBe(value);
    }
    chunks.update('');
    expect(chunks.chunks).toEqual([{ start: 0, end: 0 }]);
  });

  it('finds the block an offset is in', () => {
    const chunks = new LineChunks(20);
    const value = lines(100);
    chunks.update(value);
    for (const offset of [0, 57, 500, value.length]) {
      const chunk = chunks.chunks[chunks.indexAt(offset)]!;
      expect(offset).toBeGreaterThanOrEqual(chunk.start);
      expect(offset).toBeLessThanOrEqual(chunk.end);
    }
  });
});

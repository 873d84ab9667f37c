// The textarea mirror's text in blocks of whole lines. A textarea breaks its lines at every
// "\n" and wraps each line on its own, so blocks of whole lines, stacked, wrap exactly like
// the one text. Kept in blocks, a keystroke changes one block: the browser lays out a few
// lines again instead of a whole huge draft, and only the blocks near what the textarea shows
// need measuring.
import { changeBetween } from '@/utils/sidebar/model';

/** Lines are gathered into blocks of at least this many characters (a longer line stays whole). */
export const CHUNK_CHARS = 2_000;

/**
 * value.slice(start, end): whole lines; the "\n" at `end` (unless it is the last chunk)
 * separates it from the next.
 */
export interface Chunk {
  start: number;
  end: number;
}

/** A change of the chunk list: `removed` chunks from `index` on were replaced by `added`. */
export interface ChunkSplice {
  index: number;
  removed: number;
  added: Chunk[];
}

/**
 * Splits value[from, to) into chunks of whole lines, each at least `size` long except the last.
 * `from` starts a line and `to` ends one (the end of the value or the index of a "\n"). Less
 * than twice `size` stays one chunk, so a key typed into a chunk leaves it one chunk.
 */
export function splitLines(value: string, from: number, to: number, size = CHUNK_CHARS): Chunk[] {
  const chunks: Chunk[] = [];
  let start = from;
  for (;;) {
    const cut = to - start >= 2 * size ? value.indexOf('\n', start + size) : -1;
    if (cut < 0 || cut >= to) {
      chunks.push({ start, end: to });
      return chunks;
    }
    chunks.push({ start, end: cut });
    start = cut + 1;
  }
}

/** What a chunk shows: a trailing "\n" (or nothing) only makes a line when something follows. */
export function chunkText(value: string, chunk: Chunk): string {
  const text = value.slice(chunk.start, chunk.end);
  return text === '' || text.endsWith('\n') ? `${text} ` : text;
}

export class LineChunks {
  value = '';
  chunks: Chunk[] = [{ start: 0, end: 0 }];

  constructor(private readonly size = CHUNK_CHARS) {}

  /** The last chunk that starts at or before `offset`: the one holding it (or its separator). */
  indexAt(offset: number): number {
    let low = 0;
    let high = this.chunks.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.chunks[mid]!.start <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** Follows the textarea's new value; only the chunks around the change are split again. */
  update(next: string): ChunkSplice | undefined {
    const change = changeBetween(this.value, next);
    if (!change) return undefined;
    const delta = next.length - this.value.length;
    const first = this.indexAt(change.start);
    const last = this.indexAt(change.previousEnd);
    const added = splitLines(
      next,
      this.chunks[first]!.start,
      this.chunks[last]!.end + delta,
      this.size,
    );
    for (let i = last + 1; i < this.chunks.length; i++) {
      const chunk = this.chunks[i]!;
      this.chunks[i] = { start: chunk.start + delta, end: chunk.end + delta };
    }
    this.chunks.splice(first, last - first + 1, ...added);
    this.value = next;
    return { index: first, removed: last - first + 1, added };
  }
}

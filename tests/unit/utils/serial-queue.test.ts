// The one serial queue behind every read-modify-write of stored state.
import { describe, expect, it } from 'vitest';
import { createSerialQueue } from '../../../utils/serial-queue';

const tick = () => new Promise((done) => setTimeout(done, 0));

describe('createSerialQueue', () => {
  it('runs steps one after another, each after the one before settled', async () => {
    const queue = createSerialQueue();
    let stored = 0;
    const log: string[] = [];
    // Two read-modify-write steps asked for at once: run together, one change would be lost.
    const increment = (name: string) =>
      queue(async () => {
        log.push(`${name} reads`);
        const read = stored;
        await tick();
        stored = read + 1;
        log.push(`${name} writes`);
        return stored;
      });
    expect(await Promise.all([increment('a'), increment('b')])).toEqual([1, 2]);
    expect(stored).toBe(2);
    expect(log).toEqual(['a reads', 'a writes', 'b reads', 'b writes']);
  });

  it('goes on after a step failed, and the failure reaches only its caller', async () => {
    const queue = createSerialQueue();
    const failed = queue(async () => {
      throw new Error('disk full');
    });
    const next = queue(async () => 'written');
    await expect(failed).rejects.toThrow('disk full');
    await expect(next).resolves.toBe('written');
  });
});

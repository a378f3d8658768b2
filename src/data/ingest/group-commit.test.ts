import { describe, expect, it } from 'vitest';
import { GroupCommit } from './group-commit.ts';

describe('GroupCommit', () => {
  it('writes calls submitted in the same turn with one statement', async () => {
    const flushes: number[][] = [];
    const gc = new GroupCommit<number>(async (rows) => {
      flushes.push(rows);
    });
    await Promise.all([gc.submit([1, 2]), gc.submit([3]), gc.submit([4, 5, 6])]);
    expect(flushes).toEqual([[1, 2, 3, 4, 5, 6]]);
  });

  it('queues calls that arrive during a write for the next one, and answers each after its own write', async () => {
    const flushes: number[][] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const gc = new GroupCommit<number>(async (rows) => {
      flushes.push(rows);
      if (flushes.length === 1) await gate;
    });
    const first = gc.submit([1]);
    await new Promise((r) => setImmediate(r));
    let secondDone = false;
    const second = Promise.all([gc.submit([2]), gc.submit([3])]).then(() => (secondDone = true));
    await new Promise((r) => setTimeout(r, 10));
    expect(flushes).toEqual([[1]]);
    expect(secondDone).toBe(false);
    release();
    await first;
    await second;
    expect(flushes).toEqual([[1], [2, 3]]);
  });

  it('fails only the call the database refuses, retrying its statement-mates one by one', async () => {
    const flushes: number[][] = [];
    const gc = new GroupCommit<number>(async (rows) => {
      if (rows.includes(-1)) throw new Error('refused');
      flushes.push(rows);
    });
    const results = await Promise.allSettled([gc.submit([1]), gc.submit([2, -1]), gc.submit([3])]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(flushes).toEqual([[1], [3]]);
    await expect(gc.submit([4])).resolves.toBeUndefined();
    await gc.idle();
  });

  it('splits a large queue into statements of at most maxRows, never splitting a call', async () => {
    const flushes: number[][] = [];
    const gc = new GroupCommit<number>(async (rows) => {
      flushes.push(rows);
    }, 4);
    await Promise.all([gc.submit([1, 2, 3]), gc.submit([4, 5, 6]), gc.submit([7]), gc.submit([8, 9, 10, 11, 12])]);
    expect(flushes).toEqual([[1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11, 12]]);
  });
});

import { describe, expect, it } from 'vitest';
import { TopK, takeFromOrder } from './top-k.ts';

/** Deterministic pseudo-random integers in [0, n). */
function lcg(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return (n) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

describe('TopK', () => {
  it('keeps exactly the k best pairs, best first, ties by lower index', () => {
    const next = lcg(1);
    const top = new TopK(4);
    for (let trial = 0; trial < 50; trial++) {
      const n = 1 + next(200);
      const k = next(30);
      // Few distinct scores, so ties are common.
      const scores = Array.from({ length: n }, () => next(10));
      const items = Array.from({ length: n }, (_, i) => i);
      const shuffled = items.map((i) => ({ i, r: next(1000) })).sort((a, b) => a.r - b.r).map((x) => x.i);
      top.reset(k);
      for (const i of shuffled) top.push(i, scores[i]!);
      const expected = [...items].sort((a, b) => scores[b]! - scores[a]! || a - b).slice(0, k);
      const got = top.toRanked();
      expect(Array.from(got.items)).toEqual(expected);
      expect(Array.from(got.scores)).toEqual(expected.map((i) => scores[i]));
      expect(top.count).toBe(0);
    }
  });

  it('ignores NaN scores and keeps nothing when k is 0', () => {
    const top = new TopK();
    top.reset(3);
    top.push(1, NaN);
    top.push(2, 0.5);
    expect(Array.from(top.toRanked().items)).toEqual([2]);
    top.reset(0);
    top.push(3, 1);
    expect(top.count).toBe(0);
  });
});

describe('takeFromOrder', () => {
  it('skips excluded items and stops at k', () => {
    const order = Int32Array.from([5, 3, 9, 1]);
    const scores = Float32Array.from([4, 3, 2, 1]);
    const exclude = new Uint8Array(10);
    exclude[3] = 1;
    const got = takeFromOrder(order, scores, 2, exclude);
    expect(Array.from(got.items)).toEqual([5, 9]);
    expect(Array.from(got.scores)).toEqual([4, 2]);
    expect(Array.from(takeFromOrder(order, scores, 10, exclude).items)).toEqual([5, 9, 1]);
  });
});

import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../common/random.ts';
import { interleave, type Placed, softmaxScores } from './placement.ts';

const placed = (items: number[], reason?: string): Placed[] => items.map((item) => ({ item, score: item / 10, ...(reason ? { reason } : {}) }));

describe('interleave', () => {
  it('keeps each list in its own order, places every inserted item, and stops at k', () => {
    const rng = new SeededRandom(3);
    for (let trial = 0; trial < 50; trial++) {
      const base = placed([1, 2, 3, 4, 5, 6, 7, 8]);
      const inserted = placed([100, 101, 102], 'x');
      const out = interleave(base, inserted, 10, () => rng.next());
      expect(out).toHaveLength(10);
      expect(out.filter((p) => p.item >= 100).map((p) => p.item)).toEqual([100, 101, 102]);
      expect(out.filter((p) => p.item < 100).map((p) => p.item)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    }
  });

  it('returns the base list itself when there is nothing to insert, cut to k otherwise', () => {
    const base = placed([1, 2, 3]);
    expect(interleave(base, [], 5)).toBe(base);
    expect(interleave(base, [], 2).map((p) => p.item)).toEqual([1, 2]);
  });
});

describe('softmaxScores', () => {
  it('sums to 1 over the scored entries, keeps the order, and leaves NaN as NaN', () => {
    const out = softmaxScores([3, 1, Number.NaN, 2]);
    expect(out[0]! + out[1]! + out[3]!).toBeCloseTo(1, 12);
    expect(out[0]!).toBeGreaterThan(out[3]!);
    expect(out[3]!).toBeGreaterThan(out[1]!);
    expect(Number.isNaN(out[2]!)).toBe(true);
    expect(out[0]! / out[1]!).toBeCloseTo(Math.exp(2), 10);
  });

  it('gives NaN everywhere when nothing is scored, and nothing for an empty list', () => {
    expect(Array.from(softmaxScores([Number.NaN, Number.NaN])).every(Number.isNaN)).toBe(true);
    expect(softmaxScores([])).toHaveLength(0);
  });
});

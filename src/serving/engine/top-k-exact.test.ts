import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../../common/random.ts';
import { TopK } from '../../training/recipes/shared/top-k.ts';
import { dotAt, exactTopK, sortBestFirst } from './top-k-exact.ts';

function randomMatrix(rows: number, cols: number, rng: SeededRandom): Float32Array {
  const out = new Float32Array(rows * cols);
  for (let i = 0; i < out.length; i++) out[i] = rng.normal();
  return out;
}

/** Reference: score every allowed item, sort by score desc then index asc, keep k. */
function reference(factors: Float32Array, n: number, dim: number, user: Float32Array, k: number, allows?: (i: number) => boolean): number[] {
  const all: { item: number; score: number }[] = [];
  for (let i = 0; i < n; i++) if (!allows || allows(i)) all.push({ item: i, score: dotAt(factors, i * dim, user, dim) });
  all.sort((a, b) => b.score - a.score || a.item - b.item);
  return all.slice(0, k).map((e) => e.item);
}

describe('exactTopK', () => {
  const rng = new SeededRandom(3);
  const n = 1000;
  const dim = 7; // not a multiple of 4: exercises the tail of the dot product
  const factors = randomMatrix(n, dim, rng);

  it('returns the k best items, best first, with their exact scores', () => {
    for (let q = 0; q < 20; q++) {
      const user = randomMatrix(1, dim, rng);
      const k = 1 + (q * 7) % 40;
      const got = exactTopK(factors, n, dim, user, k);
      expect(Array.from(got.items)).toEqual(reference(factors, n, dim, user, k));
      got.items.forEach((item, i) => expect(got.scores[i]).toBe(dotAt(factors, item * dim, user, dim)));
    }
  });

  it('breaks ties by the lower index', () => {
    const dup = new Float32Array(10 * 2);
    for (let i = 0; i < 10; i++) dup.set(i % 2 === 0 ? [1, 1] : [0.5, 0.5], i * 2);
    const got = exactTopK(dup, 10, 2, Float32Array.of(1, 1), 4);
    expect(Array.from(got.items)).toEqual([0, 2, 4, 6]);
    // The same through the candidate path, offered in reverse order.
    const fromCandidates = exactTopK(dup, 10, 2, Float32Array.of(1, 1), 4, null, Int32Array.of(9, 8, 7, 6, 5, 4, 3, 2, 1, 0));
    expect(Array.from(fromCandidates.items)).toEqual([0, 2, 4, 6]);
  });

  it('skips items the filter rejects and scores only the candidates given', () => {
    const user = randomMatrix(1, dim, rng);
    const allows = (i: number): boolean => i % 3 !== 0;
    const got = exactTopK(factors, n, dim, user, 25, allows);
    expect(Array.from(got.items)).toEqual(reference(factors, n, dim, user, 25, allows));

    const candidates = Int32Array.from({ length: 100 }, (_, i) => i * 10);
    const inList = new Set(candidates);
    const fromList = exactTopK(factors, n, dim, user, 25, allows, candidates);
    expect(Array.from(fromList.items)).toEqual(reference(factors, n, dim, user, 25, (i) => inList.has(i) && allows(i)));
  });

  it('returns fewer than k when fewer items qualify, and nothing for k = 0', () => {
    const user = randomMatrix(1, dim, rng);
    expect(exactTopK(factors, n, dim, user, 25, (i) => i < 5).items.length).toBe(5);
    expect(exactTopK(factors, 3, dim, user, 25).items.length).toBe(3);
    expect(exactTopK(factors, n, dim, user, 0).items.length).toBe(0);
  });

  it('reuses one heap across calls of different k', () => {
    const heap = new TopK(2);
    for (const k of [1, 50, 3, 120, 10]) {
      const user = randomMatrix(1, dim, rng);
      expect(Array.from(exactTopK(factors, n, dim, user, k, null, null, heap).items)).toEqual(reference(factors, n, dim, user, k));
    }
  });

  it('refuses a factor array shorter than numItems × dim', () => {
    expect(() => exactTopK(new Float32Array(10), 3, 4, new Float32Array(4), 1)).toThrow(RangeError);
  });
});

describe('sortBestFirst', () => {
  /** The reference order: score descending, ties to the lower item. */
  function reference(items: Int32Array, scores: Float32Array): [number[], number[]] {
    const pairs = Array.from(items, (item, i) => [item, scores[i]!] as const).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    return [pairs.map((p) => p[0]), pairs.map((p) => p[1])];
  }

  it.each([0, 1, 2, 70, 256, 257, 3000])('sorts %i candidates by score, ties to the lower item', (n) => {
    const rng = new SeededRandom(n + 1);
    const items = Int32Array.from({ length: n }, () => Math.floor(rng.next() * 10 * (n + 1)));
    // Few distinct scores, so that ties are common.
    const scores = Float32Array.from({ length: n }, () => Math.round(rng.next() * 20) / 4);
    const [wantItems, wantScores] = reference(items, scores);
    sortBestFirst(items, scores);
    expect(Array.from(items)).toEqual(wantItems);
    expect(Array.from(scores)).toEqual(wantScores);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { roundToHalf } from '../../../test/helpers/half.ts';
import { SeededRandom } from '../../common/random.ts';
import { dotAt, exactTopK, type TopK } from './top-k-exact.ts';
import { resolveVectorIndexOptions, VectorIndex } from './vector-index.ts';

/** Low-rank MF-like vectors: basis·z + noise, log-normal norms (as trained factors look). */
function lowRank(rows: number, dim: number, basis: Float32Array, rank: number, rng: SeededRandom): Float32Array {
  const out = new Float32Array(rows * dim);
  const z = new Float64Array(rank);
  for (let i = 0; i < rows; i++) {
    for (let r = 0; r < rank; r++) z[r] = rng.normal();
    const norm = Math.exp(0.4 * rng.normal());
    for (let j = 0; j < dim; j++) {
      let v = 0;
      for (let r = 0; r < rank; r++) v += (basis[j * rank + r] as number) * (z[r] as number);
      out[i * dim + j] = (v / Math.sqrt(rank) + 0.3 * rng.normal()) * norm;
    }
  }
  return out;
}

function recall(got: TopK, truth: TopK): number {
  const want = new Set(truth.items);
  let hit = 0;
  for (const item of got.items) if (want.has(item)) hit++;
  return hit / truth.items.length;
}

describe('VectorIndex', () => {
  const n = 20_000;
  const dim = 32;
  const rank = 16;
  const k = 25;
  const queries = 200;
  const rng = new SeededRandom(11);
  const basis = new Float32Array(dim * rank).map(() => rng.normal());
  const factors = lowRank(n, dim, basis, rank, rng);
  const users = lowRank(queries, dim, basis, rank, rng);
  const user = (q: number): Float32Array => users.subarray(q * dim, (q + 1) * dim);
  let index: VectorIndex;

  beforeAll(() => {
    // One thread: a multi-threaded build inserts in a racy order, and the test wants one graph.
    // This data is noisier (rank 16 in 32 dimensions) than trained factors, for which the default
    // expansion_search of 64 is measured (bench/serve/recall-model.ts): it needs 128 for 0.98.
    index = VectorIndex.build(factors, n, dim, { threads: 1, expansionSearch: 128 });
  });

  it('finds the exact top-k of noisy low-rank data with recall ≥ 0.98', () => {
    let sum = 0;
    for (let q = 0; q < queries; q++) {
      const got = index.search(user(q), k);
      expect(got).not.toBeNull();
      sum += recall(got as TopK, exactTopK(factors, n, dim, user(q), k));
    }
    expect(sum / queries).toBeGreaterThanOrEqual(0.98);
  });

  it('stores each vector as the nearest half, and scores with it: search, score and gather agree', () => {
    const halves = Float32Array.from(factors, roundToHalf);
    const out = new Float32Array(3 * dim);
    index.gather(Int32Array.of(0, 7, n - 1), 3, out);
    expect(Array.from(out)).toEqual([...halves.subarray(0, dim), ...halves.subarray(7 * dim, 8 * dim), ...halves.subarray((n - 1) * dim, n * dim)]);
    for (let q = 0; q < 20; q++) {
      const got = index.search(user(q), k) as TopK;
      expect(got.items.length).toBe(k);
      const scored = new Float32Array(k);
      index.score(user(q), got.items, k, scored);
      expect(Array.from(scored)).toEqual(Array.from(got.scores));
      for (let i = 0; i < k; i++) {
        const want = dotAt(halves, (got.items[i] as number) * dim, user(q), dim);
        expect(Math.abs((got.scores[i] as number) - want)).toBeLessThanOrEqual(1e-5 * (1 + Math.abs(want)));
        if (i > 0) expect(got.scores[i] as number).toBeLessThanOrEqual(got.scores[i - 1] as number);
      }
    }
  });

  it('scans exactly with the stored vectors: the same top-k as a brute force over them', () => {
    const halves = Float32Array.from(factors, roundToHalf);
    for (let q = 0; q < 5; q++) {
      const allows = (i: number): boolean => i % 3 !== 0;
      const got = index.exactTopK(user(q), k, allows);
      const want = exactTopK(halves, n, dim, user(q), k, allows);
      expect(recall(got, want)).toBe(1);
      const list = Int32Array.from({ length: 3_000 }, (_, i) => (i * 7) % n);
      expect(recall(index.exactTopK(user(q), k, null, list), exactTopK(halves, n, dim, user(q), k, null, list))).toBe(1);
    }
  });

  it('writes candidates into a given buffer at an offset, the same as candidates() returns', () => {
    const items = new Int32Array(200).fill(-7);
    const scores = new Float32Array(200);
    expect(index.fetchSize(70)).toBe(70);
    const count = index.candidatesInto(user(3), 70, items.subarray(100), scores.subarray(100));
    const alone = index.candidates(user(3), 70);
    expect(count).toBe(70);
    expect(Array.from(items.subarray(100, 170))).toEqual(Array.from(alone.items));
    expect(Array.from(scores.subarray(100, 170))).toEqual(Array.from(alone.scores));
    expect(items[99]).toBe(-7);
    expect(items[170]).toBe(-7);
    expect(() => index.candidatesInto(user(3), 70, items.subarray(0, 69), scores)).toThrow(/fewer than 70/);
  });

  /** Mean recall over `count` users with `blockedFor(q)` blocked, checking that none comes back. */
  function filteredRecall(count: number, blockedFor: (q: number) => Set<number>): number {
    let sum = 0;
    for (let q = 0; q < count; q++) {
      const blocked = blockedFor(q);
      const allows = (i: number): boolean => !blocked.has(i);
      const got = index.search(user(q), k, allows, blocked.size) as TopK;
      expect(got.items.length).toBe(k);
      for (const item of got.items) expect(blocked.has(item)).toBe(false);
      sum += recall(got, exactTopK(factors, n, dim, user(q), k, allows));
    }
    return sum / count;
  }

  it('never returns an item the filter rejects, and keeps recall under a history filter', () => {
    // 50 past items, half of them drawn from the user's top 100 (histories score high).
    const mean = filteredRecall(50, (q) => {
      const top = exactTopK(factors, n, dim, user(q), 100).items;
      const blocked = new Set<number>();
      while (blocked.size < 25) blocked.add(top[rng.int(100)] as number);
      while (blocked.size < 50) blocked.add(rng.int(n));
      return blocked;
    });
    // Measured 0.978 here (0.983 unfiltered): blocked items near the top push the answer deeper.
    expect(mean).toBeGreaterThanOrEqual(0.97);
  });

  it('keeps most of the recall when the filter blocks the very top of the list', () => {
    // The user's top 20 blocked: the answer is ranks 21–45, where inner-product HNSW is weakest
    // (measured 0.93 here, 0.94 at 100k in bench/serve-recall.ts); this guards against a regression.
    const mean = filteredRecall(50, (q) => {
      const blocked = new Set(exactTopK(factors, n, dim, user(q), 20).items);
      while (blocked.size < 50) blocked.add(rng.int(n));
      return blocked;
    });
    expect(mean).toBeGreaterThanOrEqual(0.92);
  });

  it('gives up (null) when the filter is too selective, and exactTopK answers instead', () => {
    const allowed = Int32Array.from({ length: n / 200 }, (_, i) => i * 200); // 0.5% of the catalog
    const allows = (i: number): boolean => i % 200 === 0;
    expect(index.search(user(0), k, allows)).toBeNull();
    const exact = exactTopK(factors, n, dim, user(0), k, null, allowed);
    expect(exact.items.length).toBe(k);
    for (const item of exact.items) expect(allows(item)).toBe(true);
  });

  it('retries with a larger fetch when a first fetch leaves too few items', () => {
    // A small expansion_search keeps the first fetch at k + margin; half the catalog blocked
    // leaves about half of it, so only the retry (×4) can fill k.
    const local = VectorIndex.build(factors, 2_000, dim, { expansionSearch: 16, threads: 1 });
    const allows = (i: number): boolean => i % 2 === 0;
    const got = local.search(user(1), k, allows) as TopK;
    expect(got).not.toBeNull();
    expect(got.items.length).toBe(k);
    for (const item of got.items) expect(item % 2).toBe(0);
    expect(recall(got, exactTopK(factors, 2_000, dim, user(1), k, allows))).toBeGreaterThanOrEqual(0.9);
  });

  it('returns fewer than k only when the whole catalog was fetched', () => {
    const small = VectorIndex.build(factors, 30, dim);
    const got = small.search(user(2), k, (i) => i >= 10) as TopK;
    expect(Array.from(got.items).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 10));
    expect(Array.from(got.items)).toEqual(Array.from(exactTopK(factors, 30, dim, user(2), k, (i) => i >= 10).items));
  });

  it('hands the same index to another holder, and frees it only when both released it', () => {
    const own = VectorIndex.build(factors, 2_000, dim);
    const other = VectorIndex.take(own.share());
    expect(other.size).toBe(2_000);
    expect(Array.from(other.candidates(user(5), 30).items)).toEqual(Array.from(own.candidates(user(5), 30).items));
    own.release();
    expect(() => own.candidates(user(5), 30)).toThrow(/released/);
    expect(other.candidates(user(5), 30).items.length).toBe(30);
    other.release();
    expect(() => VectorIndex.take(123_456)).toThrow(/no index is shared/);
  });

  it('counts its memory: f16 vectors and level-0 links, less than the f32 vectors and links would take', () => {
    const bytes = index.memoryBytes();
    const vectors = n * dim * 2;
    const links = n * 2 * index.options.connectivity * 4;
    expect(bytes).toBeGreaterThan(vectors + links);
    expect(bytes).toBeLessThan(2 * vectors + links);
  });

  it('refuses bad shapes and settings', () => {
    expect(() => VectorIndex.build(factors, n + 1, dim)).toThrow(RangeError);
    expect(() => index.search(new Float32Array(dim + 1), k)).toThrow(RangeError);
    expect(() => index.gather(Int32Array.of(n), 1, new Float32Array(dim))).toThrow(/outside the index/);
    expect(() => index.score(user(0), Int32Array.of(-1), 1, new Float32Array(1))).toThrow(/outside the index/);
    expect(() => index.gather(Int32Array.of(0, 1), 2, new Float32Array(dim))).toThrow(/shorter/);
    expect(() => resolveVectorIndexOptions({ connectivity: 0 })).toThrow(RangeError);
  });
});

describe('VectorIndex over huge-page memory (arrays of 4 MiB and more)', () => {
  // 40,000 × 64 halves = 5.1 MB of vectors: above the 4 MiB line, so the vectors live in a
  // 2 MiB-aligned mapping advised for huge pages (the node arenas always do).
  const n = 40_000;
  const dim = 64;
  const rng = new SeededRandom(5);
  const factors = new Float32Array(n * dim).map(() => rng.normal());

  it('searches, gathers and counts its memory in whole 2 MiB pages', async () => {
    const index = await VectorIndex.buildAsync(factors, n, dim, { connectivity: 16, expansionAdd: 32, threads: 2 });
    try {
      const vectorBytes = n * dim * 2;
      const pages = Math.ceil(vectorBytes / (2 << 20)) * (2 << 20);
      const links = n * 2 * 16 * 4;
      expect(index.memoryBytes()).toBeGreaterThanOrEqual(pages + links);
      // Every stored vector is readable (the last item ends near the mapping's end) and exact.
      const items = Int32Array.of(0, n / 2, n - 1);
      const out = new Float32Array(items.length * dim);
      index.gather(items, items.length, out);
      items.forEach((item, i) => {
        for (let d = 0; d < dim; d++) expect(out[i * dim + d]).toBe(roundToHalf(factors[item * dim + d]!));
      });
      // An item's own vector is its best match here (random vectors: |v|² dominates).
      const own = index.search(factors.subarray((n - 1) * dim, n * dim), 1)!;
      expect(own.items[0]).toBe(n - 1);
    } finally {
      index.release();
    }
  });
});

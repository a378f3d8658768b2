import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SeededRandom } from '../../common/random.ts';
import { OnnxExactScorer, type Blocked, type TopKResult } from './onnx-scorer.ts';

const N = 2_000;
const DIM = 16;
const K = 25;

/** Random factors, seeded: uniform in [-1, 1). */
function randomVectors(rng: SeededRandom, count: number): Float32Array {
  const out = new Float32Array(count * DIM);
  for (let i = 0; i < out.length; i++) out[i] = rng.next() * 2 - 1;
  return out;
}

/** Plain-JS reference: float64 scores of every item, best k unblocked by (score desc, index asc). */
function bruteForce(factors: Float32Array, user: Float32Array, k: number, blocked: Set<number>): { items: number[]; scores: number[] } {
  const all: Array<[number, number]> = [];
  for (let i = 0; i < N; i++) {
    if (blocked.has(i)) continue;
    all.push([i, dot(factors, i, user)]);
  }
  all.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const top = all.slice(0, k);
  return { items: top.map((t) => t[0]), scores: top.map((t) => t[1]) };
}

function dot(factors: Float32Array, item: number, user: Float32Array): number {
  let s = 0;
  for (let d = 0; d < DIM; d++) s += factors[item * DIM + d]! * user[d]!;
  return s;
}

/** Checks `got` against the brute force: same scores in order, each item's own score, nothing blocked. */
function expectExact(factors: Float32Array, user: Float32Array, got: TopKResult, k: number, blocked: Set<number>): void {
  const want = bruteForce(factors, user, k, blocked);
  expect(got.items.length).toBe(want.items.length);
  expect(got.scores.length).toBe(want.items.length);
  expect(new Set(got.items).size).toBe(got.items.length);
  for (let i = 0; i < got.items.length; i++) {
    const item = got.items[i]!;
    expect(blocked.has(item)).toBe(false);
    expect(got.scores[i]!).toBeCloseTo(dot(factors, item, user), 4);
    expect(got.scores[i]!).toBeCloseTo(want.scores[i]!, 4);
  }
  // Ties aside (none at this precision on random data), the items are the brute force's.
  expect([...got.items]).toEqual(want.items);
}

function blockedSet(blocked: Blocked | undefined): Set<number> {
  if (blocked === undefined) return new Set();
  if ('list' in blocked) return new Set([...blocked.list].filter((i) => i >= 0 && i < N));
  const s = new Set<number>();
  blocked.mask.forEach((v, i) => v !== 0 && s.add(i));
  return s;
}

// `unmasked`: runs that block nothing go to a second session without the mask; every answer is the same.
describe.each([{ unmasked: false }, { unmasked: true }])('OnnxExactScorer %o', ({ unmasked }) => {
  const rng = new SeededRandom(7);
  const factors = randomVectors(rng, N);
  const users = randomVectors(rng, 40);
  const userRow = (u: number): Float32Array => users.subarray(u * DIM, (u + 1) * DIM);
  let scorer: OnnxExactScorer;

  beforeAll(async () => {
    scorer = await OnnxExactScorer.create(factors, N, DIM, { executionProviders: ['cpu'], maxBatch: 8, unmasked });
  });
  afterAll(async () => {
    await scorer.release();
  });

  it('runs on the CPU provider here', () => {
    expect(scorer.providers).toEqual(['cpu']);
  });

  if (unmasked)
    it('runs what blocks nothing on the unmasked session, and what blocks something on the masked one', async () => {
      const sessions = scorer as unknown as Record<'plainSession' | 'topKSession', { run: (...args: unknown[]) => unknown }>;
      const plain = vi.spyOn(sessions.plainSession, 'run');
      const masked = vi.spyOn(sessions.topKSession, 'run');
      try {
        await scorer.topK(userRow(0), K);
        await scorer.topK(userRow(0), K, { list: Int32Array.of(-1, N) }); // only ids outside the catalog: nothing blocked
        await scorer.topKBatch(users.subarray(0, 12 * DIM), K); // runs of 8 and 4
        expect([plain.mock.calls.length, masked.mock.calls.length]).toEqual([4, 0]);
        await scorer.topK(userRow(0), K, { list: Int32Array.of(3) });
        await scorer.topKBatch(users.subarray(0, 12 * DIM), K, [...Array<undefined>(11), { list: Int32Array.of(3) }]); // only the second run blocks
        expect([plain.mock.calls.length, masked.mock.calls.length]).toEqual([5, 2]);
      } finally {
        plain.mockRestore();
        masked.mockRestore();
      }
    });

  it('topK equals a brute force', async () => {
    for (let u = 0; u < 10; u++) expectExact(factors, userRow(u), await scorer.topK(userRow(u), K), K, new Set());
  });

  it('topK never returns items from a blocked list, and forgets them afterwards', async () => {
    const user = userRow(0);
    const unblocked = await scorer.topK(user, K);
    // Block the best ten plus duplicates and out-of-range ids (ignored).
    const list = Int32Array.from([...unblocked.items.subarray(0, 10), unblocked.items[0]!, -1, N, N + 5]);
    const got = await scorer.topK(user, K, { list });
    expectExact(factors, user, got, K, blockedSet({ list }));
    // The next request without blocks sees the full catalog again.
    expect([...(await scorer.topK(user, K)).items]).toEqual([...unblocked.items]);
  });

  it('topK honours a blocked 0/1 mask', async () => {
    const mask = new Uint8Array(N);
    for (let i = 0; i < N; i += 3) mask[i] = 1;
    const user = userRow(1);
    expectExact(factors, user, await scorer.topK(user, K, { mask }), K, blockedSet({ mask }));
    expectExact(factors, user, await scorer.topK(user, K), K, new Set());
  });

  it('returns fewer than k when fewer items are unblocked, and clamps k to the catalog', async () => {
    const mask = new Uint8Array(N).fill(1);
    const open = [5, 17, 1999];
    for (const i of open) mask[i] = 0;
    const got = await scorer.topK(userRow(2), K, { mask });
    expect([...got.items].sort((a, b) => a - b)).toEqual(open);
    const all = await scorer.topK(userRow(2), N + 100);
    expect(all.items.length).toBe(N);
    expect((await scorer.topK(userRow(2), 0)).items.length).toBe(0);
  });

  it('topKBatch equals single calls, across several runs of maxBatch rows', async () => {
    const rows = 19; // 8 + 8 + 3
    const blocked: Array<Blocked | undefined> = [];
    for (let r = 0; r < rows; r++) {
      if (r % 3 === 0) blocked.push(undefined);
      else if (r % 3 === 1) blocked.push({ list: Int32Array.from({ length: 50 }, (_, i) => (r * 97 + i * 31) % N) });
      else {
        const mask = new Uint8Array(N);
        for (let i = r; i < N; i += 7) mask[i] = 1;
        blocked.push({ mask });
      }
    }
    const batchUsers = users.subarray(0, rows * DIM);
    const batch = await scorer.topKBatch(batchUsers, K, blocked);
    expect(batch.length).toBe(rows);
    for (let r = 0; r < rows; r++) {
      const single = await scorer.topK(userRow(r), K, blocked[r]);
      expect([...batch[r]!.items]).toEqual([...single.items]);
      expect([...batch[r]!.scores]).toEqual([...single.scores]);
      expectExact(factors, userRow(r), batch[r]!, K, blockedSet(blocked[r]));
    }
    // Masks are clean afterwards.
    const again = await scorer.topKBatch(batchUsers, K);
    for (let r = 0; r < rows; r++) expectExact(factors, userRow(r), again[r]!, K, new Set());
  });

  it('concurrent requests do not see each other\'s blocked items', async () => {
    const calls = Array.from({ length: 12 }, (_, u) => {
      const blocked = u % 2 === 0 ? { list: Int32Array.from({ length: 30 }, (_, i) => (u * 131 + i * 17) % N) } : undefined;
      return scorer.topK(userRow(u), K, blocked).then((got) => ({ u, got, blocked }));
    });
    for (const { u, got, blocked } of await Promise.all(calls)) expectExact(factors, userRow(u), got, K, blockedSet(blocked));
  });

  it('rank scores the given items, with NaN for items outside the catalog', async () => {
    const user = userRow(3);
    const items = Int32Array.from([0, 1999, 42, -1, 2000, 42, 7, 1_000_000]);
    const scores = await scorer.rank(user, items);
    expect(scores.length).toBe(items.length);
    items.forEach((item, i) => {
      if (item < 0 || item >= N) expect(scores[i]).toBeNaN();
      else expect(scores[i]!).toBeCloseTo(dot(factors, item, user), 4);
    });
    // Longer than the initial candidate buffer.
    const many = Int32Array.from({ length: 700 }, (_, i) => (i * 13) % N);
    const manyScores = await scorer.rank(user, many);
    many.forEach((item, i) => expect(manyScores[i]!).toBeCloseTo(dot(factors, item, user), 4));
    expect((await scorer.rank(user, new Int32Array(0))).length).toBe(0);
  });

  it('rejects malformed arguments without leaving marks in the mask', async () => {
    await expect(scorer.topK(new Float32Array(DIM - 1), K)).rejects.toThrow(RangeError);
    await expect(scorer.topK(userRow(0), -1)).rejects.toThrow(RangeError);
    await expect(scorer.topK(userRow(0), 2.5)).rejects.toThrow(RangeError);
    await expect(scorer.topKBatch(users.subarray(0, DIM * 2 + 1), K)).rejects.toThrow(RangeError);
    const good = { list: Int32Array.of(1, 2, 3) };
    await expect(scorer.topKBatch(users.subarray(0, DIM * 2), K, [good, { mask: new Uint8Array(N - 1) }])).rejects.toThrow(
      /blocked\[1\]\.mask/,
    );
    expectExact(factors, userRow(0), await scorer.topK(userRow(0), K), K, new Set());
    expectExact(factors, userRow(1), (await scorer.topKBatch(users.subarray(0, DIM * 2), K))[1]!, K, new Set());
  });
});

describe('OnnxExactScorer.release', () => {
  it('refuses work after release', async () => {
    const rng = new SeededRandom(3);
    const scorer = await OnnxExactScorer.create(randomVectors(rng, 50), 50, DIM, { executionProviders: ['cpu'] });
    await scorer.release();
    await expect(scorer.topK(new Float32Array(DIM), 5)).rejects.toThrow(/after release/);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SeededRandom } from '../common/random.ts';
import { engineFactory, type ItemEngine } from '../serving/engine/item-engine.ts';
import { batchEngineFactory } from './batched-engine.ts';

const N = 3_000;
const DIM = 16;

function randomVectors(rng: SeededRandom, count: number): Float32Array {
  const out = new Float32Array(count * DIM);
  for (let i = 0; i < out.length; i++) out[i] = rng.next() * 2 - 1;
  return out;
}

describe('batchEngineFactory', () => {
  const rng = new SeededRandom(11);
  const factors = randomVectors(rng, N);
  const users = randomVectors(rng, 300);
  const user = (u: number) => users.subarray(u * DIM, (u + 1) * DIM);
  const serving = engineFactory({ indexThreshold: 1_000_000, executionProviders: ['cpu'] });
  let exact: ItemEngine;
  let batched: ItemEngine;

  beforeAll(async () => {
    exact = await serving(factors, N, DIM);
    batched = await batchEngineFactory({ indexThreshold: 1_000_000, indexed: serving, executionProviders: ['cpu'], maxBatch: 32 })(factors, N, DIM);
  });
  afterAll(async () => {
    exact.close();
    batched.close();
    await serving.close?.();
  });

  it('gives, for many queries in flight at once, exactly what serving\'s exact engine gives one at a time', async () => {
    expect(batched.kind).toBe('exact');
    const odd = (i: number) => i % 2 === 1;
    const short = Int32Array.from({ length: 40 }, (_, i) => i * 7);
    const long = Int32Array.from({ length: 2_500 }, (_, i) => i);
    // Mixed shapes and two values of k, more queries than one batch holds.
    const queries = Array.from({ length: 300 }, (_, u) => {
      const k = u % 5 === 0 ? 10 : 25;
      if (u % 7 === 0) return { u, k, allows: odd, list: null };
      if (u % 11 === 0) return { u, k, allows: null, list: short };
      if (u % 13 === 0) return { u, k, allows: (i: number) => i < 2_500, list: long };
      return { u, k, allows: null, list: null };
    });
    const got = await Promise.all(queries.map((q) => batched.topK(user(q.u), q.k, q.allows, q.list, 0)));
    for (const [i, q] of queries.entries()) {
      const want = await exact.topK(user(q.u), q.k, q.allows, q.list, 0);
      expect([...got[i]!.items], `query ${i}`).toEqual([...want.items]);
      expect([...got[i]!.scores], `query ${i}`).toEqual([...want.scores]);
      expect(got[i]!.items.length).toBe(q.k);
      if (q.allows === odd) expect([...got[i]!.items].every(odd)).toBe(true);
    }
  });

  it('ranks and hands out vectors as serving does', async () => {
    const items = Int32Array.of(5, 17, 2_999, 0);
    expect([...(await batched.rank(user(3), items))]).toEqual([...(await exact.rank(user(3), items))]);
    const a = new Float32Array(DIM * 2);
    const b = new Float32Array(DIM * 2);
    batched.vectors(Int32Array.of(9, 10), 2, a);
    exact.vectors(Int32Array.of(9, 10), 2, b);
    expect([...a]).toEqual([...b]);
  });
});

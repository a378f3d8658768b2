import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SeededRandom } from '../../common/random.ts';
import { type RemoteIndex, SearchThread } from './search-client.ts';
import { VectorIndex } from './vector-index.ts';

describe('SearchThread', () => {
  const n = 5_000;
  const dim = 16;
  const k = 10;
  const rng = new SeededRandom(5);
  const factors = new Float32Array(n * dim);
  for (let i = 0; i < factors.length; i++) factors[i] = rng.normal();
  const users = Array.from({ length: 256 }, () => new Float32Array(dim).map(() => rng.normal()));
  const options = { connectivity: 16, expansionAdd: 64, expansionSearch: 64 };
  let thread: SearchThread;
  let remote: RemoteIndex;
  let local: VectorIndex;

  beforeAll(async () => {
    thread = new SearchThread();
    remote = await thread.build(factors, n, dim, options);
    // The same single-threaded build here gives the same graph, so the same answers.
    local = VectorIndex.build(factors, n, dim, { ...options, threads: 1 });
  });
  afterAll(async () => {
    await thread.close();
  });

  it('answers concurrent queries, batched or searched here when the backlog is long, exactly as the index searched in place', async () => {
    const sent = thread.stats.queries;
    const batches = thread.stats.batches;
    const allows = (q: number) => (i: number) => (i + q) % 3 !== 0;
    const got = await Promise.all(users.map((u, q) => remote.search(u, k, q % 2 ? allows(q) : null, q % 2 ? n / 3 : 0)));
    got.forEach((r, q) => {
      const want = local.search(users[q]!, k, q % 2 ? allows(q) : null, q % 2 ? n / 3 : 0);
      expect(r && Array.from(r.items)).toEqual(want && Array.from(want.items));
      expect(r && Array.from(r.scores)).toEqual(want && Array.from(want.scores));
      if (q % 2) for (const i of r!.items) expect(allows(q)(i)).toBe(true);
    });
    // Some went to the search thread, in fewer messages than queries; the rest were searched here.
    const viaThread = thread.stats.queries - sent;
    expect(viaThread).toBeGreaterThan(0);
    expect(viaThread).toBeLessThan(users.length);
    expect(thread.stats.batches - batches).toBeLessThan(viaThread);
    // Queries asked in one turn went in batches of 8 as they came (16 batches may be out), not
    // in one batch at the end of the turn.
    expect(thread.stats.batches - batches).toBeGreaterThanOrEqual(16);
  });

  it('gives up (null) when the filter is too selective for the index', async () => {
    expect(await remote.search(users[0]!, k, (i) => i < 5, 0)).toBeNull();
    // With the blocked count known, the fetch covers the catalog and the few allowed items come back.
    expect(Array.from((await remote.search(users[0]!, k, (i) => i < 5, n - 5))!.items).sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('builds from any factors (read only during the build), refuses queries on a dropped index', async () => {
    const copy = Float32Array.from(factors);
    const other = await thread.build(copy, n, dim, options);
    copy.fill(0);
    expect(Array.from((await other.search(users[1]!, k, null, 0))!.items)).toEqual(Array.from(local.search(users[1]!, k)!.items));
    other.drop();
    await expect(other.search(users[0]!, k, null, 0)).rejects.toThrow(/not loaded/);
  });
});

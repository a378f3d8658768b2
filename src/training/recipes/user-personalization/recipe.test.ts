import { describe, expect, it } from 'vitest';
import type { HyperParameters, TrainedModel } from '../recipe.ts';
import { AlsFoldIn, foldInModelOf } from './fold-in.ts';
import { userPersonalization } from './index.ts';
import { NOW, TWO_GROUPS, blockOf, historyFrom, rowOf, snapshotFrom, twoGroups } from './testing.ts';

const CTX = { threads: 2, seed: 7 };
const SMALL: HyperParameters = { hidden_dimension: 32 };
const USERS = 2 * TWO_GROUPS.usersPerGroup;
const ITEMS = 2 * TWO_GROUPS.itemsPerBlock + 1;
const B0 = TWO_GROUPS.itemsPerBlock;
const inGroupA = (i: number): boolean => blockOf(i) === 'A';
const inGroupB = (i: number): boolean => blockOf(i) === 'B';

async function train(params: HyperParameters = SMALL, ctx = CTX): Promise<TrainedModel> {
  return userPersonalization.train(twoGroups(), params, ctx);
}

let defaults: Promise<TrainedModel> | undefined;
/** The model trained once with every default hyperparameter (shared by the tests that need it). */
function trainDefaults(): Promise<TrainedModel> {
  defaults ??= Promise.resolve(userPersonalization.train(twoGroups(), {}, CTX));
  return defaults;
}

/** Cosine similarity and relative distance of two vectors. */
function compare(a: ArrayLike<number>, b: ArrayLike<number>): { cos: number; rel: number } {
  let ab = 0;
  let aa = 0;
  let bb = 0;
  let dd = 0;
  for (let i = 0; i < a.length; i++) {
    ab += a[i]! * b[i]!;
    aa += a[i]! ** 2;
    bb += b[i]! ** 2;
    dd += (a[i]! - b[i]!) ** 2;
  }
  return { cos: ab / Math.sqrt(aa * bb), rel: Math.sqrt(dd / bb) };
}

describe('aws-user-personalization', () => {
  it('declares its recipe identity and defaults for every hyperparameter', () => {
    expect(userPersonalization.name).toBe('aws-user-personalization');
    expect(userPersonalization.algorithm).toBe('aws-user-personalization');
    expect(userPersonalization.type).toBe('USER_PERSONALIZATION');
    const names = userPersonalization.hyperParameters.map((h) => h.name);
    for (const n of ['hidden_dimension', 'regularization', 'alpha', 'num_iterations', 'cg_steps', 'event_value_confidence', 'recency_mask', 'recency_half_life_days']) {
      expect(names).toContain(n);
    }
    for (const h of userPersonalization.hyperParameters) {
      if (h.kind === 'categorical') {
        expect(h.values).toContain(h.default);
      } else {
        expect(h.default).toBeGreaterThanOrEqual(h.min);
        expect(h.default).toBeLessThanOrEqual(h.max);
      }
    }
  });

  it('recommends a group’s own unseen items, with the default hyperparameters', async () => {
    const data = twoGroups();
    const scorer = userPersonalization.load(await trainDefaults());
    for (let u = 0; u < USERS; u += 7) {
      const history = rowOf(data, u);
      const exclude = new Uint8Array(ITEMS);
      for (const i of history.itemIdx) exclude[i] = 1;
      const top = scorer.recommend(history, 10, exclude);
      expect(top.items.length).toBe(10);
      const mine = u < TWO_GROUPS.usersPerGroup ? inGroupA : inGroupB;
      for (const i of top.items) {
        expect(exclude[i]).toBe(0);
        expect(mine(i)).toBe(true);
      }
      for (let r = 1; r < top.scores.length; r++) expect(top.scores[r]!).toBeLessThanOrEqual(top.scores[r - 1]!);
    }
  });

  it('fold-in of a training user’s full history reproduces the trained user vector', async () => {
    const data = twoGroups();
    const model = await trainDefaults();
    const k = model.meta.k as number;
    const users = model.arrays.userFactors as Float32Array;
    const foldIn = new AlsFoldIn(foldInModelOf(model));
    const out = new Float64Array(k);
    for (let u = 0; u < USERS; u++) {
      expect(foldIn.solve(rowOf(data, u), out)).toBe(true);
      const { cos, rel } = compare(out, users.subarray(u * k, (u + 1) * k));
      expect(cos).toBeGreaterThan(0.999);
      expect(rel).toBeLessThan(0.03);
    }
  });

  it('is deterministic for a seed and independent of the thread count', async () => {
    const a = await train(SMALL, { threads: 1, seed: 3 });
    const b = await train(SMALL, { threads: 2, seed: 3 });
    const c = await train(SMALL, { threads: 1, seed: 4 });
    expect(a.arrays.itemFactors).toEqual(b.arrays.itemFactors);
    expect(a.arrays.userFactors).toEqual(b.arrays.userFactors);
    expect(a.arrays.itemFactors).not.toEqual(c.arrays.itemFactors);
  });

  it('stores what serving needs: shapes, gram and popularity', async () => {
    const model = await train();
    expect(model.meta).toMatchObject({ k: 32, numItems: ITEMS, numUsers: USERS, regularization: 30 });
    expect(model.arrays.itemFactors).toBeInstanceOf(Float32Array);
    expect(model.arrays.itemFactors!.length).toBe(ITEMS * 32);
    expect(model.arrays.userFactors!.length).toBe(USERS * 32);
    expect(model.arrays.gram).toBeInstanceOf(Float64Array);
    const y = model.arrays.itemFactors as Float32Array;
    let g01 = 0;
    for (let i = 0; i < ITEMS; i++) g01 += y[i * 32]! * y[i * 32 + 1]!;
    expect(model.arrays.gram![1]).toBeCloseTo(g01, 6);
    // the shared last item is seen by every tenth user
    expect(model.arrays.itemPopularity![ITEMS - 1]).toBe(USERS / 10);
    const data = twoGroups();
    let total = 0;
    for (let i = 0; i < ITEMS; i++) total += model.arrays.itemPopularity![i]!;
    expect(total).toBe(data.interactions.itemIdx.length);
  });

  it('falls back to popularity for an empty history and honours exclude', async () => {
    const scorer = userPersonalization.load(await train());
    const pop = (await train()).arrays.itemPopularity as Float32Array;
    const empty = historyFrom([]);
    const top = scorer.recommend(empty, 3);
    const best = [...pop.keys()].sort((a, b) => pop[b]! - pop[a]! || a - b);
    expect([...top.items]).toEqual(best.slice(0, 3));
    const exclude = new Uint8Array(ITEMS);
    exclude[best[0]!] = 1;
    expect([...scorer.recommend(empty, 3, exclude).items]).toEqual(best.slice(1, 4));
    expect(scorer.recommend(empty, 1000).items.length).toBe(ITEMS);
  });

  it('recency_mask weights recent interactions more', async () => {
    const old = NOW - 400 * 86_400;
    const recent = NOW - 86_400;
    // five old group-A items, three recent group-B items
    const history = historyFrom([
      ...[0, 1, 2, 3, 4].map((item) => ({ item, timestamp: old })),
      ...[B0, B0 + 1, B0 + 2].map((item) => ({ item, timestamp: recent })),
    ]);
    const exclude = new Uint8Array(ITEMS);
    for (const i of history.itemIdx) exclude[i] = 1;
    const plain = userPersonalization.load(await train({ ...SMALL, recency_mask: 'false' }));
    const recencyModel = await train({ ...SMALL, recency_mask: 'true', recency_half_life_days: 30 });
    const recency = userPersonalization.load(recencyModel);
    for (const i of plain.recommend(history, 10, exclude).items) expect(inGroupA(i)).toBe(true);
    // with recency, the recent block (and the shared item, seen at NOW in training) beats the old one
    const top = recency.recommend(history, 10, exclude);
    for (const i of top.items) expect(inGroupA(i)).toBe(false);
    expect(top.items.filter(inGroupB).length).toBeGreaterThanOrEqual(9);
    expect(recencyModel.meta.confidence).toMatchObject({ recencyMask: true, recencyHalfLifeDays: 30, latestTimestamp: NOW });
  });

  it('EVENT_VALUE raises confidence under the linear mode', async () => {
    // one history: group-A items with value 5, group-B items with value 1, equally many
    const history = historyFrom([
      ...[0, 1, 2].map((item, n) => ({ item, timestamp: NOW - n, value: 5 })),
      ...[B0, B0 + 1, B0 + 2].map((item, n) => ({ item, timestamp: NOW - n, value: 1 })),
    ]);
    const exclude = new Uint8Array(ITEMS);
    for (const i of history.itemIdx) exclude[i] = 1;
    const linear = userPersonalization.load(await train({ ...SMALL, event_value_confidence: 'linear' }));
    const top = linear.recommend(history, 10, exclude);
    for (const i of top.items) expect(inGroupA(i)).toBe(true);
    const ignoring = userPersonalization.load(await train({ ...SMALL, event_value_confidence: 'ignore' }));
    const probe = Int32Array.of(5, 6, B0 + 5, B0 + 6);
    const a = ignoring.score!(history, probe);
    const b = linear.score!(history, probe);
    // the value tilts A over B more under 'linear' than under 'ignore'
    expect(b[0]! + b[1]! - b[2]! - b[3]!).toBeGreaterThan(a[0]! + a[1]! - a[2]! - a[3]!);
  });

  it('trains on an empty snapshot and answers with nothing', async () => {
    const empty = snapshotFrom([], 0, 0);
    const model = await userPersonalization.train(empty, SMALL, CTX);
    expect(model.meta.confidence).toMatchObject({ latestTimestamp: 0 });
    const scorer = userPersonalization.load(model);
    expect(scorer.recommend(historyFrom([]), 5).items.length).toBe(0);
    expect(scorer.score!(historyFrom([{ item: 0, timestamp: 1 }]), Int32Array.of(0))[0]).toBeNaN();
    // a catalogue with items but no interactions: popularity is all zero, every item is still rankable
    const noEvents = userPersonalization.load(await userPersonalization.train(snapshotFrom([], 3, 4), SMALL, CTX));
    expect([...noEvents.recommend(historyFrom([]), 10, Uint8Array.of(0, 1, 0, 0)).items]).toEqual([0, 2, 3]);
  });

  it('rejects hyperparameters outside their ranges', async () => {
    await expect(train({ hidden_dimension: 4 })).rejects.toThrow(/hidden_dimension/);
    await expect(train({ recency_mask: 'maybe' })).rejects.toThrow(/recency_mask/);
    await expect(train({ num_iterations: 12.5 })).rejects.toThrow(/integer/);
  });

  it('stops between iterations when aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(train(SMALL, { ...CTX, signal: controller.signal } as typeof CTX)).rejects.toThrow('stop');
  });
});

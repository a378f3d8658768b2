import { describe, expect, it } from 'vitest';
import type { TrainingSnapshot, UserHistory } from '../../data/snapshot/types.ts';
import type { Recipe, Scorer } from '../recipes/recipe.ts';
import { communities, snapshotFromRows, type Row } from '../../../test/conformance/communities.ts';
import { evaluate, scoreHoldout } from './evaluate.ts';
import { splitHoldout, type Holdout } from './holdout.ts';
import { METRIC_KEYS, rankingMetrics } from './metrics.ts';

interface Call {
  input: number[];
  k: number;
  excluded: number[];
}

/** A recipe ranking items by training interactions (ties by index) that records what it was given. */
function spyRecipe(seen: { train?: TrainingSnapshot; calls: Call[] }): Recipe {
  return {
    name: 'spy',
    algorithm: 'spy',
    type: 'USER_PERSONALIZATION',
    description: 'test double',
    hyperParameters: [],
    train(data) {
      seen.train = data;
      const counts = new Float32Array(data.interactions.numItems);
      for (const i of data.interactions.itemIdx) counts[i] = (counts[i] as number) + 1;
      return { meta: {}, arrays: { counts } };
    },
    load(model) {
      const counts = model.arrays.counts as Float32Array;
      return {
        recommend(history: UserHistory, k: number, exclude?: Uint8Array) {
          seen.calls.push({ input: Array.from(history.itemIdx), k, excluded: exclude ? [...exclude.keys()].filter((i) => exclude[i]) : [] });
          const items = Int32Array.from(counts.keys())
            .filter((i) => !exclude?.[i])
            .sort((a, b) => (counts[b] as number) - (counts[a] as number) || a - b)
            .slice(0, k);
          return { items, scores: Float32Array.from(items, (i) => counts[i] as number) };
        },
      };
    },
  };
}

const CTX = { threads: 1, seed: 1 };

describe('evaluate', () => {
  const data = communities({ seed: 2 });

  it("trains on the holdout's training part and asks for 25 items per test user, excluding their input", async () => {
    const seen: { train?: TrainingSnapshot; calls: Call[] } = { calls: [] };
    const metrics = await evaluate(spyRecipe(seen), data.snapshot, {}, CTX, 9);
    const holdout = splitHoldout(data.snapshot, 9);
    expect(Array.from(seen.train?.interactions.itemIdx ?? [])).toEqual(Array.from(holdout.train.interactions.itemIdx));
    expect(Array.from(seen.train?.interactions.userPtr ?? [])).toEqual(Array.from(holdout.train.interactions.userPtr));
    expect(seen.calls).toHaveLength(holdout.test.length);
    seen.calls.forEach((call, i) => {
      const input = Array.from(holdout.test[i]?.input.itemIdx ?? []);
      expect(call.input).toEqual(input);
      expect(call.k).toBe(25);
      expect(call.excluded).toEqual([...new Set(input)].sort((a, b) => a - b));
    });
    expect(Object.keys(metrics)).toEqual([...METRIC_KEYS]);
  });

  it('averages rankingMetrics over the test users', async () => {
    const seen: { calls: Call[] } = { calls: [] };
    const metrics = await evaluate(spyRecipe(seen), data.snapshot, {}, CTX, 9);
    const holdout = splitHoldout(data.snapshot, 9);
    const scorer = spyRecipe({ calls: [] }).load(await spyRecipe({ calls: [] }).train(holdout.train, {}, CTX));
    const sums = new Map<string, number>();
    const recommended = new Set<number>();
    for (const t of holdout.test) {
      const exclude = new Uint8Array(data.snapshot.interactions.numItems);
      for (const i of t.input.itemIdx) exclude[i] = 1;
      const items = scorer.recommend(t.input, 25, exclude).items;
      items.forEach((i) => recommended.add(i));
      for (const [k, v] of Object.entries(rankingMetrics(items, t.truth))) sums.set(k, (sums.get(k) ?? 0) + v);
    }
    for (const [k, v] of sums) expect(metrics[k as keyof typeof metrics], k).toBeCloseTo(v / holdout.test.length, 12);
    expect(metrics.coverage).toBeCloseTo(recommended.size / data.snapshot.interactions.numItems, 12);
  });

  it('gives the same numbers for the same seed', async () => {
    const a = await evaluate(spyRecipe({ calls: [] }), data.snapshot, {}, CTX, 3);
    const b = await evaluate(spyRecipe({ calls: [] }), data.snapshot, {}, CTX, 3);
    expect(b).toEqual(a);
  });
});

describe('scoreHoldout', () => {
  /** A holdout over 6 items with hand-made test users. */
  function holdoutOf(test: { input: number[]; truth: number[] }[]): Holdout {
    const train = snapshotFromRows(1, 6, [{ user: 0, item: 0, timestamp: 1 } satisfies Row]);
    return {
      train,
      test: test.map((t, user) => ({
        user,
        input: {
          itemIdx: Int32Array.from(t.input),
          timestamp: Float64Array.from(t.input, (_, i) => i),
          weight: new Float32Array(t.input.length).fill(1),
          value: new Float32Array(t.input.length).fill(NaN),
        },
        truth: Int32Array.from(t.truth),
      })),
    };
  }

  /** Recommends items 0..5 in order, minus the excluded ones. */
  const fixed: Scorer = {
    recommend(_h, k, exclude) {
      const items = Int32Array.from([0, 1, 2, 3, 4, 5].filter((i) => !exclude?.[i]).slice(0, k));
      return { items, scores: new Float32Array(items.length) };
    },
  };

  it('drops truth items already in the input and skips users left without truth', () => {
    // User 0: input {0}, truth {0, 2}: 0 is dropped, ranking is 1,2,3,4,5 so the hit is at rank 2.
    // User 1: input {3}, truth {3}: nothing left to find, not scored.
    const r = scoreHoldout(fixed, holdoutOf([{ input: [0], truth: [0, 2] }, { input: [3], truth: [3] }]));
    expect(r.mean_reciprocal_rank_at_25).toBe(0.5);
    expect(r.precision_at_5).toBe(0.2);
    expect(r.normalized_discounted_cumulative_gain_at_5).toBeCloseTo(1 / Math.log2(3), 12);
    expect(r.coverage).toBeCloseTo(5 / 6, 12);
  });

  it('reports zeros when there is no test user', () => {
    const r = scoreHoldout(fixed, holdoutOf([]));
    expect(Object.values(r)).toEqual(METRIC_KEYS.map(() => 0));
  });

  it('stops when aborted', () => {
    const controller = new AbortController();
    controller.abort();
    expect(() => scoreHoldout(fixed, holdoutOf([{ input: [0], truth: [1] }]), controller.signal)).toThrow();
  });
});

/**
 * The checks every recipe must pass on community data (see communities.ts), registered as a
 * vitest suite: training with default hyperparameters and a fixed seed, recommendations that
 * stay inside the user's community (or lead with the known popular / trending item for
 * POPULAR_ITEMS recipes), related items inside the item's community, exclusion, determinism
 * for a seed, and offline metrics well above a global-popularity baseline.
 */
import { beforeAll, expect, it } from 'vitest';
import type { Ranked, Recipe, Scorer, TrainContext } from '../../src/training/recipes/recipe.ts';
import { evaluate } from '../../src/training/evaluation/evaluate.ts';
import { METRIC_KEYS, type Metrics } from '../../src/training/evaluation/metrics.ts';
import { describeAlgorithmRanges, resolveHyperParameters } from '../../src/training/hyperparameters.ts';
import { communities, historyOf, type Communities } from './communities.ts';

const SEED = 7;
const CTX: TrainContext = { threads: 1, seed: SEED };
/** Users checked per community. */
const SAMPLE_USERS = 3;

/** A global most-popular baseline (distinct users per item), the yardstick for personalization. */
export const popularityBaseline: Recipe = {
  name: 'conformance-popularity-baseline',
  algorithm: 'conformance-popularity-baseline',
  type: 'POPULAR_ITEMS',
  description: 'Items ranked by distinct users, the same for everyone.',
  hyperParameters: [],
  train(data) {
    const m = data.interactions;
    const counts = new Float32Array(m.numItems);
    const seen = new Int32Array(m.numItems).fill(-1);
    for (let u = 0; u < m.numUsers; u++) {
      for (let k = m.userPtr[u] as number; k < (m.userPtr[u + 1] as number); k++) {
        const item = m.itemIdx[k] as number;
        if (seen[item] !== u) {
          seen[item] = u;
          counts[item] = (counts[item] as number) + 1;
        }
      }
    }
    return { meta: {}, arrays: { counts } };
  },
  load(model) {
    const counts = model.arrays.counts as Float32Array;
    const order = Int32Array.from(counts.keys()).sort((a, b) => (counts[b] as number) - (counts[a] as number) || a - b);
    return {
      recommend(_history, k, exclude) {
        const items = order.filter((i) => !exclude?.[i]).slice(0, k);
        return { items, scores: Float32Array.from(items, (i) => counts[i] as number) };
      },
    };
  },
};

/** Registers the conformance checks for one recipe (call inside a describe block). */
export function conformanceSuite(recipe: Recipe): void {
  const personalized = recipe.type !== 'POPULAR_ITEMS';
  let data: Communities;
  let scorer: Scorer;
  let again: Scorer;

  beforeAll(async () => {
    data = communities({ seed: 3 });
    const params = resolveHyperParameters(recipe, {});
    scorer = recipe.load(await recipe.train(data.snapshot, params, CTX));
    again = recipe.load(await recipe.train(data.snapshot, params, CTX));
  });

  it('has defaults inside its own ranges', () => {
    expect(() => resolveHyperParameters(recipe, {})).not.toThrow();
    const ranges = describeAlgorithmRanges(recipe);
    const listed = ranges.integerHyperParameterRanges.length + ranges.continuousHyperParameterRanges.length + ranges.categoricalHyperParameterRanges.length;
    expect(listed).toBe(recipe.hyperParameters.length);
  });

  it('returns well-formed rankings that honour exclusion', () => {
    const m = data.snapshot.interactions;
    for (const user of sampleUsers(data)) {
      const history = historyOf(data.snapshot, user);
      const first = scorer.recommend(history, 5);
      expectWellFormed(first, 5, m.numItems);
      const exclude = maskOf(m.numItems, history.itemIdx);
      for (const item of first.items) exclude[item] = 1;
      const rest = scorer.recommend(history, 5, exclude);
      expectWellFormed(rest, 5, m.numItems);
      for (const item of rest.items) expect(exclude[item], `item ${item} was excluded`).toBe(0);
    }
  });

  it('is deterministic for a seed', () => {
    for (const user of sampleUsers(data)) {
      const history = historyOf(data.snapshot, user);
      const exclude = maskOf(data.snapshot.interactions.numItems, history.itemIdx);
      const a = scorer.recommend(history, 10, exclude);
      const b = again.recommend(history, 10, exclude);
      expect(Array.from(b.items)).toEqual(Array.from(a.items));
      expect(Array.from(b.scores)).toEqual(Array.from(a.scores));
    }
  });

  if (!personalized) {
    it('puts the expected popular or trending item first', () => {
      const expected = /trending/i.test(recipe.name) ? data.trending : data.mostPopular;
      const user = sampleUsers(data)[SAMPLE_USERS] as number; // a block-1 user: no favouritism from history
      const history = historyOf(data.snapshot, user);
      expect(scorer.recommend(history, 5).items[0]).toBe(expected);
      const exclude = maskOf(data.snapshot.interactions.numItems, [expected]);
      expect(Array.from(scorer.recommend(history, 5, exclude).items)).not.toContain(expected);
    });
  } else {
    it("recommends only items of the user's own community", () => {
      for (const user of sampleUsers(data)) {
        const history = historyOf(data.snapshot, user);
        const ranked = scorer.recommend(history, 5, maskOf(data.snapshot.interactions.numItems, history.itemIdx));
        expect(ranked.items.length).toBe(5);
        const blocks = Array.from(ranked.items, (i) => data.itemBlock[i]);
        expect(blocks, `user ${user} of community ${data.userBlock[user]}`).toEqual(blocks.map(() => data.userBlock[user]));
      }
    });
  }

  if (recipe.type === 'RELATED_ITEMS') {
    it('relates items only to items of the same community, honouring exclusion', () => {
      expect(typeof scorer.related).toBe('function');
      const related = scorer.related!.bind(scorer);
      const numItems = data.snapshot.interactions.numItems;
      for (const item of data.favourites.flatMap((f) => [f, f + 1, f + 5])) {
        const ranked = related(item, 5);
        expectWellFormed(ranked, 5, numItems);
        expect(ranked.items.length).toBe(5);
        expect(Array.from(ranked.items)).not.toContain(item);
        for (const other of ranked.items) expect(data.itemBlock[other], `related(${item}) gave ${other}`).toBe(data.itemBlock[item]);
        const exclude = maskOf(numItems, ranked.items.subarray(0, 2));
        const rest = related(item, 5, exclude);
        for (const other of rest.items) expect(exclude[other]).toBe(0);
      }
    });
  }

  it('evaluates to every metric in [0, 1]' + (personalized ? ', well above popularity' : ''), async () => {
    const metrics: Metrics = await evaluate(recipe, data.snapshot, resolveHyperParameters(recipe, {}), CTX, SEED);
    expect(Object.keys(metrics)).toEqual([...METRIC_KEYS]);
    for (const key of METRIC_KEYS) {
      expect(metrics[key], key).toBeGreaterThanOrEqual(0);
      expect(metrics[key], key).toBeLessThanOrEqual(1);
    }
    if (personalized) {
      const baseline = await evaluate(popularityBaseline, data.snapshot, {}, CTX, SEED);
      // Knowing the communities gives about 4× the baseline here (block popularity: p@10 ≈ 0.15 vs 0.04).
      expect(baseline.precision_at_10).toBeGreaterThan(0);
      expect(metrics.precision_at_10).toBeGreaterThanOrEqual(2 * baseline.precision_at_10);
      expect(metrics.normalized_discounted_cumulative_gain_at_10).toBeGreaterThanOrEqual(2 * baseline.normalized_discounted_cumulative_gain_at_10);
    }
  });
}

/** The first SAMPLE_USERS users of each community, in community order. */
function sampleUsers(data: Communities): number[] {
  const out: number[] = [];
  const blocks = Math.max(...data.userBlock) + 1;
  for (let b = 0; b < blocks; b++) {
    let taken = 0;
    for (let u = 0; u < data.userBlock.length && taken < SAMPLE_USERS; u++) {
      if (data.userBlock[u] === b) {
        out.push(u);
        taken++;
      }
    }
  }
  return out;
}

/** A 0/1 mask over the catalogue with `items` set. */
function maskOf(numItems: number, items: ArrayLike<number>): Uint8Array {
  const mask = new Uint8Array(numItems);
  for (let i = 0; i < items.length; i++) mask[items[i] as number] = 1;
  return mask;
}

/** Checks a ranking's shape: at most k distinct valid items, scores aligned and non-increasing. */
function expectWellFormed(ranked: Ranked, k: number, numItems: number): void {
  expect(ranked.items.length).toBeLessThanOrEqual(k);
  expect(ranked.scores.length).toBe(ranked.items.length);
  expect(new Set(ranked.items).size).toBe(ranked.items.length);
  for (const item of ranked.items) {
    expect(item).toBeGreaterThanOrEqual(0);
    expect(item).toBeLessThan(numItems);
  }
  for (let i = 1; i < ranked.scores.length; i++) {
    const prev = ranked.scores[i - 1] as number;
    const cur = ranked.scores[i] as number;
    if (!Number.isNaN(prev) && !Number.isNaN(cur)) expect(cur).toBeLessThanOrEqual(prev);
  }
}

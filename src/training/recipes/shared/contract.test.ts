import { describe, expect, it } from 'vitest';
import type { Recipe } from '../recipe.ts';
import { popularityCount } from '../popularity-count/index.ts';
import { similarItems } from '../similar-items/index.ts';
import { sims } from '../sims/index.ts';
import { trendingNow } from '../trending-now/index.ts';
import { excluding, historyOf, snapshotFrom, testContext, type Event } from './test-snapshot.ts';

/** Pseudo-random interactions: 30 users, 25 items (items 20–24 never touched), over 3 hours. */
function randomData(): ReturnType<typeof snapshotFrom> {
  let s = 99;
  const next = (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
  const events: Event[] = [];
  for (let e = 0; e < 400; e++) events.push([next(30), next(4) === 0 ? next(20) : next(8), next(3 * 3600)]);
  const features = Array.from({ length: 25 }, (_, i) => [i % 3, 3 + (i % 5)]);
  return snapshotFrom(events, 30, 25, features);
}

const recipes: Recipe[] = [sims, similarItems, popularityCount, trendingNow];

describe.each(recipes.map((r) => [r.name, r] as const))('%s meets the scorer contract', (_name, recipe) => {
  const data = randomData();

  it('returns distinct, non-excluded items, best first, at most k', async () => {
    const model = recipe.load(await recipe.train(data, {}, testContext));
    const exclude = excluding(25, [0, 1, 2]);
    for (const k of [0, 1, 5, 40]) {
      const got = model.recommend(historyOf([3, 4, 5]), k, exclude);
      expect(got.items.length).toBe(got.scores.length);
      expect(got.items.length).toBeLessThanOrEqual(k);
      expect(new Set(got.items).size).toBe(got.items.length);
      for (const i of got.items) expect(exclude[i]).toBe(0);
      for (let p = 1; p < got.scores.length; p++) expect(got.scores[p]!).toBeLessThanOrEqual(got.scores[p - 1]!);
    }
    if (model.related !== undefined) {
      for (let item = 0; item < 25; item++) {
        const got = model.related(item, 10, exclude);
        expect(got.items).not.toContain(item);
        for (const i of got.items) expect(exclude[i]).toBe(0);
        expect(new Set(got.items).size).toBe(got.items.length);
      }
    }
    expect(model.recommend(historyOf([]), 5, new Uint8Array(25).fill(1)).items.length).toBe(0);
  });

  it('trains the same model twice and handles an empty snapshot', async () => {
    expect(await recipe.train(data, {}, testContext)).toEqual(await recipe.train(data, {}, testContext));
    const empty = recipe.load(await recipe.train(snapshotFrom([], 0, 0, undefined, 0), {}, testContext));
    expect(empty.recommend(historyOf([]), 5).items.length).toBe(0);
    expect(empty.related?.(0, 5).items.length ?? 0).toBe(0);
  });
});

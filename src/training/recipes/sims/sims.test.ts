import { describe, expect, it } from 'vitest';
import { InvalidInput } from '../../../common/errors.ts';
import { excluding, historyOf, snapshotFrom, testContext, type Event } from '../shared/test-snapshot.ts';
import { sims } from './index.ts';

/** Keeps every user and item (the percentile filters off). */
const ALL = {
  min_user_history_length_percentile: 0,
  max_user_history_length_percentile: 1,
  min_item_interaction_count_percentile: 0,
  max_item_interaction_count_percentile: 1,
};

/** Users 0..(users-1) each interact with every item in `items`, starting at user `from`. */
function block(from: number, users: number, items: readonly number[]): Event[] {
  const events: Event[] = [];
  for (let u = from; u < from + users; u++) items.forEach((i, t) => events.push([u, i, 100 * u + t]));
  return events;
}

/** Two disjoint co-interaction blocks: items 0–3 (users 0–5) and items 4–7 (users 6–11); item 8 untouched. */
const blocks = snapshotFrom([...block(0, 6, [0, 1, 2, 3]), ...block(6, 6, [4, 5, 6, 7]), [12, 4, 5000]], 13, 9);

/** The item indexes of `related`, as a plain array. */
function relatedItems(model: ReturnType<typeof sims.load>, item: number, k: number, exclude?: Uint8Array): number[] {
  return Array.from(model.related!(item, k, exclude).items);
}

describe('aws-sims', () => {
  it('finds neighbours inside the item’s own co-interaction block', async () => {
    const model = sims.load(await sims.train(blocks, ALL, testContext));
    for (const item of [0, 1, 2, 3]) expect(relatedItems(model, item, 3).sort()).toEqual([0, 1, 2, 3].filter((i) => i !== item));
    for (const item of [4, 5, 6, 7]) expect(relatedItems(model, item, 3).sort()).toEqual([4, 5, 6, 7].filter((i) => i !== item));
  });

  it('fills with popular items, never returning the query or excluded items', async () => {
    const model = sims.load(await sims.train(blocks, ALL, testContext));
    const got = relatedItems(model, 0, 8, excluding(9, [2]));
    expect(got.slice(0, 2).sort()).toEqual([1, 3]);
    // Then the most popular items: item 4 has 7 users; 5–7 have 6; ties by index.
    expect(got.slice(2)).toEqual([4, 5, 6, 7]);
    expect(got).not.toContain(0);
    expect(got).not.toContain(2);
  });

  it('answers popular items for an unknown item or one with no neighbours', async () => {
    const model = sims.load(await sims.train(blocks, ALL, testContext));
    expect(relatedItems(model, 8, 3)).toEqual([4, 0, 1]);
    expect(relatedItems(model, -1, 3)).toEqual([4, 0, 1]);
    expect(relatedItems(model, 99, 2)).toEqual([4, 0]);
  });

  it('orders by co-count / (pop·pop)^discount', async () => {
    // Query 0 shares 4 users with popular item 1 (30 users) and 3 users with niche item 2 (3 users).
    const events: Event[] = [];
    for (let u = 0; u < 30; u++) events.push([u, 1, 1]);
    for (let u = 0; u < 4; u++) events.push([u, 0, 2]);
    for (let u = 30; u < 33; u++) events.push([u, 0, 1], [u, 2, 2]);
    const data = snapshotFrom(events, 33, 3);
    const raw = sims.load(await sims.train(data, { ...ALL, popularity_discount_factor: 0 }, testContext));
    expect(relatedItems(raw, 0, 2)).toEqual([1, 2]);
    const discounted = sims.load(await sims.train(data, { ...ALL, popularity_discount_factor: 1 }, testContext));
    expect(relatedItems(discounted, 0, 2)).toEqual([2, 1]);
    const scores = discounted.related!(0, 2).scores;
    expect(scores[0]).toBeCloseTo(3 / (7 * 3));
    expect(scores[1]).toBeCloseTo(4 / (7 * 30));
  });

  it('drops pairs shared by fewer than min_cointeraction_count users', async () => {
    // Items 0 and 1 share 3 users; items 0 and 2 share 2.
    const data = snapshotFrom([...block(0, 3, [0, 1]), ...block(3, 2, [0, 2])], 5, 3);
    const strict = await sims.train(data, { ...ALL, min_cointeraction_count: 3 }, testContext);
    expect(Array.from(strict.arrays.nbrIdx!)).toEqual([1, 0]);
    const loose = await sims.train(data, { ...ALL, min_cointeraction_count: 2 }, testContext);
    expect(Array.from(loose.arrays.nbrPtr!)).toEqual([0, 2, 3, 4]);
  });

  it('ignores users and items outside the percentile filters', async () => {
    // Ten users rate items 0 and 1; one heavy user rates items 0, 2..11, so 0 and 2 co-occur only through them.
    const events: Event[] = [...block(0, 10, [0, 1])];
    for (let i = 2; i < 12; i++) events.push([10, i, i], [10, 0, 0]);
    const data = snapshotFrom(events, 11, 12);
    const all = sims.load(await sims.train(data, { ...ALL, min_cointeraction_count: 1 }, testContext));
    expect(relatedItems(all, 2, 20).slice(0, 10).sort((a, b) => a - b)).toEqual([0, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const noHeavy = await sims.train(data, { ...ALL, min_cointeraction_count: 1, max_user_history_length_percentile: 0.9 }, testContext);
    expect(noHeavy.meta.usersKept).toBe(10);
    const rowOf2 = noHeavy.arrays.nbrPtr!;
    expect(rowOf2[3]! - rowOf2[2]!).toBe(0);
    // Item 0 is the most popular (11 users): a max item percentile below 1 removes it from every list.
    const noHead = sims.load(await sims.train(data, { ...ALL, min_cointeraction_count: 1, max_item_interaction_count_percentile: 0.9 }, testContext));
    expect(relatedItems(noHead, 1, 1)).toEqual([0]); // item 1 has no neighbours left: popular fallback
    expect(noHead.related!(1, 1).scores[0]).toBe(0);
    expect(relatedItems(noHead, 3, 3)).not.toContain(0);
  });

  it('recommends from recent history, weighting the newest items most', async () => {
    const model = sims.load(await sims.train(blocks, ALL, testContext));
    const got = model.recommend(historyOf([0, 4]), 3);
    expect(Array.from(got.items)).toEqual([5, 6, 7]);
    expect(Array.from(model.recommend(historyOf([4, 0]), 3).items)).toEqual([1, 2, 3]);
    expect(Array.from(model.recommend(historyOf([]), 2).items)).toEqual([4, 0]);
    const masked = model.recommend(historyOf([0, 4]), 8, excluding(9, [6]));
    expect(Array.from(masked.items)).toEqual([5, 7, 1, 2, 3]);
  });

  it('is deterministic and validates its hyperparameters', async () => {
    const a = await sims.train(blocks, {}, testContext);
    const b = await sims.train(blocks, {}, testContext);
    expect(a).toEqual(b);
    expect(() => sims.train(blocks, { popularity_discount_factor: 1.5 }, testContext)).toThrow(InvalidInput);
    expect(() => sims.train(blocks, { min_cointeraction_count: 2.5 }, testContext)).toThrow(InvalidInput);
    expect(() => sims.train(blocks, { min_user_history_length_percentile: 0.6, max_user_history_length_percentile: 0.5 }, testContext)).toThrow(
      InvalidInput,
    );
  });
});

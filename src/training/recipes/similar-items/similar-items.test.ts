import { describe, expect, it } from 'vitest';
import { InvalidInput } from '../../../common/errors.ts';
import { excluding, historyOf, snapshotFrom, testContext, type Event } from '../shared/test-snapshot.ts';
import { similarItems } from './index.ts';

/** Users from..from+users-1 each interact with every item in `items`. */
function block(from: number, users: number, items: readonly number[]): Event[] {
  const events: Event[] = [];
  for (let u = from; u < from + users; u++) items.forEach((i, t) => events.push([u, i, 100 * u + t]));
  return events;
}

/** Sorted copy of a ranking's items. */
function sortedItems(items: Int32Array): number[] {
  return Array.from(items).sort((a, b) => a - b);
}

// Items 0–3 (users 0–19) and 4–7 (users 20–39) form two co-interaction blocks. Feature 0 marks
// 0–3, feature 1 marks 4–7. Items 8 and 11 are cold with feature 0, item 9 is cold with feature 1,
// item 10 is cold without metadata.
const features = [[0], [0], [0], [0], [1], [1], [1], [1], [0], [1], [], [0]];
const events = [...block(0, 20, [0, 1, 2, 3]), ...block(20, 20, [4, 5, 6, 7]), [40, 0, 9000] as Event];
const data = snapshotFrom(events, 41, 12, features);

describe('aws-similar-items', () => {
  it('gives a cold item with metadata the items that share its features', async () => {
    const model = similarItems.load(await similarItems.train(data, {}, testContext));
    const got = model.related!(8, 5);
    expect(sortedItems(got.items)).toEqual([0, 1, 2, 3, 11]);
    expect(got.items[0]).toBe(0); // equal metadata: the most popular first
    expect(Array.from(got.scores).every((s) => s > 0)).toBe(true);
    expect(sortedItems(model.related!(9, 4).items)).toEqual([4, 5, 6, 7]);
  });

  it('falls back to popular items for an item with neither interactions nor metadata', async () => {
    const model = similarItems.load(await similarItems.train(data, {}, testContext));
    const got = model.related!(10, 3);
    expect(Array.from(got.items)).toEqual([0, 1, 2]);
    expect(Array.from(got.scores)).toEqual([0, 0, 0]);
  });

  it('follows co-interaction for warm items, even against their metadata', async () => {
    // Item 0 now carries feature 1 like items 4–7, but its users are those of items 1–3.
    const crossed = snapshotFrom(events, 41, 12, [[1], ...features.slice(1)]);
    const model = similarItems.load(await similarItems.train(crossed, {}, testContext));
    expect(sortedItems(model.related!(0, 3).items)).toEqual([1, 2, 3]);
    expect(sortedItems(model.related!(5, 3, excluding(12, [0])).items)).toEqual([4, 6, 7]);
  });

  it('leans on metadata more as metadata_blend_interactions grows', async () => {
    const crossed = snapshotFrom(events, 41, 12, [[1], ...features.slice(1)]);
    const interactions = similarItems.load(await similarItems.train(crossed, { metadata_blend_interactions: 0 }, testContext));
    expect(sortedItems(interactions.related!(0, 3).items)).toEqual([1, 2, 3]);
    const metadata = similarItems.load(await similarItems.train(crossed, { metadata_blend_interactions: 1000 }, testContext));
    const got = Array.from(metadata.related!(0, 5).items);
    expect(got.slice(0, 4).sort()).toEqual([4, 5, 6, 7]);
  });

  it('works without item metadata, from co-interaction alone', async () => {
    const bare = snapshotFrom(events, 41, 12);
    const model = similarItems.load(await similarItems.train(bare, {}, testContext));
    expect(sortedItems(model.related!(1, 3).items)).toEqual([0, 2, 3]);
    expect(sortedItems(model.related!(6, 3).items)).toEqual([4, 5, 7]);
    expect(Array.from(model.related!(8, 2).items)).toEqual([0, 1]); // cold, no metadata used: popular
  });

  it('projects many features onto item_metadata_hidden_dim dimensions', async () => {
    // 40 warm items, item i with features {i, i+1 mod 40}; item 40 is cold with features {5, 6}.
    const ring: number[][] = Array.from({ length: 40 }, (_, i) => [i, (i + 1) % 40]);
    ring.push([5, 6]);
    const ringEvents: Event[] = [];
    for (let i = 0; i < 40; i++) for (let u = 0; u < 3; u++) ringEvents.push([3 * i + u, i, u]);
    const trained = await similarItems.train(snapshotFrom(ringEvents, 120, 41, ring), { item_metadata_hidden_dim: 30 }, testContext);
    expect(trained.meta.metadataDim).toBe(30);
    const got = similarItems.load(trained).related!(40, 3);
    expect(got.items[0]).toBe(5);
    expect(sortedItems(got.items)).toEqual([4, 5, 6]);
  });

  it('recommends from the user’s recent items', async () => {
    const model = similarItems.load(await similarItems.train(data, {}, testContext));
    expect(sortedItems(model.recommend(historyOf([0, 5]), 2, excluding(12, [7])).items)).toEqual([4, 6]);
    expect(sortedItems(model.recommend(historyOf([5, 0]), 3).items)).toEqual([1, 2, 3]);
  });

  it('is deterministic for a seed and validates its hyperparameters', async () => {
    const a = await similarItems.train(data, { item_id_hidden_dim: 30 }, testContext);
    expect(await similarItems.train(data, { item_id_hidden_dim: 30 }, testContext)).toEqual(a);
    expect(a.meta.idDim).toBe(12); // capped by the 12 items
    expect(() => similarItems.train(data, { item_id_hidden_dim: 29 }, testContext)).toThrow(InvalidInput);
    expect(() => similarItems.train(data, { item_metadata_hidden_dim: 201 }, testContext)).toThrow(InvalidInput);
  });
});

import { describe, expect, it } from 'vitest';
import { excluding, historyOf, snapshotFrom, testContext, type Event } from '../shared/test-snapshot.ts';
import { popularityCount } from './index.ts';

describe('aws-popularity-count', () => {
  // Item 0: one user, 10 events. Item 1: three users. Item 2: two users. Item 3: three users. Item 4: none.
  const events: Event[] = [];
  for (let t = 0; t < 10; t++) events.push([0, 0, t]);
  events.push([0, 1, 20], [1, 1, 21], [2, 1, 22], [1, 2, 23], [2, 2, 24], [3, 3, 25], [4, 3, 26], [5, 3, 27]);
  const data = snapshotFrom(events, 6, 5);

  it('ranks items by distinct users, not events, ties by index', async () => {
    const model = popularityCount.load(await popularityCount.train(data, {}, testContext));
    const got = model.recommend(historyOf([]), 10);
    expect(Array.from(got.items)).toEqual([1, 3, 2, 0]);
    expect(Array.from(got.scores)).toEqual([3, 3, 2, 1]);
  });

  it('gives every user the same list, minus excluded items', async () => {
    const model = popularityCount.load(await popularityCount.train(data, {}, testContext));
    expect(Array.from(model.recommend(historyOf([2, 0]), 2).items)).toEqual([1, 3]);
    expect(Array.from(model.recommend(historyOf([]), 2, excluding(5, [1])).items)).toEqual([3, 2]);
    expect(model.related).toBeUndefined();
  });
});

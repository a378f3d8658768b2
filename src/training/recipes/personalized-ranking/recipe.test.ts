import { describe, expect, it } from 'vitest';
import { TWO_GROUPS, blockOf, historyFrom, NOW, rowOf, twoGroups } from '../user-personalization/testing.ts';
import { personalizedRanking } from './index.ts';

const B0 = TWO_GROUPS.itemsPerBlock;
const ITEMS = 2 * B0 + 1;

describe('aws-personalized-ranking', () => {
  it('declares its identity and the ALS hyperparameters', () => {
    expect(personalizedRanking.name).toBe('aws-personalized-ranking');
    expect(personalizedRanking.algorithm).toBe('aws-personalized-ranking');
    expect(personalizedRanking.type).toBe('PERSONALIZED_RANKING');
    expect(personalizedRanking.hyperParameters.map((h) => h.name)).toContain('hidden_dimension');
  });

  it('score() ranks a list: the user’s own block above the other, NaN for unknown items', async () => {
    const data = twoGroups();
    const scorer = personalizedRanking.load(await personalizedRanking.train(data, {}, { threads: 1, seed: 1 }));
    const list = Int32Array.of(B0 + 3, 7, -1, 11, B0 + 9, ITEMS + 5);
    for (const u of [2, TWO_GROUPS.usersPerGroup + 2]) {
      const scores = scorer.score!(rowOf(data, u), list);
      expect(scores.length).toBe(list.length);
      expect(scores[2]).toBeNaN();
      expect(scores[5]).toBeNaN();
      const mine = u < TWO_GROUPS.usersPerGroup ? 'A' : 'B';
      const own = [...list.keys()].filter((j) => blockOf(list[j]!) === mine);
      const other = [...list.keys()].filter((j) => blockOf(list[j]!) !== mine && !Number.isNaN(scores[j]!));
      for (const o of own) for (const t of other) expect(scores[o]!).toBeGreaterThan(scores[t]!);
    }
  });

  it('score() agrees with recommend() on the order of items', async () => {
    const data = twoGroups();
    const scorer = personalizedRanking.load(await personalizedRanking.train(data, {}, { threads: 1, seed: 1 }));
    const history = historyFrom([
      { item: 1, timestamp: NOW - 5 },
      { item: 2, timestamp: NOW - 4 },
    ]);
    const top = scorer.recommend(history, 5);
    const scores = scorer.score!(history, top.items);
    for (let j = 0; j < 5; j++) expect(scores[j]).toBeCloseTo(top.scores[j]!, 5);
    const empty = scorer.score!(historyFrom([]), Int32Array.of(ITEMS - 1, 0));
    // empty history: popularity (the shared item is seen by every tenth user)
    expect(empty[0]).toBe((2 * TWO_GROUPS.usersPerGroup) / 10);
  });
});

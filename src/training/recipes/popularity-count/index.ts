/**
 * aws-popularity-count: items ranked by how many distinct users interacted with them (ties by
 * item index); the same list for every user, minus excluded items. Items nobody interacted with
 * are never listed. No hyperparameters.
 */
import type { Recipe } from '../recipe.ts';
import { distinctUserCounts, gather, rankItems } from '../shared/popularity.ts';
import { RankedListScorer, rankedListModel } from '../shared/ranked-list.ts';

/** The aws-popularity-count recipe. */
export const popularityCount: Recipe = {
  name: 'aws-popularity-count',
  algorithm: 'aws-popularity-count',
  type: 'POPULAR_ITEMS',
  description: 'The items with the most distinct users; the same list for everyone (a baseline).',
  hyperParameters: [],
  train(data, _params, ctx) {
    ctx.signal?.throwIfAborted();
    const counts = distinctUserCounts(data.interactions);
    const order = rankItems(counts);
    ctx.progress?.(1);
    return rankedListModel(order, gather(counts, order), data.interactions.numItems, {});
  },
  load(model) {
    return new RankedListScorer(model);
  },
};

/**
 * aws-sims: item-to-item collaborative filtering on co-occurrence (no metadata).
 *
 * Users outside the [min, max] percentiles of history length and items outside the [min, max]
 * percentiles of distinct-user count are dropped before counting (percentiles are nearest-rank,
 * over users/items with at least one interaction). For each kept item i, each kept item j seen by
 * at least `min_cointeraction_count` of the same users scores
 * `co(i,j) / (pop(i)·pop(j))^popularity_discount_factor` (pop = distinct kept users; 0.5 is
 * cosine, 0 is the raw co-count); the best `max_neighbours` are stored. Items without neighbours,
 * and unknown items, get the most popular items (distinct users over all data).
 * Defaults are Personalize's except max_item_interaction_count_percentile (1, not 0.9; see below).
 */
import type { HyperParameterSpec, Recipe } from '../recipe.ts';
import { NeighbourScorer } from '../shared/neighbours.ts';
import { numberParam } from '../shared/params.ts';
import { InvalidInput } from '../../../common/errors.ts';
import { trainSims } from './train.ts';

const hyperParameters: HyperParameterSpec[] = [
  {
    name: 'popularity_discount_factor',
    kind: 'continuous',
    default: 0.5,
    min: 0,
    max: 1,
    tunable: true,
    description: 'Exponent on the product of the two items’ popularity dividing their co-count: near 0 favours popular items.',
  },
  {
    name: 'min_cointeraction_count',
    kind: 'integer',
    default: 3,
    min: 0,
    max: 10,
    tunable: true,
    description: 'Fewest users two items must share to be neighbours.',
  },
  percentileSpec('min_user_history_length_percentile', 0.005, 'Users with shorter histories than this percentile are ignored.'),
  percentileSpec('max_user_history_length_percentile', 0.995, 'Users with longer histories than this percentile are ignored.'),
  percentileSpec('min_item_interaction_count_percentile', 0.01, 'Items with fewer users than this percentile are not neighbours.'),
  // Personalize's default is 0.9, which drops the most popular tenth of the items from every
  // neighbour list; on MovieLens that cuts HR@10 by more than half (bench/quality-item-to-item.ts),
  // so Attune keeps them by default. Pass 0.9 to get Personalize's behaviour.
  percentileSpec('max_item_interaction_count_percentile', 1, 'Items with more users than this percentile are not neighbours.'),
  {
    name: 'max_neighbours',
    kind: 'integer',
    default: 100,
    min: 10,
    max: 1000,
    tunable: false,
    description: 'Neighbours stored per item (Attune extension).',
  },
];

/** A not-tunable percentile featurization parameter. */
function percentileSpec(name: string, value: number, description: string): HyperParameterSpec {
  return { name, kind: 'continuous', default: value, min: 0, max: 1, tunable: false, description };
}

/** The aws-sims recipe. */
export const sims: Recipe = {
  name: 'aws-sims',
  algorithm: 'aws-sims',
  type: 'RELATED_ITEMS',
  description: 'Item-to-item similarities from co-occurrence in user histories, with a popularity discount.',
  hyperParameters,
  train(data, params, ctx) {
    const settings = {
      popularityDiscount: numberParam(params, hyperParameters, 'popularity_discount_factor'),
      minCointeractions: numberParam(params, hyperParameters, 'min_cointeraction_count'),
      minUserHistoryPercentile: numberParam(params, hyperParameters, 'min_user_history_length_percentile'),
      maxUserHistoryPercentile: numberParam(params, hyperParameters, 'max_user_history_length_percentile'),
      minItemCountPercentile: numberParam(params, hyperParameters, 'min_item_interaction_count_percentile'),
      maxItemCountPercentile: numberParam(params, hyperParameters, 'max_item_interaction_count_percentile'),
      maxNeighbours: numberParam(params, hyperParameters, 'max_neighbours'),
    };
    if (settings.minUserHistoryPercentile > settings.maxUserHistoryPercentile) {
      throw new InvalidInput('solutionConfig.algorithmHyperParameters.min_user_history_length_percentile', 'must not exceed the max');
    }
    if (settings.minItemCountPercentile > settings.maxItemCountPercentile) {
      throw new InvalidInput('solutionConfig.algorithmHyperParameters.min_item_interaction_count_percentile', 'must not exceed the max');
    }
    return trainSims(data, settings, ctx);
  },
  load(model) {
    return new NeighbourScorer(model);
  },
};

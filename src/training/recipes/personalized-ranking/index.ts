/** aws-personalized-ranking: the implicit ALS model of aws-user-personalization, used to rank a given list. */
import type { Recipe } from '../recipe.ts';
import { ALS_HYPERPARAMETERS, AlsScorer, trainAls } from '../user-personalization/index.ts';

/** The aws-personalized-ranking recipe. */
export const personalizedRanking: Recipe = {
  name: 'aws-personalized-ranking',
  algorithm: 'aws-personalized-ranking',
  type: 'PERSONALIZED_RANKING',
  description:
    'Ranks a list of items for a user with weighted implicit ALS (the aws-user-personalization model): score(history, items) folds the history into a user vector and scores each item; unknown items score NaN.',
  hyperParameters: ALS_HYPERPARAMETERS,
  train: (data, params, ctx) => trainAls(data, params, ctx),
  load: (model) => new AlsScorer(model),
};

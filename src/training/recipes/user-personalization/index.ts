/** aws-user-personalization: implicit-feedback weighted ALS, folded in from the user's history at serving. */
import type { Recipe } from '../recipe.ts';
import { ALS_HYPERPARAMETERS } from './hyperparameters.ts';
import { AlsScorer } from './scorer.ts';
import { trainAls } from './train.ts';

export { AlsFoldIn, choleskySolve, foldInModelOf, type FoldInModel } from './fold-in.ts';
export { ALS_HYPERPARAMETERS, resolveAlsParams, defaultAlsHyperParameters } from './hyperparameters.ts';
export { AlsScorer } from './scorer.ts';
export { trainAls, type AlsMeta } from './train.ts';
export { alsKernel, nativeKernelError } from './kernel/index.ts';

/** The aws-user-personalization recipe. */
export const userPersonalization: Recipe = {
  name: 'aws-user-personalization',
  algorithm: 'aws-user-personalization',
  type: 'USER_PERSONALIZATION',
  description:
    'Weighted alternating least squares for implicit feedback (Hu, Koren, Volinsky): confidence grows with event weight, value and recency; users are folded in from their history at request time.',
  hyperParameters: ALS_HYPERPARAMETERS,
  train: (data, params, ctx) => trainAls(data, params, ctx),
  load: (model) => new AlsScorer(model),
};

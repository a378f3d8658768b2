// Original file: proto/attune/v1/recipe.proto

import type { RecipeSummary as _attune_v1_RecipeSummary, RecipeSummary__Output as _attune_v1_RecipeSummary__Output } from '../../attune/v1/RecipeSummary.ts';

export interface ListRecipesResponse {
  'recipes'?: (_attune_v1_RecipeSummary)[];
  'nextToken'?: (string);
}

export interface ListRecipesResponse__Output {
  'recipes': (_attune_v1_RecipeSummary__Output)[];
  'nextToken': (string);
}

// Original file: proto/attune/v1/recipe.proto

import type { Recipe as _attune_v1_Recipe, Recipe__Output as _attune_v1_Recipe__Output } from '../../attune/v1/Recipe.ts';

export interface DescribeRecipeResponse {
  'recipe'?: (_attune_v1_Recipe | null);
}

export interface DescribeRecipeResponse__Output {
  'recipe': (_attune_v1_Recipe__Output | null);
}

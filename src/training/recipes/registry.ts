/** Every recipe Attune offers. Adding a recipe is its folder plus one line here. */
import { personalizedRanking } from './personalized-ranking/index.ts';
import { popularityCount } from './popularity-count/index.ts';
import type { Recipe } from './recipe.ts';
import { similarItems } from './similar-items/index.ts';
import { sims } from './sims/index.ts';
import { trendingNow } from './trending-now/index.ts';
import { userPersonalization } from './user-personalization/index.ts';

export const RECIPES: readonly Recipe[] = [userPersonalization, personalizedRanking, similarItems, sims, popularityCount, trendingNow];

const BY_NAME = new Map(RECIPES.map((r) => [r.name, r]));

/** The recipe with this name, or undefined. */
export function findRecipe(name: string): Recipe | undefined {
  return BY_NAME.get(name);
}

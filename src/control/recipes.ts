/**
 * The built-in recipes and their algorithms as resources: ARNs, ListRecipes, DescribeRecipe,
 * DescribeAlgorithm. Recipes are global (no region or account in their ARNs), as in Personalize;
 * `arn:aws:personalize:::recipe/<name>` is accepted as well, so Personalize code works as is.
 */
import { checkArn, parseArn } from '../common/arn.ts';
import { InvalidInput, ResourceNotFound } from '../common/errors.ts';
import { checkEnum } from '../common/names.ts';
import { defaultHyperParameters, describeAlgorithmRanges, type DefaultHyperParameterRanges } from '../training/hyperparameters.ts';
import type { Recipe } from '../training/recipes/recipe.ts';
import { findRecipe, RECIPES } from '../training/recipes/registry.ts';
import type { PageTokens } from './pagination.ts';
import { checkMaxResults } from './pagination.ts';

/** When the built-in recipes were "created": fixed, so Describe answers never change. */
export const RECIPES_CREATED = new Date('2026-01-01T00:00:00Z');

/** The ARN of a recipe. */
export function recipeArn(name: string): string {
  return `arn:attune:personalize:::recipe/${name}`;
}

/** The ARN of an algorithm. */
export function algorithmArn(name: string): string {
  return `arn:attune:personalize:::algorithm/${name}`;
}

/** Resolves a recipe ARN (attune or aws partition) to its recipe, or throws. */
export function requireRecipe(arn: string | undefined, field = 'recipe_arn'): Recipe {
  checkArn(field, arn, 'recipe');
  const parsed = parseArn(arn!)!;
  const recipe = findRecipe(parsed.resourceId);
  if (!recipe) {
    throw new ResourceNotFound('recipe', arn!, `${field}: recipe ${arn} does not exist (recipes: ${RECIPES.map((r) => r.name).join(', ')})`);
  }
  return recipe;
}

/** A recipe's description for DescribeRecipe. */
export interface RecipeView {
  recipe: Recipe;
  arn: string;
  algorithmArn: string;
}

/** A recipe's algorithm for DescribeAlgorithm. */
export interface AlgorithmView {
  name: string;
  arn: string;
  defaultHyperParameters: Record<string, string>;
  ranges: DefaultHyperParameterRanges;
}

export class Recipes {
  constructor(private readonly tokens: PageTokens) {}

  /** Lists the recipes (one page; they are few). Domain recipes do not exist in Attune. */
  list(input: { recipeProvider?: string; domain?: string; nextToken?: string; maxResults?: number }): { items: RecipeView[]; nextToken?: string } {
    if (input.recipeProvider) checkEnum('recipe_provider', input.recipeProvider, ['SERVICE'] as const);
    if (input.domain) checkEnum('domain', input.domain, ['ECOMMERCE', 'VIDEO_ON_DEMAND'] as const);
    const limit = checkMaxResults(input.maxResults);
    const all = input.domain ? [] : RECIPES;
    const start = this.tokens.after(`ListRecipes:${input.domain ?? ''}`, input.nextToken);
    if (start > all.length) throw new InvalidInput('next_token', 'is not valid for this list');
    const page = all.slice(start, start + limit).map((r) => this.view(r));
    if (start + limit >= all.length) return { items: page };
    return { items: page, nextToken: this.tokens.issue(`ListRecipes:${input.domain ?? ''}`, start + limit) };
  }

  /** Describes one recipe. */
  describe(arn: string | undefined): RecipeView {
    return this.view(requireRecipe(arn));
  }

  /** Describes a recipe's algorithm: hyperparameters, defaults, ranges, tunability. */
  describeAlgorithm(arn: string | undefined): AlgorithmView {
    checkArn('algorithm_arn', arn, 'algorithm');
    const name = parseArn(arn!)!.resourceId;
    const recipe = RECIPES.find((r) => r.algorithm === name);
    if (!recipe) throw new ResourceNotFound('algorithm', arn!, `algorithm_arn: algorithm ${arn} does not exist`);
    return { name, arn: algorithmArn(name), defaultHyperParameters: defaultHyperParameters(recipe), ranges: describeAlgorithmRanges(recipe) };
  }

  private view(recipe: Recipe): RecipeView {
    return { recipe, arn: recipeArn(recipe.name), algorithmArn: algorithmArn(recipe.algorithm) };
  }
}

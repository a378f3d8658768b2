// Original file: proto/attune/v1/recipe.proto


export interface DescribeRecipeRequest {
  'recipeArn'?: (string);
}

export interface DescribeRecipeRequest__Output {
  'recipeArn': (string);
}

// Original file: proto/attune/v1/recipe.proto


export interface ListRecipesRequest {
  /**
   * SERVICE (the only provider) or empty.
   */
  'recipeProvider'?: (string);
  'nextToken'?: (string);
  'maxResults'?: (number);
  /**
   * ECOMMERCE or VIDEO_ON_DEMAND lists domain use cases; Attune has none, so the list is empty.
   */
  'domain'?: (string);
}

export interface ListRecipesRequest__Output {
  /**
   * SERVICE (the only provider) or empty.
   */
  'recipeProvider': (string);
  'nextToken': (string);
  'maxResults': (number);
  /**
   * ECOMMERCE or VIDEO_ON_DEMAND lists domain use cases; Attune has none, so the list is empty.
   */
  'domain': (string);
}

// Original file: proto/attune/v1/recipe.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.ts';

/**
 * A built-in recipe (Personalize `Recipe`). recipe_type is USER_PERSONALIZATION,
 * PERSONALIZED_RANKING, RELATED_ITEMS or POPULAR_ITEMS.
 */
export interface Recipe {
  'name'?: (string);
  'recipeArn'?: (string);
  'algorithmArn'?: (string);
  'featureTransformationArn'?: (string);
  'status'?: (string);
  'description'?: (string);
  'creationDateTime'?: (_google_protobuf_Timestamp | null);
  'recipeType'?: (string);
  'lastUpdatedDateTime'?: (_google_protobuf_Timestamp | null);
}

/**
 * A built-in recipe (Personalize `Recipe`). recipe_type is USER_PERSONALIZATION,
 * PERSONALIZED_RANKING, RELATED_ITEMS or POPULAR_ITEMS.
 */
export interface Recipe__Output {
  'name': (string);
  'recipeArn': (string);
  'algorithmArn': (string);
  'featureTransformationArn': (string);
  'status': (string);
  'description': (string);
  'creationDateTime': (_google_protobuf_Timestamp__Output | null);
  'recipeType': (string);
  'lastUpdatedDateTime': (_google_protobuf_Timestamp__Output | null);
}

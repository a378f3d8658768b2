// Original file: proto/attune/v1/personalize_runtime.proto


/**
 * Items to promote within a recommendation list (Personalize `Promotion`).
 */
export interface Promotion {
  'name'?: (string);
  'percentPromotedItems'?: (number);
  'filterArn'?: (string);
  'filterValues'?: ({[key: string]: string});
}

/**
 * Items to promote within a recommendation list (Personalize `Promotion`).
 */
export interface Promotion__Output {
  'name': (string);
  'percentPromotedItems': (number);
  'filterArn': (string);
  'filterValues': ({[key: string]: string});
}

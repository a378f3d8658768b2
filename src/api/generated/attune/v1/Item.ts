// Original file: proto/attune/v1/personalize_events.proto


/**
 * One item record (Personalize `Item`).
 */
export interface Item {
  'itemId'?: (string);
  /**
   * A JSON object of the Items schema's fields, keys in camelCase; at most 32,000 characters.
   */
  'properties'?: (string);
}

/**
 * One item record (Personalize `Item`).
 */
export interface Item__Output {
  'itemId': (string);
  /**
   * A JSON object of the Items schema's fields, keys in camelCase; at most 32,000 characters.
   */
  'properties': (string);
}

// Original file: proto/attune/v1/personalize_events.proto


/**
 * One user record (Personalize `User`).
 */
export interface User {
  'userId'?: (string);
  /**
   * A JSON object of the Users schema's fields, keys in camelCase; at most 24,000 characters.
   */
  'properties'?: (string);
}

/**
 * One user record (Personalize `User`).
 */
export interface User__Output {
  'userId': (string);
  /**
   * A JSON object of the Users schema's fields, keys in camelCase; at most 24,000 characters.
   */
  'properties': (string);
}

// Original file: proto/attune/v1/common.proto


/**
 * A resource tag (Personalize `Tag`). Keys 1-128 characters, values 0-256.
 */
export interface Tag {
  'tagKey'?: (string);
  'tagValue'?: (string);
}

/**
 * A resource tag (Personalize `Tag`). Keys 1-128 characters, values 0-256.
 */
export interface Tag__Output {
  'tagKey': (string);
  'tagValue': (string);
}

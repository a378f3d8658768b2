// Original file: proto/attune/v1/filter.proto

import type { Tag as _attune_v1_Tag, Tag__Output as _attune_v1_Tag__Output } from '../../attune/v1/Tag.ts';

/**
 * At most 30 filters per dataset group, using at most 20 distinct fields between them.
 */
export interface CreateFilterRequest {
  'name'?: (string);
  'datasetGroupArn'?: (string);
  /**
   * 1-2500 characters; fields must exist in the group's datasets and not be textual.
   */
  'filterExpression'?: (string);
  'tags'?: (_attune_v1_Tag)[];
}

/**
 * At most 30 filters per dataset group, using at most 20 distinct fields between them.
 */
export interface CreateFilterRequest__Output {
  'name': (string);
  'datasetGroupArn': (string);
  /**
   * 1-2500 characters; fields must exist in the group's datasets and not be textual.
   */
  'filterExpression': (string);
  'tags': (_attune_v1_Tag__Output)[];
}

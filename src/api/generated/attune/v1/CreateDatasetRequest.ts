// Original file: proto/attune/v1/dataset.proto

import type { Tag as _attune_v1_Tag, Tag__Output as _attune_v1_Tag__Output } from '../../attune/v1/Tag.ts';

export interface CreateDatasetRequest {
  'name'?: (string);
  'schemaArn'?: (string);
  'datasetGroupArn'?: (string);
  /**
   * Interactions, Items or Users (case-insensitive).
   */
  'datasetType'?: (string);
  'tags'?: (_attune_v1_Tag)[];
}

export interface CreateDatasetRequest__Output {
  'name': (string);
  'schemaArn': (string);
  'datasetGroupArn': (string);
  /**
   * Interactions, Items or Users (case-insensitive).
   */
  'datasetType': (string);
  'tags': (_attune_v1_Tag__Output)[];
}

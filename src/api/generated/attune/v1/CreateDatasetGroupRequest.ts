// Original file: proto/attune/v1/dataset_group.proto

import type { Tag as _attune_v1_Tag, Tag__Output as _attune_v1_Tag__Output } from '../../attune/v1/Tag.ts';

export interface CreateDatasetGroupRequest {
  'name'?: (string);
  'roleArn'?: (string);
  'kmsKeyArn'?: (string);
  'domain'?: (string);
  'tags'?: (_attune_v1_Tag)[];
}

export interface CreateDatasetGroupRequest__Output {
  'name': (string);
  'roleArn': (string);
  'kmsKeyArn': (string);
  'domain': (string);
  'tags': (_attune_v1_Tag__Output)[];
}

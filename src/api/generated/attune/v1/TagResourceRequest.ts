// Original file: proto/attune/v1/tagging.proto

import type { Tag as _attune_v1_Tag, Tag__Output as _attune_v1_Tag__Output } from '../../attune/v1/Tag.ts';

export interface TagResourceRequest {
  'resourceArn'?: (string);
  'tags'?: (_attune_v1_Tag)[];
}

export interface TagResourceRequest__Output {
  'resourceArn': (string);
  'tags': (_attune_v1_Tag__Output)[];
}

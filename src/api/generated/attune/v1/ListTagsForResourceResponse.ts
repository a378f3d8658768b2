// Original file: proto/attune/v1/tagging.proto

import type { Tag as _attune_v1_Tag, Tag__Output as _attune_v1_Tag__Output } from '../../attune/v1/Tag.ts';

export interface ListTagsForResourceResponse {
  'tags'?: (_attune_v1_Tag)[];
}

export interface ListTagsForResourceResponse__Output {
  'tags': (_attune_v1_Tag__Output)[];
}

// Original file: proto/attune/v1/event_tracker.proto

import type { Tag as _attune_v1_Tag, Tag__Output as _attune_v1_Tag__Output } from '../../attune/v1/Tag.ts';

export interface CreateEventTrackerRequest {
  'name'?: (string);
  'datasetGroupArn'?: (string);
  'tags'?: (_attune_v1_Tag)[];
}

export interface CreateEventTrackerRequest__Output {
  'name': (string);
  'datasetGroupArn': (string);
  'tags': (_attune_v1_Tag__Output)[];
}

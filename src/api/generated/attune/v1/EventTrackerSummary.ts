// Original file: proto/attune/v1/event_tracker.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.ts';

export interface EventTrackerSummary {
  'name'?: (string);
  'eventTrackerArn'?: (string);
  'status'?: (string);
  'creationDateTime'?: (_google_protobuf_Timestamp | null);
  'lastUpdatedDateTime'?: (_google_protobuf_Timestamp | null);
}

export interface EventTrackerSummary__Output {
  'name': (string);
  'eventTrackerArn': (string);
  'status': (string);
  'creationDateTime': (_google_protobuf_Timestamp__Output | null);
  'lastUpdatedDateTime': (_google_protobuf_Timestamp__Output | null);
}

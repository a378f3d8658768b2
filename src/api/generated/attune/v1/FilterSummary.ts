// Original file: proto/attune/v1/filter.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.ts';

export interface FilterSummary {
  'name'?: (string);
  'filterArn'?: (string);
  'creationDateTime'?: (_google_protobuf_Timestamp | null);
  'lastUpdatedDateTime'?: (_google_protobuf_Timestamp | null);
  'datasetGroupArn'?: (string);
  'failureReason'?: (string);
  'status'?: (string);
}

export interface FilterSummary__Output {
  'name': (string);
  'filterArn': (string);
  'creationDateTime': (_google_protobuf_Timestamp__Output | null);
  'lastUpdatedDateTime': (_google_protobuf_Timestamp__Output | null);
  'datasetGroupArn': (string);
  'failureReason': (string);
  'status': (string);
}

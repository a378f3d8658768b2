// Original file: proto/attune/v1/dataset_group.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.ts';

export interface DatasetGroupSummary {
  'name'?: (string);
  'datasetGroupArn'?: (string);
  'status'?: (string);
  'creationDateTime'?: (_google_protobuf_Timestamp | null);
  'lastUpdatedDateTime'?: (_google_protobuf_Timestamp | null);
  'failureReason'?: (string);
  'domain'?: (string);
}

export interface DatasetGroupSummary__Output {
  'name': (string);
  'datasetGroupArn': (string);
  'status': (string);
  'creationDateTime': (_google_protobuf_Timestamp__Output | null);
  'lastUpdatedDateTime': (_google_protobuf_Timestamp__Output | null);
  'failureReason': (string);
  'domain': (string);
}

// Original file: proto/attune/v1/dataset.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.ts';

export interface DatasetSummary {
  'name'?: (string);
  'datasetArn'?: (string);
  'datasetType'?: (string);
  'status'?: (string);
  'creationDateTime'?: (_google_protobuf_Timestamp | null);
  'lastUpdatedDateTime'?: (_google_protobuf_Timestamp | null);
}

export interface DatasetSummary__Output {
  'name': (string);
  'datasetArn': (string);
  'datasetType': (string);
  'status': (string);
  'creationDateTime': (_google_protobuf_Timestamp__Output | null);
  'lastUpdatedDateTime': (_google_protobuf_Timestamp__Output | null);
}

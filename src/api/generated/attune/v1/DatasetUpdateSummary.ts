// Original file: proto/attune/v1/dataset.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.ts';

/**
 * The state of the latest UpdateDataset on a dataset (Personalize `DatasetUpdateSummary`).
 */
export interface DatasetUpdateSummary {
  'schemaArn'?: (string);
  'status'?: (string);
  'failureReason'?: (string);
  'creationDateTime'?: (_google_protobuf_Timestamp | null);
  'lastUpdatedDateTime'?: (_google_protobuf_Timestamp | null);
}

/**
 * The state of the latest UpdateDataset on a dataset (Personalize `DatasetUpdateSummary`).
 */
export interface DatasetUpdateSummary__Output {
  'schemaArn': (string);
  'status': (string);
  'failureReason': (string);
  'creationDateTime': (_google_protobuf_Timestamp__Output | null);
  'lastUpdatedDateTime': (_google_protobuf_Timestamp__Output | null);
}

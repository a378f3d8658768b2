// Original file: proto/attune/v1/dataset_group.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.ts';

/**
 * A container for datasets, event trackers, solutions and campaigns (Personalize `DatasetGroup`).
 */
export interface DatasetGroup {
  'name'?: (string);
  'datasetGroupArn'?: (string);
  /**
   * CREATE PENDING > CREATE IN_PROGRESS > ACTIVE -or- CREATE FAILED; DELETE PENDING.
   */
  'status'?: (string);
  'roleArn'?: (string);
  'kmsKeyArn'?: (string);
  'creationDateTime'?: (_google_protobuf_Timestamp | null);
  'lastUpdatedDateTime'?: (_google_protobuf_Timestamp | null);
  'failureReason'?: (string);
  /**
   * ECOMMERCE or VIDEO_ON_DEMAND for a Domain dataset group; empty for a Custom one.
   */
  'domain'?: (string);
}

/**
 * A container for datasets, event trackers, solutions and campaigns (Personalize `DatasetGroup`).
 */
export interface DatasetGroup__Output {
  'name': (string);
  'datasetGroupArn': (string);
  /**
   * CREATE PENDING > CREATE IN_PROGRESS > ACTIVE -or- CREATE FAILED; DELETE PENDING.
   */
  'status': (string);
  'roleArn': (string);
  'kmsKeyArn': (string);
  'creationDateTime': (_google_protobuf_Timestamp__Output | null);
  'lastUpdatedDateTime': (_google_protobuf_Timestamp__Output | null);
  'failureReason': (string);
  /**
   * ECOMMERCE or VIDEO_ON_DEMAND for a Domain dataset group; empty for a Custom one.
   */
  'domain': (string);
}

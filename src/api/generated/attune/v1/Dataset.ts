// Original file: proto/attune/v1/dataset.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.ts';
import type { DatasetUpdateSummary as _attune_v1_DatasetUpdateSummary, DatasetUpdateSummary__Output as _attune_v1_DatasetUpdateSummary__Output } from '../../attune/v1/DatasetUpdateSummary.ts';

/**
 * A dataset of one type inside a dataset group (Personalize `Dataset`).
 */
export interface Dataset {
  'name'?: (string);
  'datasetArn'?: (string);
  'datasetGroupArn'?: (string);
  /**
   * Interactions, Items or Users.
   */
  'datasetType'?: (string);
  'schemaArn'?: (string);
  'status'?: (string);
  'creationDateTime'?: (_google_protobuf_Timestamp | null);
  'lastUpdatedDateTime'?: (_google_protobuf_Timestamp | null);
  'latestDatasetUpdate'?: (_attune_v1_DatasetUpdateSummary | null);
  'trackingId'?: (string);
}

/**
 * A dataset of one type inside a dataset group (Personalize `Dataset`).
 */
export interface Dataset__Output {
  'name': (string);
  'datasetArn': (string);
  'datasetGroupArn': (string);
  /**
   * Interactions, Items or Users.
   */
  'datasetType': (string);
  'schemaArn': (string);
  'status': (string);
  'creationDateTime': (_google_protobuf_Timestamp__Output | null);
  'lastUpdatedDateTime': (_google_protobuf_Timestamp__Output | null);
  'latestDatasetUpdate': (_attune_v1_DatasetUpdateSummary__Output | null);
  'trackingId': (string);
}

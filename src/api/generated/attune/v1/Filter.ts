// Original file: proto/attune/v1/filter.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.ts';

/**
 * Rules that include or exclude items from recommendations (Personalize `Filter`). The
 * expression is checked against the dataset group's schemas when the filter is created, so a
 * filter is ACTIVE at once.
 */
export interface Filter {
  'name'?: (string);
  'filterArn'?: (string);
  'creationDateTime'?: (_google_protobuf_Timestamp | null);
  'lastUpdatedDateTime'?: (_google_protobuf_Timestamp | null);
  'datasetGroupArn'?: (string);
  'failureReason'?: (string);
  /**
   * e.g. `EXCLUDE ItemID WHERE Interactions.EVENT_TYPE IN ("purchase")`.
   */
  'filterExpression'?: (string);
  'status'?: (string);
}

/**
 * Rules that include or exclude items from recommendations (Personalize `Filter`). The
 * expression is checked against the dataset group's schemas when the filter is created, so a
 * filter is ACTIVE at once.
 */
export interface Filter__Output {
  'name': (string);
  'filterArn': (string);
  'creationDateTime': (_google_protobuf_Timestamp__Output | null);
  'lastUpdatedDateTime': (_google_protobuf_Timestamp__Output | null);
  'datasetGroupArn': (string);
  'failureReason': (string);
  /**
   * e.g. `EXCLUDE ItemID WHERE Interactions.EVENT_TYPE IN ("purchase")`.
   */
  'filterExpression': (string);
  'status': (string);
}

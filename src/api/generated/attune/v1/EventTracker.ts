// Original file: proto/attune/v1/event_tracker.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.ts';

/**
 * Receives real-time events for a dataset group's Interactions dataset (Personalize `EventTracker`).
 */
export interface EventTracker {
  'name'?: (string);
  'eventTrackerArn'?: (string);
  'accountId'?: (string);
  /**
   * The id PutEvents calls pass as `tracking_id`.
   */
  'trackingId'?: (string);
  'datasetGroupArn'?: (string);
  'status'?: (string);
  'creationDateTime'?: (_google_protobuf_Timestamp | null);
  'lastUpdatedDateTime'?: (_google_protobuf_Timestamp | null);
}

/**
 * Receives real-time events for a dataset group's Interactions dataset (Personalize `EventTracker`).
 */
export interface EventTracker__Output {
  'name': (string);
  'eventTrackerArn': (string);
  'accountId': (string);
  /**
   * The id PutEvents calls pass as `tracking_id`.
   */
  'trackingId': (string);
  'datasetGroupArn': (string);
  'status': (string);
  'creationDateTime': (_google_protobuf_Timestamp__Output | null);
  'lastUpdatedDateTime': (_google_protobuf_Timestamp__Output | null);
}

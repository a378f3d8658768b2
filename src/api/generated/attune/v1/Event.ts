// Original file: proto/attune/v1/personalize_events.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.ts';
import type { MetricAttribution as _attune_v1_MetricAttribution, MetricAttribution__Output as _attune_v1_MetricAttribution__Output } from '../../attune/v1/MetricAttribution.ts';

/**
 * One user interaction (Personalize `Event`).
 */
export interface Event {
  /**
   * Optional; generated when empty. A repeated event_id is stored once.
   */
  'eventId'?: (string);
  /**
   * Required, 1-256 characters.
   */
  'eventType'?: (string);
  'eventValue'?: (number | string);
  'itemId'?: (string);
  /**
   * A JSON object of interaction metadata, keys in camelCase of the schema's field names; at most 1024 characters.
   */
  'properties'?: (string);
  /**
   * Required: when the event happened.
   */
  'sentAt'?: (_google_protobuf_Timestamp | null);
  'recommendationId'?: (string);
  /**
   * Up to 25 item ids shown to the user with this event.
   */
  'impression'?: (string)[];
  'metricAttribution'?: (_attune_v1_MetricAttribution | null);
  '_eventValue'?: "eventValue";
}

/**
 * One user interaction (Personalize `Event`).
 */
export interface Event__Output {
  /**
   * Optional; generated when empty. A repeated event_id is stored once.
   */
  'eventId': (string);
  /**
   * Required, 1-256 characters.
   */
  'eventType': (string);
  'eventValue'?: (number);
  'itemId': (string);
  /**
   * A JSON object of interaction metadata, keys in camelCase of the schema's field names; at most 1024 characters.
   */
  'properties': (string);
  /**
   * Required: when the event happened.
   */
  'sentAt': (_google_protobuf_Timestamp__Output | null);
  'recommendationId': (string);
  /**
   * Up to 25 item ids shown to the user with this event.
   */
  'impression': (string)[];
  'metricAttribution': (_attune_v1_MetricAttribution__Output | null);
  '_eventValue'?: "eventValue";
}

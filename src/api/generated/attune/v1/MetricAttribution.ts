// Original file: proto/attune/v1/personalize_events.proto


/**
 * Attributes an event to a source (Personalize `MetricAttribution`).
 */
export interface MetricAttribution {
  'eventAttributionSource'?: (string);
}

/**
 * Attributes an event to a source (Personalize `MetricAttribution`).
 */
export interface MetricAttribution__Output {
  'eventAttributionSource': (string);
}

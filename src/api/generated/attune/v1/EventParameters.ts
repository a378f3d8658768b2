// Original file: proto/attune/v1/solution.proto


/**
 * One event type's part in training (Personalize `EventParameters`): events below the threshold
 * are dropped; weights (0-1) scale each event's confidence, only their ratios matter.
 */
export interface EventParameters {
  'eventType'?: (string);
  'eventValueThreshold'?: (number | string);
  'weight'?: (number | string);
  '_eventValueThreshold'?: "eventValueThreshold";
}

/**
 * One event type's part in training (Personalize `EventParameters`): events below the threshold
 * are dropped; weights (0-1) scale each event's confidence, only their ratios matter.
 */
export interface EventParameters__Output {
  'eventType': (string);
  'eventValueThreshold'?: (number);
  'weight': (number);
  '_eventValueThreshold'?: "eventValueThreshold";
}

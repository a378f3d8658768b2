// Original file: proto/attune/v1/solution.proto


/**
 * What HPO optimises (Personalize `HPOObjective`). `metric_name` is one of GetSolutionMetrics'
 * keys; `type` is Maximize (the default) or Minimize.
 */
export interface HPOObjective {
  'type'?: (string);
  'metricName'?: (string);
  'metricRegex'?: (string);
}

/**
 * What HPO optimises (Personalize `HPOObjective`). `metric_name` is one of GetSolutionMetrics'
 * keys; `type` is Maximize (the default) or Minimize.
 */
export interface HPOObjective__Output {
  'type': (string);
  'metricName': (string);
  'metricRegex': (string);
}

// Original file: proto/attune/v1/solution.proto


/**
 * `schedulingExpression` is rate(N days), N 1-30.
 */
export interface AutoTrainingConfig {
  'schedulingExpression'?: (string);
}

/**
 * `schedulingExpression` is rate(N days), N 1-30.
 */
export interface AutoTrainingConfig__Output {
  'schedulingExpression': (string);
}

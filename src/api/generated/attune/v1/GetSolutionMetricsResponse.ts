// Original file: proto/attune/v1/solution.proto


/**
 * Offline metrics on Personalize's holdout: coverage, mean_reciprocal_rank_at_25,
 * normalized_discounted_cumulative_gain_at_{5,10,25}, precision_at_{5,10,25}.
 */
export interface GetSolutionMetricsResponse {
  'solutionVersionArn'?: (string);
  'metrics'?: ({[key: string]: number | string});
}

/**
 * Offline metrics on Personalize's holdout: coverage, mean_reciprocal_rank_at_25,
 * normalized_discounted_cumulative_gain_at_{5,10,25}, precision_at_{5,10,25}.
 */
export interface GetSolutionMetricsResponse__Output {
  'solutionVersionArn': (string);
  'metrics': ({[key: string]: number});
}

// Original file: proto/attune/v1/solution.proto


export interface GetSolutionMetricsRequest {
  'solutionVersionArn'?: (string);
}

export interface GetSolutionMetricsRequest__Output {
  'solutionVersionArn': (string);
}

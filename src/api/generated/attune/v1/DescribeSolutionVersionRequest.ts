// Original file: proto/attune/v1/solution.proto


export interface DescribeSolutionVersionRequest {
  'solutionVersionArn'?: (string);
}

export interface DescribeSolutionVersionRequest__Output {
  'solutionVersionArn': (string);
}

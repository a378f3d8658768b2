// Original file: proto/attune/v1/solution.proto


export interface DescribeSolutionRequest {
  'solutionArn'?: (string);
}

export interface DescribeSolutionRequest__Output {
  'solutionArn': (string);
}

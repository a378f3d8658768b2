// Original file: proto/attune/v1/solution.proto


export interface DeleteSolutionRequest {
  'solutionArn'?: (string);
}

export interface DeleteSolutionRequest__Output {
  'solutionArn': (string);
}

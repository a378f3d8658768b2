// Original file: proto/attune/v1/solution.proto


export interface StopSolutionVersionCreationRequest {
  'solutionVersionArn'?: (string);
}

export interface StopSolutionVersionCreationRequest__Output {
  'solutionVersionArn': (string);
}

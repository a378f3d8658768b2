// Original file: proto/attune/v1/solution.proto


export interface CreateSolutionVersionResponse {
  'solutionVersionArn'?: (string);
}

export interface CreateSolutionVersionResponse__Output {
  'solutionVersionArn': (string);
}

// Original file: proto/attune/v1/solution.proto


export interface CreateSolutionResponse {
  'solutionArn'?: (string);
}

export interface CreateSolutionResponse__Output {
  'solutionArn': (string);
}

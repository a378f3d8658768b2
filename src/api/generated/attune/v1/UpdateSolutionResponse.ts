// Original file: proto/attune/v1/solution.proto


export interface UpdateSolutionResponse {
  'solutionArn'?: (string);
}

export interface UpdateSolutionResponse__Output {
  'solutionArn': (string);
}

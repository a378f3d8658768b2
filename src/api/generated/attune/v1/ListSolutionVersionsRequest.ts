// Original file: proto/attune/v1/solution.proto


export interface ListSolutionVersionsRequest {
  'solutionArn'?: (string);
  'nextToken'?: (string);
  'maxResults'?: (number);
}

export interface ListSolutionVersionsRequest__Output {
  'solutionArn': (string);
  'nextToken': (string);
  'maxResults': (number);
}

// Original file: proto/attune/v1/solution.proto


export interface ListSolutionsRequest {
  'datasetGroupArn'?: (string);
  'nextToken'?: (string);
  'maxResults'?: (number);
}

export interface ListSolutionsRequest__Output {
  'datasetGroupArn': (string);
  'nextToken': (string);
  'maxResults': (number);
}

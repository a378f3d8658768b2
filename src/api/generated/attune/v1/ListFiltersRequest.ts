// Original file: proto/attune/v1/filter.proto


export interface ListFiltersRequest {
  'datasetGroupArn'?: (string);
  'nextToken'?: (string);
  'maxResults'?: (number);
}

export interface ListFiltersRequest__Output {
  'datasetGroupArn': (string);
  'nextToken': (string);
  'maxResults': (number);
}

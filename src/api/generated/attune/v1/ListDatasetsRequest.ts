// Original file: proto/attune/v1/dataset.proto


export interface ListDatasetsRequest {
  'datasetGroupArn'?: (string);
  'nextToken'?: (string);
  'maxResults'?: (number);
}

export interface ListDatasetsRequest__Output {
  'datasetGroupArn': (string);
  'nextToken': (string);
  'maxResults': (number);
}

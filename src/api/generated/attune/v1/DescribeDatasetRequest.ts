// Original file: proto/attune/v1/dataset.proto


export interface DescribeDatasetRequest {
  'datasetArn'?: (string);
}

export interface DescribeDatasetRequest__Output {
  'datasetArn': (string);
}

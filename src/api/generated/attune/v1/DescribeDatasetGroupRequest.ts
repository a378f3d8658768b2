// Original file: proto/attune/v1/dataset_group.proto


export interface DescribeDatasetGroupRequest {
  'datasetGroupArn'?: (string);
}

export interface DescribeDatasetGroupRequest__Output {
  'datasetGroupArn': (string);
}

// Original file: proto/attune/v1/dataset_group.proto


export interface DeleteDatasetGroupRequest {
  'datasetGroupArn'?: (string);
}

export interface DeleteDatasetGroupRequest__Output {
  'datasetGroupArn': (string);
}

// Original file: proto/attune/v1/dataset_group.proto


export interface CreateDatasetGroupResponse {
  'datasetGroupArn'?: (string);
  'domain'?: (string);
}

export interface CreateDatasetGroupResponse__Output {
  'datasetGroupArn': (string);
  'domain': (string);
}

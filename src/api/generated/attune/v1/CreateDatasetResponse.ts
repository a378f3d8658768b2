// Original file: proto/attune/v1/dataset.proto


export interface CreateDatasetResponse {
  'datasetArn'?: (string);
}

export interface CreateDatasetResponse__Output {
  'datasetArn': (string);
}

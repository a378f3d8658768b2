// Original file: proto/attune/v1/dataset.proto


export interface UpdateDatasetResponse {
  'datasetArn'?: (string);
}

export interface UpdateDatasetResponse__Output {
  'datasetArn': (string);
}

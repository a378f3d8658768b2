// Original file: proto/attune/v1/dataset.proto


export interface DeleteDatasetRequest {
  'datasetArn'?: (string);
}

export interface DeleteDatasetRequest__Output {
  'datasetArn': (string);
}

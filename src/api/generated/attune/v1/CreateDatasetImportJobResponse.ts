// Original file: proto/attune/v1/dataset_import_job.proto


export interface CreateDatasetImportJobResponse {
  'datasetImportJobArn'?: (string);
}

export interface CreateDatasetImportJobResponse__Output {
  'datasetImportJobArn': (string);
}

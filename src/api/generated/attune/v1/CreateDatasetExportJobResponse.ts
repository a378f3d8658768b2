// Original file: proto/attune/v1/dataset_export_job.proto


export interface CreateDatasetExportJobResponse {
  'datasetExportJobArn'?: (string);
}

export interface CreateDatasetExportJobResponse__Output {
  'datasetExportJobArn': (string);
}

// Original file: proto/attune/v1/dataset_import_job.proto


export interface DescribeDatasetImportJobRequest {
  'datasetImportJobArn'?: (string);
}

export interface DescribeDatasetImportJobRequest__Output {
  'datasetImportJobArn': (string);
}

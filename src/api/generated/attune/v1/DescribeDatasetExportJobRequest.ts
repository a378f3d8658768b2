// Original file: proto/attune/v1/dataset_export_job.proto


export interface DescribeDatasetExportJobRequest {
  'datasetExportJobArn'?: (string);
}

export interface DescribeDatasetExportJobRequest__Output {
  'datasetExportJobArn': (string);
}

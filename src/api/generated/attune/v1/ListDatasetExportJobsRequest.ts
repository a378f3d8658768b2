// Original file: proto/attune/v1/dataset_export_job.proto


export interface ListDatasetExportJobsRequest {
  'datasetArn'?: (string);
  'nextToken'?: (string);
  'maxResults'?: (number);
}

export interface ListDatasetExportJobsRequest__Output {
  'datasetArn': (string);
  'nextToken': (string);
  'maxResults': (number);
}

// Original file: proto/attune/v1/dataset_import_job.proto


export interface ListDatasetImportJobsRequest {
  'datasetArn'?: (string);
  'nextToken'?: (string);
  'maxResults'?: (number);
}

export interface ListDatasetImportJobsRequest__Output {
  'datasetArn': (string);
  'nextToken': (string);
  'maxResults': (number);
}

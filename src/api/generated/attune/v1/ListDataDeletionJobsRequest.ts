// Original file: proto/attune/v1/data_deletion_job.proto


export interface ListDataDeletionJobsRequest {
  'datasetGroupArn'?: (string);
  'nextToken'?: (string);
  'maxResults'?: (number);
}

export interface ListDataDeletionJobsRequest__Output {
  'datasetGroupArn': (string);
  'nextToken': (string);
  'maxResults': (number);
}

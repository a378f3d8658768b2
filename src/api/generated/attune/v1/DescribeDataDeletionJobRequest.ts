// Original file: proto/attune/v1/data_deletion_job.proto


export interface DescribeDataDeletionJobRequest {
  'dataDeletionJobArn'?: (string);
}

export interface DescribeDataDeletionJobRequest__Output {
  'dataDeletionJobArn': (string);
}

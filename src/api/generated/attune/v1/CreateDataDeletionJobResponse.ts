// Original file: proto/attune/v1/data_deletion_job.proto


export interface CreateDataDeletionJobResponse {
  'dataDeletionJobArn'?: (string);
}

export interface CreateDataDeletionJobResponse__Output {
  'dataDeletionJobArn': (string);
}
